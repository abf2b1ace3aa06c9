// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/card/virtualmynumbercard.h"
#include "readerstack/flow/scriptedcardfacesource.h"
#include "readerstack/flow/scriptedfaceverifier.h"

#include <QDate>
#include <QMutex>
#include <QObject>

#include <memory>

namespace ReaderStack {

class CameraFaceVerifier;
class FlowClock;

// The card tray, camera and face check of a reader without hardware (the
// emulated reader, tests, the training mode): a card is put in or taken out
// by a call, the card face "reads" as scripted and the face check gives the
// scripted verdicts. ReaderHost feeds its PatientFlow from one.
//
// The cards are virtual My Number cards (VirtualMyNumberCard), or cards
// whose face cannot be read, or cards of another kind. Their holder data is
// made up, but the flow treats it as personal data all the same.
//
// Thread: the reader's thread; the clock must outlive the scenario.
class ReaderScenario : public QObject
{
    Q_OBJECT

public:
    explicit ReaderScenario(FlowClock &clock, QObject *parent = nullptr);
    ~ReaderScenario() override;

    // A made-up holder whose card opens with pin.
    static CardHolder sampleHolder(const QString &pin = QStringLiteral("1234"));

    // Each puts a card in the tray, taking out the one there first. A My
    // Number card reads as the 照合番号B it was issued with; a certificate
    // expiry near today brings the renewal notice.
    void placeCard(const CardHolder &holder, QDate certificateExpiry = {});
    // The OCR misreads one digit of the security code: the chip refuses the
    // 照合番号B (エラー 003) and counts the try.
    void placeMisreadCard(const CardHolder &holder);
    // A card whose 照合番号B tries are all spent (エラー 004).
    void placeLockedCard(const CardHolder &holder);
    // The OCR cannot read the face (エラー 001).
    void placeUnreadableCard();
    // The face is not a My Number card's (エラー 002).
    void placeOtherCard();
    void removeCard();

    bool hasCard() const { return m_channel != nullptr; }
    // The virtual card in the tray, when it is a My Number card.
    VirtualMyNumberCard *card() const { return m_card.get(); }

    // How long reading the card face takes (0 by default).
    void setCardFaceDelay(qint64 ms) { m_cardFace.setDelay(ms); }
    // The verdicts of the next face checks, one per check; none left answers
    // NoMatch. A step without a verdict never answers (the flow's own timeout
    // ends it).
    void scriptFace(QList<ScriptedFaceVerifier::Step> steps) { m_face.script(std::move(steps)); }
    void setFaceVerdict(FaceVerdict verdict, qint64 delayMs = 0) { m_face.script({{verdict, delayMs}}); }

    // From now on the face check is the real one (CameraFaceVerifier) on
    // the reader's camera, or on the frames set below when there are some:
    // scripted verdicts no longer apply. Before the flow asks for
    // faceVerifier().
    void useCamera();
    CameraFaceVerifier *camera() const { return m_camera.get(); }
    // The patient in front of the camera, for the next face checks: a video
    // or images, played once from the start for each check (the check ends
    // with the frames). Empty: the camera itself.
    void setCameraVideo(const QString &path);
    void setCameraImages(const QStringList &paths);

    CardFaceSource &cardFaceSource() { return m_cardFace; }
    FaceVerifier &faceVerifier();

Q_SIGNALS:
    // channel stays valid until cardRemoved().
    void cardPlaced(ReaderStack::CardChannel &channel);
    void cardRemoved();

private:
    void insertOther(CardReadFailure failure);
    void insertCard(std::unique_ptr<VirtualMyNumberCard> card, QByteArray digits, QDate certificateExpiry);

    ScriptedCardFaceSource m_cardFace;
    ScriptedFaceVerifier m_face;
    std::unique_ptr<CameraFaceVerifier> m_camera;
    // Read by the camera verifier's thread when a check starts.
    mutable QMutex m_cameraFeedLock;
    QString m_cameraVideo;
    QStringList m_cameraImages;
    std::unique_ptr<CardChannel> m_other;
    std::unique_ptr<VirtualMyNumberCard> m_card;
    CardChannel *m_channel = nullptr;
};

} // namespace ReaderStack
