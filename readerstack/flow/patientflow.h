// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/card/collationnumberb.h"
#include "readerstack/card/mynumberchipreader.h"
#include "readerstack/flow/cardfacesource.h"
#include "devicelink/consentsettings.h"
#include "readerstack/flow/faceverifier.h"
#include "readerstack/flow/flowoutcome.h"
#include "readerstack/screen/idlescreen.h"
#include "readerstack/screen/methodchoicescene.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace ReaderStack {

class CardChannel;
class FlowClock;
class FlowScene;
class ReaderScreen;

// One patient at the reader, from the card placed in the tray to the card
// taken out again:
//
//   Idle → ReadingCardFace → UnlockingChip → [CertificateNotice]
//        → ChoosingMethod → FaceVerification | PinEntry      (無人運転モード)
//        → VisualCheck                                        (目視確認モード)
//        → Consent (one screen per enabled item) → Finished (資格確認終了)
//   Finished → card removed → Idle
//
// A failed face check, or one that outlasts the face step's 30 s (the limit
// against impersonation), goes back to ChoosingMethod with a title that
// points to the PIN. Errors, other timeouts and cancel end in Finished, on
// an error (or, for cancel, a notice) screen; removing the card at any step
// goes straight back to Idle. Every check that started ends with exactly
// one outcomeRecorded().
//
// On-screen codes (MessageScene's large 「エラーコード」, FlowOutcome::reasonCode),
// 001 and 002 after the public sources, the others ours:
//   001  card face unreadable (マイナンバーカードの認識不可), also when the
//        reading outlasts Timeouts::cardFaceMs
//   002  not a My Number card (マイナンバーカード以外)
//   003  chip unreadable: no answer, malformed data, or 照合番号B rejected
//        (the OCR misread a digit)
//   004  card locked: 照合番号B blocked on the chip
//   005  PIN locked: 3 wrong PINs, blocked on the chip
//   006  time up: a step's timeout ran out (not the face step's: PIN then)
//   007  staff did not confirm the identity (目視確認モード)
//
// Personal data (照合番号B, the chip's card-face record, PIN digits) lives
// only while a check needs it: 照合番号B until the chip answered, the PIN
// digits until their one VERIFY, the record (with the face photo) until the
// identity is confirmed. All of it is wiped when the check ends, whichever
// way. The chip is spoken to
// synchronously on the flow's thread, after the screen saying so rendered.
//
// Touches arrive from the screen's scenes; the flow acts on them from the
// event loop, never inside the scene's press(), since acting may replace
// the scene. Timeouts and delays run on the injected FlowClock.
//
// Thread: the reader's thread. The screen, the sources and the clock must
// outlive the flow; the card channel given to cardPlaced() must stay valid
// until cardRemoved().
class PatientFlow : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        ReadingCardFace,
        UnlockingChip,
        CertificateNotice,
        ChoosingMethod,
        FaceVerification,
        PinEntry,
        VisualCheck,
        Consent,
        Finished,
    };
    Q_ENUM(State)

    // Which consent question a Consent screen asks.
    enum class ConsentItem { Medication, HealthCheck, Surgery, MedicalCare, All, HighCostCare };
    Q_ENUM(ConsentItem)

    // Per step, in milliseconds; the face step's 30 s is the anti-spoofing
    // limit of the public specification.
    struct Timeouts
    {
        qint64 cardFaceMs = 15'000;
        qint64 methodChoiceMs = 60'000;
        qint64 faceMs = 30'000;
        qint64 pinMs = 60'000;
        qint64 visualCheckMs = 300'000;
        qint64 consentMs = 60'000;
        // How long the certificate-renewal notice stays before the check goes on.
        qint64 certificateNoticeMs = 5'000;
    };

    static constexpr int MaxPinTries = 3;
    // How often the time-left bar moves.
    static constexpr qint64 RemainingStepMs = 500;
    // The renewal notice shows from this many months before the electronic
    // certificate expires until this many months after.
    static constexpr int CertificateNoticeMonths = 3;

    PatientFlow(ReaderScreen &screen, CardFaceSource &cardFace, FaceVerifier &face, FlowClock &clock,
                QObject *parent = nullptr);
    ~PatientFlow() override;

    // What the idle screen shows (the clinic's message, serial); shown at
    // once while Idle.
    void setIdleContent(const IdleScreenContent &content);

    // Take effect with the next card placed.
    void setOperatingMode(DeviceLink::OperatingMode mode) { m_mode = mode; }
    DeviceLink::OperatingMode operatingMode() const { return m_mode; }
    void setConsentSettings(const DeviceLink::ConsentSettings &settings) { m_consentSettings = settings; }
    const DeviceLink::ConsentSettings &consentSettings() const { return m_consentSettings; }
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    const Timeouts &timeouts() const { return m_timeouts; }

    State state() const { return m_state; }
    // What the patient should do in front of the camera now
    // (「もう少し近づいてください」), from the face verifier; ignored outside
    // the face step.
    void showFaceGuidance(const QString &text);
    // The consent asked on the screen now (Consent state only).
    std::optional<ConsentItem> currentConsent() const;
    // The PIN tries the chip has left, as the PIN pad shows them.
    int pinTriesLeft() const { return m_pinTriesLeft; }

    static bool needsCertificateNotice(QDate certificateExpiry, QDate today);

public Q_SLOTS:
    // Starts a check; ignored unless Idle.
    void cardPlaced(CardChannel &channel);
    void cardRemoved();
    // Ends the check on a 「中止しました」 screen (Cancelled); ignored when
    // Idle or Finished.
    void cancel();
    // Staff's answer in 目視確認モード; ignored in any other state.
    void confirmVisually(bool confirmed);

Q_SIGNALS:
    void stateChanged(ReaderStack::PatientFlow::State state);
    void outcomeRecorded(const ReaderStack::FlowOutcome &outcome);

private:
    void enter(State state, std::shared_ptr<FlowScene> scene);
    void startStepTimer(qint64 ms);
    void stopStepTimer();
    // The bar along the bottom of the screen: the step's time left.
    void showRemaining();
    void closeStep();
    // Runs action from the event loop if the check it was meant for is
    // still the one running.
    void later(std::function<void()> action);

    void onCardFaceRead(CardFaceResult result);
    void unlockChip();
    void afterChip();
    void chooseMethod();
    void onMethodChosen(VerificationMethod method);
    void startFace();
    void onFaceVerdict(FaceVerdict verdict);
    void faceTimedOut();
    void startPin();
    void onPinKey(int key);
    void verifyPin();
    void startVisualCheck();
    void startConsents();
    void askNextConsent();
    void onConsentAnswered(bool agreed);
    void onStepTimeout();

    void succeed();
    void fail(FlowOutcome::Result result, const QString &code);
    void finish(FlowOutcome::Result result, const QString &code, std::shared_ptr<FlowScene> scene);
    void stopWork();
    void wipePersonalData();

    ReaderScreen &m_screen;
    CardFaceSource &m_cardFace;
    FaceVerifier &m_face;
    FlowClock &m_clock;

    IdleScreenContent m_idle;
    DeviceLink::OperatingMode m_mode = DeviceLink::OperatingMode::Unattended;
    DeviceLink::ConsentSettings m_consentSettings;
    Timeouts m_timeouts;

    State m_state = State::Idle;
    // Bumped at every step and at the end of a check, so that answers,
    // touches and timeouts meant for an earlier step are dropped.
    quint64 m_epoch = 0;
    std::shared_ptr<FlowScene> m_scene;
    std::optional<quint64> m_stepTimer;
    std::optional<quint64> m_remainingTimer;
    qint64 m_stepTimeoutMs = 1;
    qint64 m_stepTimerStartMs = 0;
    qint64 m_checkStartMs = 0;
    qint64 m_stepStartMs = 0;
    FlowOutcome m_outcome;

    std::optional<MyNumberChipReader> m_chip;
    CollationNumberB m_collation;
    CardFaceRecord m_record;
    QDate m_certificateExpiry;
    QString m_pin;
    int m_pinTriesLeft = MaxPinTries;
    // Why the last face check of this card gave way to the PIN, for the
    // choice screen's title.
    enum class FaceSetback { None, NotRecognised, TimedOut };
    FaceSetback m_faceSetback = FaceSetback::None;
    QList<ConsentItem> m_consents;
};

} // namespace ReaderStack
