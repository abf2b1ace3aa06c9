// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/consentsettings.h"

#include <QCborMap>
#include <QList>
#include <QString>

namespace ReaderStack {

// The steps of one patient's check, as PatientFlow goes through them.
enum class FlowStep {
    CardFace, // reading the card face (OCR)
    Chip, // unlocking 券面事項確認AP with 照合番号B
    CertificateNotice,
    MethodChoice,
    Face,
    Pin,
    VisualCheck,
    Consent,
};

// What one patient's check came to, for the console's statistics
// (authentications per hour, face vs PIN, failure reasons). By design it
// holds no personal data: no name, birth date, 照合番号B, PIN, image, nor
// what was answered to which consent item, only how many.
struct FlowOutcome
{
    enum class Method { None, Face, Pin, Visual };
    enum class Result { Success, Failure, Cancelled, Timeout, CardRemoved, Error };

    struct StepTime
    {
        FlowStep step;
        qint64 ms = 0;

        friend bool operator==(const StepTime &, const StepTime &) = default;
    };

    Method method = Method::None;
    Result result = Result::Error;
    DeviceLink::OperatingMode mode = DeviceLink::OperatingMode::Unattended;
    // The on-screen code ("001" …, see patientflow.h); empty on success,
    // cancel and card removal.
    QString reasonCode;
    // In the order the steps were taken; a step taken twice (the method
    // choice after a failed face check) appears twice.
    QList<StepTime> steps;
    qint64 totalMs = 0;
    int faceAttempts = 0;
    int pinAttempts = 0;
    int consentsAsked = 0;
    int consentsAgreed = 0;
    int consentsDeclined = 0;
    bool certificateNotice = false;

    qint64 durationOf(FlowStep step) const;
    // 顔認証 to 資格確認終了, the time the 5 s requirement is about: the last
    // face step and every step after it. -1 unless the check went by face.
    qint64 faceToEndMs() const;

    // String keys, as the control channel uses:
    // {"method": "face"|"pin"|"visual"|"none",
    //  "result": "success"|"failure"|"cancelled"|"timeout"|"card-removed"|"error",
    //  "mode": "unattended"|"visual-check", "code": "001" (when set),
    //  "steps": [{"step": "card-face", "ms": 812}, …], "totalMs",
    //  "faceAttempts", "pinAttempts",
    //  "consents": {"asked", "agreed", "declined"}, "certificateNotice"}
    QCborMap toCbor() const;

    static QString methodName(Method method);
    static QString resultName(Result result);
    static QString stepName(FlowStep step);
};

} // namespace ReaderStack
