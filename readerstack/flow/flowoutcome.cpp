// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/flow/flowoutcome.h"

#include <QCborArray>

using DeviceLink::OperatingMode;
using namespace Qt::StringLiterals;

namespace ReaderStack {

qint64 FlowOutcome::durationOf(FlowStep step) const
{
    qint64 total = 0;
    for (const StepTime &time : steps) {
        if (time.step == step)
            total += time.ms;
    }
    return total;
}

qint64 FlowOutcome::faceToEndMs() const
{
    if (method != Method::Face)
        return -1;
    qint64 sinceFace = -1;
    for (const StepTime &time : steps) {
        if (time.step == FlowStep::Face)
            sinceFace = time.ms;
        else if (sinceFace >= 0)
            sinceFace += time.ms;
    }
    return sinceFace;
}

QCborMap FlowOutcome::toCbor() const
{
    QCborArray stepArray;
    for (const StepTime &time : steps)
        stepArray.append(QCborMap{{u"step"_s, stepName(time.step)}, {u"ms"_s, time.ms}});

    QCborMap map;
    map.insert(u"method"_s, methodName(method));
    map.insert(u"result"_s, resultName(result));
    map.insert(u"mode"_s, mode == OperatingMode::VisualCheck ? u"visual-check"_s : u"unattended"_s);
    if (!reasonCode.isEmpty())
        map.insert(u"code"_s, reasonCode);
    map.insert(u"steps"_s, stepArray);
    map.insert(u"totalMs"_s, totalMs);
    map.insert(u"faceAttempts"_s, faceAttempts);
    map.insert(u"pinAttempts"_s, pinAttempts);
    map.insert(u"consents"_s,
               QCborMap{{u"asked"_s, consentsAsked}, {u"agreed"_s, consentsAgreed}, {u"declined"_s, consentsDeclined}});
    map.insert(u"certificateNotice"_s, certificateNotice);
    return map;
}

QString FlowOutcome::methodName(Method method)
{
    switch (method) {
    case Method::None:
        return u"none"_s;
    case Method::Face:
        return u"face"_s;
    case Method::Pin:
        return u"pin"_s;
    case Method::Visual:
        return u"visual"_s;
    }
    return u"none"_s;
}

QString FlowOutcome::resultName(Result result)
{
    switch (result) {
    case Result::Success:
        return u"success"_s;
    case Result::Failure:
        return u"failure"_s;
    case Result::Cancelled:
        return u"cancelled"_s;
    case Result::Timeout:
        return u"timeout"_s;
    case Result::CardRemoved:
        return u"card-removed"_s;
    case Result::Error:
        return u"error"_s;
    }
    return u"error"_s;
}

QString FlowOutcome::stepName(FlowStep step)
{
    switch (step) {
    case FlowStep::CardFace:
        return u"card-face"_s;
    case FlowStep::Chip:
        return u"chip"_s;
    case FlowStep::CertificateNotice:
        return u"certificate-notice"_s;
    case FlowStep::MethodChoice:
        return u"method-choice"_s;
    case FlowStep::Face:
        return u"face"_s;
    case FlowStep::Pin:
        return u"pin"_s;
    case FlowStep::VisualCheck:
        return u"visual-check"_s;
    case FlowStep::Consent:
        return u"consent"_s;
    }
    return u"unknown"_s;
}

} // namespace ReaderStack
