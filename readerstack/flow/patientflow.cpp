// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/flow/patientflow.h"

#include "readerstack/card/cardchannel.h"
#include "readerstack/flow/cardfacesource.h"
#include "readerstack/flow/faceverifier.h"
#include "readerstack/flow/flowclock.h"
#include "readerstack/screen/consentscene.h"
#include "readerstack/screen/facecapturescene.h"
#include "readerstack/screen/messagescene.h"
#include "readerstack/screen/pinpadscene.h"
#include "readerstack/screen/readerscreen.h"
#include "readerstack/screen/screentext.h"

#include <algorithm>
#include <iterator>

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace ReaderStack {

namespace {

const char *const ScreenTitle = QT_TRANSLATE_NOOP("ReaderStack::Screen", "Health insurance check");

struct ErrorText
{
    const char16_t *code;
    const char *headline;
    const char *detail;
};

// What the patient reads for each code of patientflow.h.
constexpr ErrorText ErrorTexts[] = {
    {u"001", QT_TRANSLATE_NOOP("ReaderStack::Screen", "The My Number card could not be recognised"),
     QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please place the card face up in the tray again.")},
    {u"002", QT_TRANSLATE_NOOP("ReaderStack::Screen", "This is not a My Number card"),
     QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please place your My Number card")},
    {u"003", QT_TRANSLATE_NOOP("ReaderStack::Screen", "The card's IC chip could not be read"),
     QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please ask at the reception desk.")},
    {u"004", QT_TRANSLATE_NOOP("ReaderStack::Screen", "This card is locked"),
     QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please ask at the reception desk.")},
    {u"005", QT_TRANSLATE_NOOP("ReaderStack::Screen", "Your PIN is locked"),
     QT_TRANSLATE_NOOP("ReaderStack::Screen", "The PIN can be reset at your city, town or village office.")},
    {u"006", QT_TRANSLATE_NOOP("ReaderStack::Screen", "Time is up"),
     QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please take your card and try again.")},
    {u"007", QT_TRANSLATE_NOOP("ReaderStack::Screen", "Your identity could not be confirmed"),
     QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please ask at the reception desk.")},
};

const QString CodeUnreadable = u"001"_s;
const QString CodeNotMyNumberCard = u"002"_s;
const QString CodeChipUnreadable = u"003"_s;
const QString CodeCardLocked = u"004"_s;
const QString CodePinLocked = u"005"_s;
const QString CodeTimeUp = u"006"_s;
const QString CodeNotConfirmed = u"007"_s;

struct ConsentText
{
    PatientFlow::ConsentItem item;
    const char *question;
    const char *explanation;
};

constexpr ConsentText ConsentTexts[] = {
    {PatientFlow::ConsentItem::Medication,
     QT_TRANSLATE_NOOP("ReaderStack::Screen", "Do you agree to share your medication information?"),
     QT_TRANSLATE_NOOP("ReaderStack::Screen",
                       "Your doctor can then see the medicines you received in the last three years.")},
    {PatientFlow::ConsentItem::HealthCheck,
     QT_TRANSLATE_NOOP("ReaderStack::Screen", "Do you agree to share your health check results?"),
     QT_TRANSLATE_NOOP("ReaderStack::Screen",
                       "Your doctor can then see the results of your specific health checkups.")},
    {PatientFlow::ConsentItem::Surgery,
     QT_TRANSLATE_NOOP("ReaderStack::Screen", "Do you agree to share your surgery information?"),
     QT_TRANSLATE_NOOP("ReaderStack::Screen",
                       "Your doctor can then see the surgeries you had in the last five years.")},
    {PatientFlow::ConsentItem::MedicalCare,
     QT_TRANSLATE_NOOP("ReaderStack::Screen", "Do you agree to share your medical care information?"),
     QT_TRANSLATE_NOOP("ReaderStack::Screen",
                       "Your doctor can then see the care you received at other medical institutions.")},
    {PatientFlow::ConsentItem::All,
     QT_TRANSLATE_NOOP("ReaderStack::Screen", "Do you agree to share all of this information?"),
     QT_TRANSLATE_NOOP("ReaderStack::Screen",
                       "Your doctor can then see your medication, health check and other care information.")},
    {PatientFlow::ConsentItem::HighCostCare,
     QT_TRANSLATE_NOOP("ReaderStack::Screen", "Do you agree to share your high-cost medical care limit?"),
     QT_TRANSLATE_NOOP("ReaderStack::Screen",
                       "You then pay no more than your limit at the counter, without a limit certificate.")},
};

std::optional<FlowStep> stepOf(PatientFlow::State state)
{
    switch (state) {
    case PatientFlow::State::ReadingCardFace:
        return FlowStep::CardFace;
    case PatientFlow::State::UnlockingChip:
        return FlowStep::Chip;
    case PatientFlow::State::CertificateNotice:
        return FlowStep::CertificateNotice;
    case PatientFlow::State::ChoosingMethod:
        return FlowStep::MethodChoice;
    case PatientFlow::State::FaceVerification:
        return FlowStep::Face;
    case PatientFlow::State::PinEntry:
        return FlowStep::Pin;
    case PatientFlow::State::VisualCheck:
        return FlowStep::VisualCheck;
    case PatientFlow::State::Consent:
        return FlowStep::Consent;
    case PatientFlow::State::Idle:
    case PatientFlow::State::Finished:
        break;
    }
    return std::nullopt;
}

std::shared_ptr<FlowScene> busyScene(const char *headline)
{
    return std::make_shared<MessageScene>(
        MessageScene::Kind::Busy, screenText(ScreenTitle), screenText(headline),
        screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please do not remove the card.")));
}

std::shared_ptr<FlowScene> errorScene(const QString &code)
{
    for (const ErrorText &text : ErrorTexts) {
        if (code == QStringView(text.code))
            return std::make_shared<MessageScene>(MessageScene::Kind::Error, screenText(ScreenTitle),
                                                  screenText(text.headline), screenText(text.detail), code);
    }
    return std::make_shared<MessageScene>(
        MessageScene::Kind::Error, screenText(ScreenTitle),
        screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "An error has occurred")),
        screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please ask at the reception desk.")), code);
}

} // namespace

PatientFlow::PatientFlow(ReaderScreen &screen, CardFaceSource &cardFace, FaceVerifier &face, FlowClock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_screen(screen)
    , m_cardFace(cardFace)
    , m_face(face)
    , m_clock(clock)
{
    m_idle.state = ReaderState::Running;
}

PatientFlow::~PatientFlow()
{
    stopWork();
    wipePersonalData();
}

void PatientFlow::setIdleContent(const IdleScreenContent &content)
{
    m_idle = content;
    if (m_state == State::Idle)
        m_screen.showIdle(m_idle);
}

std::optional<PatientFlow::ConsentItem> PatientFlow::currentConsent() const
{
    if (m_state != State::Consent || m_consents.isEmpty())
        return std::nullopt;
    return m_consents.constFirst();
}

bool PatientFlow::needsCertificateNotice(QDate certificateExpiry, QDate today)
{
    if (!certificateExpiry.isValid() || !today.isValid())
        return false;
    return certificateExpiry <= today.addMonths(CertificateNoticeMonths)
        && certificateExpiry > today.addMonths(-CertificateNoticeMonths);
}

void PatientFlow::cardPlaced(CardChannel &channel)
{
    if (m_state != State::Idle)
        return;
    m_chip.emplace(channel);
    m_outcome = FlowOutcome{};
    m_outcome.mode = m_mode;
    m_pinTriesLeft = MaxPinTries;
    m_faceSetback = FaceSetback::None;
    m_consents.clear();
    m_checkStartMs = m_clock.elapsedMs();
    enter(State::ReadingCardFace,
          busyScene(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Reading your card")));
    const quint64 epoch = m_epoch;
    m_cardFace.read([this, epoch](CardFaceResult result) {
        if (epoch == m_epoch)
            onCardFaceRead(std::move(result));
    });
}

void PatientFlow::cardRemoved()
{
    if (m_state == State::Idle)
        return;
    if (m_state != State::Finished) {
        stopWork();
        closeStep();
        m_outcome.result = FlowOutcome::Result::CardRemoved;
        m_outcome.totalMs = m_clock.elapsedMs() - m_checkStartMs;
        Q_EMIT outcomeRecorded(m_outcome);
    }
    wipePersonalData();
    m_chip.reset();
    stopStepTimer();
    ++m_epoch;
    m_state = State::Idle;
    m_scene.reset();
    m_screen.showIdle(m_idle);
    Q_EMIT stateChanged(m_state);
}

void PatientFlow::cancel()
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    finish(FlowOutcome::Result::Cancelled, {},
           std::make_shared<MessageScene>(
               MessageScene::Kind::Notice, screenText(ScreenTitle),
               screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "The check was cancelled")),
               screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please take your card."))));
}

void PatientFlow::confirmVisually(bool confirmed)
{
    if (m_state != State::VisualCheck)
        return;
    if (confirmed)
        startConsents();
    else
        fail(FlowOutcome::Result::Failure, CodeNotConfirmed);
}

void PatientFlow::enter(State state, std::shared_ptr<FlowScene> scene)
{
    closeStep();
    stopStepTimer();
    ++m_epoch;
    m_state = state;
    m_stepStartMs = m_clock.elapsedMs();
    m_scene = std::move(scene);
    m_screen.setScene(m_scene);

    switch (state) {
    case State::ReadingCardFace:
        startStepTimer(m_timeouts.cardFaceMs);
        break;
    case State::CertificateNotice:
        startStepTimer(m_timeouts.certificateNoticeMs);
        break;
    case State::ChoosingMethod:
        startStepTimer(m_timeouts.methodChoiceMs);
        break;
    case State::FaceVerification:
        startStepTimer(m_timeouts.faceMs);
        break;
    case State::PinEntry:
        startStepTimer(m_timeouts.pinMs);
        break;
    case State::VisualCheck:
        startStepTimer(m_timeouts.visualCheckMs);
        break;
    case State::Consent:
        startStepTimer(m_timeouts.consentMs);
        break;
    case State::Idle:
    case State::UnlockingChip:
    case State::Finished:
        break;
    }
    Q_EMIT stateChanged(state);
}

void PatientFlow::startStepTimer(qint64 ms)
{
    stopStepTimer();
    const quint64 epoch = m_epoch;
    m_stepTimer = m_clock.startTimer(ms, [this, epoch] {
        m_stepTimer.reset();
        if (epoch == m_epoch)
            onStepTimeout();
    });
    m_stepTimeoutMs = qMax<qint64>(1, ms);
    m_stepTimerStartMs = m_clock.elapsedMs();
    showRemaining();
}

void PatientFlow::stopStepTimer()
{
    if (m_stepTimer)
        m_clock.stopTimer(*m_stepTimer);
    m_stepTimer.reset();
    if (m_remainingTimer)
        m_clock.stopTimer(*m_remainingTimer);
    m_remainingTimer.reset();
}

void PatientFlow::showRemaining()
{
    m_remainingTimer.reset();
    if (!m_scene || !m_stepTimer)
        return;
    const qint64 left = m_stepTimeoutMs - (m_clock.elapsedMs() - m_stepTimerStartMs);
    m_screen.invalidate(m_scene->setRemaining(qBound(0.0, qreal(left) / qreal(m_stepTimeoutMs), 1.0)));
    const quint64 epoch = m_epoch;
    m_remainingTimer = m_clock.startTimer(RemainingStepMs, [this, epoch] {
        m_remainingTimer.reset();
        if (epoch == m_epoch)
            showRemaining();
    });
}

void PatientFlow::closeStep()
{
    const std::optional<FlowStep> step = stepOf(m_state);
    if (!step)
        return;
    const qint64 ms = m_clock.elapsedMs() - m_stepStartMs;
    // Consecutive consent screens are one step.
    if (!m_outcome.steps.isEmpty() && m_outcome.steps.constLast().step == *step)
        m_outcome.steps.last().ms += ms;
    else
        m_outcome.steps.append({*step, ms});
    m_stepStartMs = m_clock.elapsedMs();
}

void PatientFlow::later(std::function<void()> action)
{
    const quint64 epoch = m_epoch;
    QMetaObject::invokeMethod(
        this,
        [this, epoch, action = std::move(action)] {
            if (epoch == m_epoch)
                action();
        },
        Qt::QueuedConnection);
}

void PatientFlow::onCardFaceRead(CardFaceResult result)
{
    if (m_state != State::ReadingCardFace)
        return;
    switch (result.failure) {
    case CardReadFailure::Unreadable:
        fail(FlowOutcome::Result::Error, CodeUnreadable);
        return;
    case CardReadFailure::NotMyNumberCard:
        fail(FlowOutcome::Result::Error, CodeNotMyNumberCard);
        return;
    case CardReadFailure::None:
        break;
    }
    m_collation = std::move(result.collation);
    m_certificateExpiry = result.certificateExpiry;
    enter(State::UnlockingChip, busyScene(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Reading your card")));
    // The busy screen renders first: the chip takes its time.
    later([this] { unlockChip(); });
}

void PatientFlow::unlockChip()
{
    if (m_state != State::UnlockingChip || !m_chip)
        return;
    Result<CardFaceRecord> record = m_chip->readCardFace(m_collation);
    m_collation.wipe();
    if (!record) {
        switch (record.error().code()) {
        case ErrorCode::NotMyNumberCard:
            fail(FlowOutcome::Result::Error, CodeNotMyNumberCard);
            break;
        case ErrorCode::CollationNumberBlocked:
            fail(FlowOutcome::Result::Error, CodeCardLocked);
            break;
        default:
            fail(FlowOutcome::Result::Error, CodeChipUnreadable);
            break;
        }
        return;
    }
    m_record = std::move(record.value());
    afterChip();
}

void PatientFlow::afterChip()
{
    if (needsCertificateNotice(m_certificateExpiry, m_clock.today())) {
        m_outcome.certificateNotice = true;
        const bool expired = m_certificateExpiry < m_clock.today();
        enter(State::CertificateNotice,
              std::make_shared<MessageScene>(
                  MessageScene::Kind::Notice, screenText(ScreenTitle),
                  expired ? screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen",
                                                         "Your card's electronic certificate has expired"))
                          : screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen",
                                                         "Your card's electronic certificate expires soon")),
                  screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen",
                                               "Please renew it at your city, town or village office."))));
        return;
    }
    chooseMethod();
}

void PatientFlow::chooseMethod()
{
    // The mode the check started in: a switch from the PC waits for the next card.
    if (m_outcome.mode == OperatingMode::VisualCheck) {
        startVisualCheck();
        return;
    }
    auto scene = std::make_shared<MethodChoiceScene>([this](VerificationMethod method) {
        later([this, method] { onMethodChosen(method); });
    });
    if (m_faceSetback == FaceSetback::NotRecognised)
        scene->setTitle(
            screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Face not recognised. Please use your PIN.")));
    else if (m_faceSetback == FaceSetback::TimedOut)
        scene->setTitle(screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Timed out. Please use your PIN.")));
    enter(State::ChoosingMethod, std::move(scene));
}

void PatientFlow::onMethodChosen(VerificationMethod method)
{
    if (m_state != State::ChoosingMethod)
        return;
    if (method == VerificationMethod::Face)
        startFace();
    else
        startPin();
}

void PatientFlow::startFace()
{
    m_outcome.method = FlowOutcome::Method::Face;
    ++m_outcome.faceAttempts;
    auto scene = std::make_shared<FaceCaptureScene>();
    enter(State::FaceVerification, scene);
    const Result<QImage> photo = m_record.photo();
    const quint64 epoch = m_epoch;
    m_face.start(
        photo ? photo.value() : QImage(),
        [this, epoch, scene](const QImage &frame) {
            if (epoch == m_epoch)
                m_screen.invalidate(scene->setPreview(frame));
        },
        [this, epoch](FaceVerdict verdict) {
            if (epoch == m_epoch)
                onFaceVerdict(verdict);
        });
}

void PatientFlow::showFaceGuidance(const QString &text)
{
    if (m_state != State::FaceVerification)
        return;
    if (auto *scene = dynamic_cast<FaceCaptureScene *>(m_scene.get()))
        m_screen.invalidate(scene->setGuidance(text));
}

void PatientFlow::onFaceVerdict(FaceVerdict verdict)
{
    if (m_state != State::FaceVerification)
        return;
    switch (verdict) {
    case FaceVerdict::Match:
        startConsents();
        return;
    case FaceVerdict::NoMatch:
        m_faceSetback = FaceSetback::NotRecognised;
        chooseMethod();
        return;
    case FaceVerdict::Timeout:
        faceTimedOut();
        return;
    }
}

void PatientFlow::startPin()
{
    m_outcome.method = FlowOutcome::Method::Pin;
    const Result<int> tries = m_chip->pinTriesLeft();
    if (!tries && tries.error().code() != ErrorCode::PinBlocked) {
        fail(FlowOutcome::Result::Error, CodeChipUnreadable);
        return;
    }
    if (!tries || tries.value() <= 0) {
        fail(FlowOutcome::Result::Failure, CodePinLocked);
        return;
    }
    m_pinTriesLeft = tries.value();
    auto scene = std::make_shared<PinPadScene>([this](int key) { later([this, key] { onPinKey(key); }); });
    scene->setTriesLeft(m_pinTriesLeft);
    wipeString(m_pin);
    // Room for every digit up front: appending never reallocates and leaves
    // no stray copy of a digit behind.
    m_pin.reserve(PinPadScene::PinLength);
    enter(State::PinEntry, std::move(scene));
}

void PatientFlow::onPinKey(int key)
{
    if (m_state != State::PinEntry)
        return;
    auto *pad = static_cast<PinPadScene *>(m_scene.get());
    if (key >= PinPadScene::Key0 && key <= PinPadScene::Key9) {
        if (m_pin.size() < PinPadScene::PinLength)
            m_pin.append(QChar(u'0' + key));
        m_screen.invalidate(pad->setEntered(int(m_pin.size())));
    } else if (key == PinPadScene::KeyClear) {
        wipeString(m_pin);
        m_pin.reserve(PinPadScene::PinLength);
        m_screen.invalidate(pad->setEntered(0));
    } else if (key == PinPadScene::KeyConfirm && m_pin.size() == PinPadScene::PinLength) {
        verifyPin();
    }
}

void PatientFlow::verifyPin()
{
    ++m_outcome.pinAttempts;
    const Result<void> verified = m_chip->verifyPin(m_pin);
    wipeString(m_pin);
    m_pin.reserve(PinPadScene::PinLength);
    if (verified) {
        startConsents();
        return;
    }
    if (verified.error().code() == ErrorCode::PinBlocked) {
        fail(FlowOutcome::Result::Failure, CodePinLocked);
        return;
    }
    if (verified.error().code() != ErrorCode::PinRejected) {
        fail(FlowOutcome::Result::Error, CodeChipUnreadable);
        return;
    }
    const Result<int> tries = m_chip->pinTriesLeft();
    if (!tries && tries.error().code() != ErrorCode::PinBlocked) {
        fail(FlowOutcome::Result::Error, CodeChipUnreadable);
        return;
    }
    m_pinTriesLeft = tries ? tries.value() : 0;
    if (m_pinTriesLeft <= 0) {
        fail(FlowOutcome::Result::Failure, CodePinLocked);
        return;
    }
    auto *pad = static_cast<PinPadScene *>(m_scene.get());
    m_screen.invalidate(pad->setEntered(0));
    m_screen.invalidate(pad->setTriesLeft(m_pinTriesLeft));
    // A new try gets the step's full time.
    startStepTimer(m_timeouts.pinMs);
}

void PatientFlow::startVisualCheck()
{
    m_outcome.method = FlowOutcome::Method::Visual;
    enter(State::VisualCheck,
          std::make_shared<MessageScene>(
              MessageScene::Kind::Notice, screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Identity check")),
              screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "A member of staff will check your identity")),
              screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please wait a moment."))));
}

void PatientFlow::startConsents()
{
    m_consents.clear();
    const ConsentSettings &s = m_consentSettings;
    if (s.combined && (s.medication || s.healthCheck || s.surgery || s.medicalCare)) {
        m_consents << ConsentItem::All;
    } else {
        if (s.medication)
            m_consents << ConsentItem::Medication;
        if (s.healthCheck)
            m_consents << ConsentItem::HealthCheck;
        if (s.surgery)
            m_consents << ConsentItem::Surgery;
        if (s.medicalCare)
            m_consents << ConsentItem::MedicalCare;
    }
    if (s.highCostCare)
        m_consents << ConsentItem::HighCostCare;
    // Identity is confirmed: the chip's record is not needed any more.
    m_record.wipe();
    askNextConsent();
}

void PatientFlow::askNextConsent()
{
    if (m_consents.isEmpty()) {
        succeed();
        return;
    }
    const ConsentItem item = m_consents.constFirst();
    const auto text = std::find_if(std::begin(ConsentTexts), std::end(ConsentTexts),
                                   [item](const ConsentText &t) { return t.item == item; });
    Q_ASSERT(text != std::end(ConsentTexts));
    ++m_outcome.consentsAsked;
    auto answered = [this](bool agreed) { later([this, agreed] { onConsentAnswered(agreed); }); };
    enter(State::Consent,
          std::make_shared<ConsentScene>(screenText(text->question), screenText(text->explanation), answered));
}

void PatientFlow::onConsentAnswered(bool agreed)
{
    if (m_state != State::Consent || m_consents.isEmpty())
        return;
    m_consents.removeFirst();
    if (agreed)
        ++m_outcome.consentsAgreed;
    else
        ++m_outcome.consentsDeclined;
    askNextConsent();
}

void PatientFlow::faceTimedOut()
{
    // The 30 s against impersonation: the face check stops, and the patient
    // can still confirm with the PIN (「タイムアウトしました」).
    m_face.cancel();
    m_faceSetback = FaceSetback::TimedOut;
    chooseMethod();
}

void PatientFlow::onStepTimeout()
{
    switch (m_state) {
    case State::ReadingCardFace:
        fail(FlowOutcome::Result::Error, CodeUnreadable);
        return;
    case State::CertificateNotice:
        chooseMethod();
        return;
    case State::FaceVerification:
        faceTimedOut();
        return;
    case State::ChoosingMethod:
    case State::PinEntry:
    case State::VisualCheck:
    case State::Consent:
        fail(FlowOutcome::Result::Timeout, CodeTimeUp);
        return;
    case State::Idle:
    case State::UnlockingChip:
    case State::Finished:
        return;
    }
}

void PatientFlow::succeed()
{
    finish(FlowOutcome::Result::Success, {},
           std::make_shared<MessageScene>(
               MessageScene::Kind::Done, screenText(ScreenTitle),
               screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "The eligibility check is complete")),
               screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please take your card."))));
}

void PatientFlow::fail(FlowOutcome::Result result, const QString &code)
{
    finish(result, code, errorScene(code));
}

void PatientFlow::finish(FlowOutcome::Result result, const QString &code, std::shared_ptr<FlowScene> scene)
{
    stopWork();
    wipePersonalData();
    enter(State::Finished, std::move(scene));
    m_outcome.result = result;
    m_outcome.reasonCode = code;
    m_outcome.totalMs = m_clock.elapsedMs() - m_checkStartMs;
    Q_EMIT outcomeRecorded(m_outcome);
}

void PatientFlow::stopWork()
{
    stopStepTimer();
    if (m_state == State::ReadingCardFace)
        m_cardFace.cancel();
    if (m_state == State::FaceVerification)
        m_face.cancel();
}

void PatientFlow::wipePersonalData()
{
    m_collation.wipe();
    m_record.wipe();
    wipeString(m_pin);
    m_certificateExpiry = {};
    m_consents.clear();
}

} // namespace ReaderStack
