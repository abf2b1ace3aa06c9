// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/card/mynumberchipreader.h"
#include "readerstack/card/virtualmynumbercard.h"
#include "readerstack/flow/flowclock.h"
#include "readerstack/flow/patientflow.h"
#include "readerstack/flow/scriptedcardfacesource.h"
#include "readerstack/flow/scriptedfaceverifier.h"
#include "readerstack/screen/consentscene.h"
#include "readerstack/screen/facecapturescene.h"
#include "readerstack/screen/idlescreen.h"
#include "readerstack/screen/messagescene.h"
#include "readerstack/screen/methodchoicescene.h"
#include "readerstack/screen/pinpadscene.h"
#include "readerstack/screen/readerscreen.h"

#include <QCborArray>
#include <QCborValue>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

using State = PatientFlow::State;
using ConsentItem = PatientFlow::ConsentItem;
using Outcome = FlowOutcome::Result;

namespace {

const QString Pin = u"9876"_s;
const QString Collation = u"64010720310417"_s;
const QString Name = u"佐藤　一郎"_s;
const QString Address = u"大阪府大阪市北区本町1丁目2番地3"_s;

CardHolder holder()
{
    CardHolder h;
    h.birthDate = QDate(1989, 1, 7);
    h.expiryDate = QDate(2031, 1, 7);
    h.securityCode = u"0417"_s;
    h.pin = Pin;
    h.name = Name;
    h.address = Address;
    h.sex = u"男"_s;
    QImage photo(96, 120, QImage::Format_Grayscale8);
    for (int y = 0; y < photo.height(); ++y) {
        for (int x = 0; x < photo.width(); ++x)
            photo.scanLine(y)[x] = uchar((x * 3 + y) % 256);
    }
    h.photo = photo;
    return h;
}

CollationNumberB collation(const QString &digits = Collation)
{
    return CollationNumberB::fromString(digits).value();
}

ConsentSettings noConsents()
{
    ConsentSettings settings;
    settings.medication = false;
    settings.healthCheck = false;
    return settings;
}

// One reader with a card in reach: screen, scripted camera and OCR, the
// virtual chip and the flow, all on a clock the test moves.
struct Rig
{
    ManualFlowClock clock{QDate(2026, 4, 1)};
    ReaderScreen screen;
    ScriptedCardFaceSource cardFace{clock};
    ScriptedFaceVerifier face{clock};
    VirtualMyNumberCard card{holder()};
    PatientFlow flow{screen, cardFace, face, clock};
    QList<FlowOutcome> outcomes;

    Rig()
    {
        cardFace.setReading(collation());
        QObject::connect(&flow, &PatientFlow::outcomeRecorded, &flow,
                         [this](const FlowOutcome &outcome) { outcomes << outcome; });
        flow.setIdleContent(IdleScreenContent{});
    }

    template<typename T>
    T *scene() const
    {
        return dynamic_cast<T *>(screen.scene());
    }
    void tap(const QRect &area) { screen.press(area.center()); }
};

} // namespace

class TestPatientFlow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Rig> m_rig;

    // Places the card and waits for the method choice.
    void placeCard()
    {
        m_rig->flow.cardPlaced(m_rig->card);
        QCOMPARE(m_rig->flow.state(), State::ReadingCardFace);
        m_rig->clock.advance(0);
        QCOMPARE(m_rig->flow.state(), State::UnlockingChip);
        QTRY_COMPARE(m_rig->flow.state(), State::ChoosingMethod);
        QVERIFY(m_rig->scene<MethodChoiceScene>());
    }

    void choose(VerificationMethod method)
    {
        QVERIFY(m_rig->scene<MethodChoiceScene>());
        m_rig->tap(MethodChoiceScene::buttonArea(method));
        QTRY_COMPARE(m_rig->flow.state(),
                     method == VerificationMethod::Face ? State::FaceVerification : State::PinEntry);
    }

    // Types the digits and 確定, and waits until the flow has taken them all.
    void enterPin(const QString &digits)
    {
        QVERIFY(m_rig->scene<PinPadScene>());
        for (QChar digit : digits)
            m_rig->tap(PinPadScene::keyArea(digit.digitValue()));
        QTRY_COMPARE(m_rig->scene<PinPadScene>()->entered(), 4);
        const int triesBefore = m_rig->card.pinTriesLeft();
        m_rig->tap(PinPadScene::keyArea(PinPadScene::KeyConfirm));
        QTRY_VERIFY(m_rig->flow.state() != State::PinEntry || m_rig->card.pinTriesLeft() != triesBefore);
    }

    void answerConsent(bool agree)
    {
        QVERIFY(m_rig->scene<ConsentScene>());
        const Scene *before = m_rig->screen.scene();
        m_rig->tap(ConsentScene::buttonArea(agree));
        QTRY_VERIFY(m_rig->screen.scene() != before);
    }

    void driveTo(State target)
    {
        Rig &rig = *m_rig;
        if (target == State::CertificateNotice)
            rig.cardFace.setReading(collation(), rig.clock.today().addMonths(1));
        if (target == State::VisualCheck)
            rig.flow.setOperatingMode(OperatingMode::VisualCheck);
        if (target == State::Finished)
            rig.flow.setConsentSettings(noConsents());
        rig.cardFace.setDelay(1000);
        rig.flow.cardPlaced(rig.card);
        if (target == State::ReadingCardFace)
            return;
        rig.clock.advance(1000);
        if (target == State::UnlockingChip)
            return;
        if (target == State::CertificateNotice || target == State::VisualCheck) {
            QTRY_COMPARE(rig.flow.state(), target);
            return;
        }
        QTRY_COMPARE(rig.flow.state(), State::ChoosingMethod);
        if (target == State::ChoosingMethod)
            return;
        if (target == State::FaceVerification) {
            rig.face.script({{std::nullopt, 0}});
            choose(VerificationMethod::Face);
            return;
        }
        choose(VerificationMethod::Pin);
        if (target == State::PinEntry)
            return;
        enterPin(Pin);
        QTRY_COMPARE(rig.flow.state(), target);
    }

private Q_SLOTS:
    void init() { m_rig = std::make_unique<Rig>(); }
    void cleanup() { m_rig.reset(); }

    void pinSuccessAsksTheDefaultConsents()
    {
        Rig &rig = *m_rig;
        QVERIFY(rig.scene<IdleScene>());
        placeCard();
        choose(VerificationMethod::Pin);
        QCOMPARE(rig.flow.pinTriesLeft(), 3);
        enterPin(Pin);
        QTRY_COMPARE(rig.flow.state(), State::Consent);
        QCOMPARE(rig.flow.currentConsent(), ConsentItem::Medication);
        answerConsent(true);
        QCOMPARE(rig.flow.currentConsent(), ConsentItem::HealthCheck);
        answerConsent(false);
        QCOMPARE(rig.flow.state(), State::Finished);
        MessageScene *done = rig.scene<MessageScene>();
        QVERIFY(done);
        QCOMPARE(done->kind(), MessageScene::Kind::Done);

        QCOMPARE(rig.outcomes.size(), 1);
        const FlowOutcome &outcome = rig.outcomes.constFirst();
        QCOMPARE(outcome.result, Outcome::Success);
        QCOMPARE(outcome.method, FlowOutcome::Method::Pin);
        QVERIFY(outcome.reasonCode.isEmpty());
        QCOMPARE(outcome.pinAttempts, 1);
        QCOMPARE(outcome.consentsAsked, 2);
        QCOMPARE(outcome.consentsAgreed, 1);
        QCOMPARE(outcome.consentsDeclined, 1);
        QCOMPARE(rig.card.pinTriesLeft(), 3);

        rig.flow.cardRemoved();
        QCOMPARE(rig.flow.state(), State::Idle);
        QVERIFY(rig.scene<IdleScene>());
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.clock.pendingTimers(), 0);
    }

    void pinLocksOutAfterThreeWrongTries()
    {
        Rig &rig = *m_rig;
        placeCard();
        choose(VerificationMethod::Pin);
        enterPin(u"1111"_s);
        QCOMPARE(rig.flow.state(), State::PinEntry);
        QCOMPARE(rig.flow.pinTriesLeft(), 2);
        QTRY_COMPARE(rig.scene<PinPadScene>()->entered(), 0);
        enterPin(u"2222"_s);
        QCOMPARE(rig.flow.pinTriesLeft(), 1);
        QVERIFY(rig.outcomes.isEmpty());
        enterPin(u"3333"_s);
        QCOMPARE(rig.flow.state(), State::Finished);
        QCOMPARE(rig.card.pinTriesLeft(), 0);
        MessageScene *error = rig.scene<MessageScene>();
        QVERIFY(error);
        QCOMPARE(error->kind(), MessageScene::Kind::Error);
        QCOMPARE(error->code(), u"005"_s);
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.outcomes[0].result, Outcome::Failure);
        QCOMPARE(rig.outcomes[0].reasonCode, u"005"_s);
        QCOMPARE(rig.outcomes[0].pinAttempts, 3);
    }

    void blockedPinShowsTheLockoutAtOnce()
    {
        Rig &rig = *m_rig;
        MyNumberChipReader chip(rig.card);
        for (int i = 0; i < VirtualMyNumberCard::PinTries; ++i)
            QVERIFY(!chip.verifyPin(u"0000"));
        placeCard();
        m_rig->tap(MethodChoiceScene::buttonArea(VerificationMethod::Pin));
        QTRY_COMPARE(rig.flow.state(), State::Finished);
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.outcomes[0].reasonCode, u"005"_s);
        QCOMPARE(rig.outcomes[0].pinAttempts, 0);
    }

    void pinKeysClearAndNeedFourDigits()
    {
        Rig &rig = *m_rig;
        placeCard();
        choose(VerificationMethod::Pin);
        rig.tap(PinPadScene::keyArea(PinPadScene::Key1));
        rig.tap(PinPadScene::keyArea(PinPadScene::Key2));
        QTRY_COMPARE(rig.scene<PinPadScene>()->entered(), 2);
        rig.tap(PinPadScene::keyArea(PinPadScene::KeyConfirm));
        rig.tap(PinPadScene::keyArea(PinPadScene::KeyClear));
        QTRY_COMPARE(rig.scene<PinPadScene>()->entered(), 0);
        QCOMPARE(rig.card.pinTriesLeft(), 3);
        enterPin(Pin);
        QTRY_COMPARE(rig.flow.state(), State::Consent);
        QCOMPARE(rig.card.pinTriesLeft(), 3);
    }

    void faceSuccessViaScriptedVerifier()
    {
        Rig &rig = *m_rig;
        rig.flow.setConsentSettings(noConsents());
        rig.face.script({{FaceVerdict::Match, 1200}});
        placeCard();
        choose(VerificationMethod::Face);
        QVERIFY(rig.scene<FaceCaptureScene>());
        QVERIFY(rig.face.isRunning());
        QVERIFY(!rig.face.lastReferenceWasNull());
        rig.clock.advance(1199);
        QCOMPARE(rig.flow.state(), State::FaceVerification);
        rig.clock.advance(1);
        QCOMPARE(rig.flow.state(), State::Finished);
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.outcomes[0].result, Outcome::Success);
        QCOMPARE(rig.outcomes[0].method, FlowOutcome::Method::Face);
        QCOMPARE(rig.outcomes[0].faceAttempts, 1);
        QCOMPARE(rig.outcomes[0].durationOf(FlowStep::Face), 1200);
    }

    void faceFailureOffersPinFallback()
    {
        Rig &rig = *m_rig;
        rig.flow.setConsentSettings(noConsents());
        rig.face.script({{FaceVerdict::NoMatch, 500}});
        placeCard();
        choose(VerificationMethod::Face);
        rig.clock.advance(500);
        QCOMPARE(rig.flow.state(), State::ChoosingMethod);
        QVERIFY(rig.outcomes.isEmpty());
        choose(VerificationMethod::Pin);
        enterPin(Pin);
        QTRY_COMPARE(rig.flow.state(), State::Finished);
        QCOMPARE(rig.outcomes.size(), 1);
        const FlowOutcome &outcome = rig.outcomes[0];
        QCOMPARE(outcome.result, Outcome::Success);
        QCOMPARE(outcome.method, FlowOutcome::Method::Pin);
        QCOMPARE(outcome.faceAttempts, 1);
        QCOMPARE(outcome.pinAttempts, 1);
        QList<FlowStep> steps;
        for (const FlowOutcome::StepTime &time : outcome.steps)
            steps << time.step;
        QCOMPARE(steps, (QList<FlowStep>{FlowStep::CardFace, FlowStep::Chip, FlowStep::MethodChoice, FlowStep::Face,
                                         FlowStep::MethodChoice, FlowStep::Pin}));
    }

    void faceTimesOut_data()
    {
        QTest::addColumn<qint64>("timeoutMs");
        QTest::newRow("default 30 s") << qint64(0);
        QTest::newRow("configured 10 s") << qint64(10'000);
    }

    void faceTimesOut()
    {
        QFETCH(qint64, timeoutMs);
        Rig &rig = *m_rig;
        if (timeoutMs > 0) {
            PatientFlow::Timeouts timeouts;
            timeouts.faceMs = timeoutMs;
            rig.flow.setTimeouts(timeouts);
        }
        const qint64 limit = timeoutMs > 0 ? timeoutMs : 30'000;
        QCOMPARE(PatientFlow::Timeouts{}.faceMs, 30'000);
        rig.face.script({{std::nullopt, 0}});
        placeCard();
        choose(VerificationMethod::Face);
        QCOMPARE(rig.scene<FaceCaptureScene>()->remaining(), 1.0);
        rig.clock.advance(limit / 2);
        QCOMPARE(rig.scene<FaceCaptureScene>()->remaining(), 0.5);
        rig.clock.advance(limit / 2 - 1);
        QCOMPARE(rig.flow.state(), State::FaceVerification);
        rig.clock.advance(1);
        // Timed out against impersonation: the check stops, the PIN remains.
        QCOMPARE(rig.flow.state(), State::ChoosingMethod);
        QVERIFY(!rig.face.isRunning());
        QVERIFY(rig.outcomes.isEmpty());
        rig.flow.setConsentSettings(noConsents());
        choose(VerificationMethod::Pin);
        enterPin(Pin);
        QTRY_COMPARE(rig.flow.state(), State::Finished);
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.outcomes[0].result, Outcome::Success);
        QCOMPARE(rig.outcomes[0].method, FlowOutcome::Method::Pin);
        QCOMPARE(rig.outcomes[0].faceAttempts, 1);
        QCOMPARE(rig.outcomes[0].durationOf(FlowStep::Face), limit);
    }

    // The verifier gives up first (no camera, its source ended): the same.
    void faceVerifierTimeoutOffersPin()
    {
        Rig &rig = *m_rig;
        rig.face.script({{FaceVerdict::Timeout, 200}});
        placeCard();
        choose(VerificationMethod::Face);
        rig.clock.advance(200);
        QCOMPARE(rig.flow.state(), State::ChoosingMethod);
        QVERIFY(rig.outcomes.isEmpty());
        choose(VerificationMethod::Pin);
    }

    void cardFaceFailures_data()
    {
        QTest::addColumn<CardReadFailure>("failure");
        QTest::addColumn<QString>("code");
        QTest::newRow("unreadable") << CardReadFailure::Unreadable << u"001"_s;
        QTest::newRow("not a My Number card") << CardReadFailure::NotMyNumberCard << u"002"_s;
    }

    void cardFaceFailures()
    {
        QFETCH(CardReadFailure, failure);
        QFETCH(QString, code);
        Rig &rig = *m_rig;
        rig.cardFace.setFailure(failure);
        rig.cardFace.setDelay(800);
        rig.flow.cardPlaced(rig.card);
        rig.clock.advance(800);
        QCOMPARE(rig.flow.state(), State::Finished);
        QCOMPARE(rig.scene<MessageScene>()->kind(), MessageScene::Kind::Error);
        QCOMPARE(rig.scene<MessageScene>()->code(), code);
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.outcomes[0].result, Outcome::Error);
        QCOMPARE(rig.outcomes[0].reasonCode, code);
        QCOMPARE(rig.outcomes[0].method, FlowOutcome::Method::None);
        QCOMPARE(rig.card.collationTriesLeft(), VirtualMyNumberCard::CollationTries);
    }

    void cardFaceTimeoutIsUnreadable()
    {
        Rig &rig = *m_rig;
        rig.cardFace.setDelay(60'000);
        rig.flow.cardPlaced(rig.card);
        rig.clock.advance(PatientFlow::Timeouts{}.cardFaceMs);
        QCOMPARE(rig.flow.state(), State::Finished);
        QVERIFY(!rig.cardFace.isReading());
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.outcomes[0].reasonCode, u"001"_s);
    }

    void chipErrors_data()
    {
        QTest::addColumn<bool>("blocked");
        QTest::addColumn<QString>("code");
        QTest::newRow("collation rejected") << false << u"003"_s;
        QTest::newRow("collation blocked") << true << u"004"_s;
    }

    void chipErrors()
    {
        QFETCH(bool, blocked);
        QFETCH(QString, code);
        Rig &rig = *m_rig;
        // A digit the OCR got wrong: a valid 照合番号B, not this card's.
        const CollationNumberB misread = collation(u"64010720310418"_s);
        if (blocked) {
            MyNumberChipReader chip(rig.card);
            for (int i = 0; i < VirtualMyNumberCard::CollationTries; ++i)
                QVERIFY(!chip.readCardFace(misread));
        }
        rig.cardFace.setReading(misread);
        rig.flow.cardPlaced(rig.card);
        rig.clock.advance(0);
        QTRY_COMPARE(rig.flow.state(), State::Finished);
        QCOMPARE(rig.scene<MessageScene>()->code(), code);
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.outcomes[0].result, Outcome::Error);
        QCOMPARE(rig.outcomes[0].reasonCode, code);
    }

    void cardRemovedAtEveryStep_data()
    {
        QTest::addColumn<State>("step");
        QTest::newRow("reading card face") << State::ReadingCardFace;
        QTest::newRow("unlocking chip") << State::UnlockingChip;
        QTest::newRow("certificate notice") << State::CertificateNotice;
        QTest::newRow("choosing method") << State::ChoosingMethod;
        QTest::newRow("face") << State::FaceVerification;
        QTest::newRow("pin") << State::PinEntry;
        QTest::newRow("visual check") << State::VisualCheck;
        QTest::newRow("consent") << State::Consent;
        QTest::newRow("finished") << State::Finished;
    }

    void cardRemovedAtEveryStep()
    {
        QFETCH(State, step);
        Rig &rig = *m_rig;
        driveTo(step);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(rig.flow.state(), step);
        QSignalSpy states(&rig.flow, &PatientFlow::stateChanged);
        rig.flow.cardRemoved();

        QCOMPARE(rig.flow.state(), State::Idle);
        QCOMPARE(states.count(), 1);
        QVERIFY(rig.scene<IdleScene>());
        QVERIFY(!rig.cardFace.isReading());
        QVERIFY(!rig.face.isRunning());
        QCOMPARE(rig.clock.pendingTimers(), 0);
        QCOMPARE(rig.outcomes.size(), 1);
        if (step == State::Finished) {
            QCOMPARE(rig.outcomes[0].result, Outcome::Success);
        } else {
            QCOMPARE(rig.outcomes[0].result, Outcome::CardRemoved);
            QVERIFY(rig.outcomes[0].reasonCode.isEmpty());
        }
        // Nothing of the old check comes back: no late chip work, touch or timeout.
        rig.tap(MethodChoiceScene::buttonArea(VerificationMethod::Pin));
        rig.clock.advance(600'000);
        QCoreApplication::processEvents();
        QCOMPARE(rig.flow.state(), State::Idle);
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.card.collationTriesLeft(), VirtualMyNumberCard::CollationTries);

        // And the next patient starts afresh.
        rig.flow.setOperatingMode(OperatingMode::Unattended);
        rig.cardFace.setReading(collation());
        rig.cardFace.setDelay(0);
        placeCard();
    }

    void consentItemsPerSettings_data()
    {
        QTest::addColumn<ConsentSettings>("settings");
        QTest::addColumn<QList<ConsentItem>>("asked");
        const ConsentSettings defaults;
        ConsentSettings all;
        all.surgery = true;
        all.medicalCare = true;
        ConsentSettings combined = all;
        combined.combined = true;
        ConsentSettings combinedHighCost = combined;
        combinedHighCost.highCostCare = true;
        ConsentSettings highCostOnly = noConsents();
        highCostOnly.highCostCare = true;
        ConsentSettings surgeryOnly = noConsents();
        surgeryOnly.surgery = true;

        QTest::newRow("defaults") << defaults << QList<ConsentItem>{ConsentItem::Medication, ConsentItem::HealthCheck};
        QTest::newRow("all four") << all
                                  << QList<ConsentItem>{ConsentItem::Medication, ConsentItem::HealthCheck,
                                                        ConsentItem::Surgery, ConsentItem::MedicalCare};
        QTest::newRow("combined") << combined << QList<ConsentItem>{ConsentItem::All};
        QTest::newRow("combined and high-cost") << combinedHighCost
                                                << QList<ConsentItem>{ConsentItem::All, ConsentItem::HighCostCare};
        QTest::newRow("high-cost only") << highCostOnly << QList<ConsentItem>{ConsentItem::HighCostCare};
        QTest::newRow("surgery only") << surgeryOnly << QList<ConsentItem>{ConsentItem::Surgery};
        QTest::newRow("none") << noConsents() << QList<ConsentItem>{};
    }

    void consentItemsPerSettings()
    {
        QFETCH(ConsentSettings, settings);
        QFETCH(QList<ConsentItem>, asked);
        Rig &rig = *m_rig;
        QVERIFY(ConsentSettings{}.medication && ConsentSettings{}.healthCheck);
        QVERIFY(!ConsentSettings{}.surgery && !ConsentSettings{}.medicalCare && !ConsentSettings{}.highCostCare);
        rig.flow.setConsentSettings(settings);
        placeCard();
        choose(VerificationMethod::Pin);
        enterPin(Pin);
        QList<ConsentItem> seen;
        for (int i = 0; i < 8 && rig.flow.state() == State::Consent; ++i) {
            seen << *rig.flow.currentConsent();
            answerConsent(true);
        }
        QCOMPARE(seen, asked);
        QCOMPARE(rig.flow.state(), State::Finished);
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.outcomes[0].consentsAsked, int(asked.size()));
        QCOMPARE(rig.outcomes[0].consentsAgreed, int(asked.size()));
        QCOMPARE(rig.outcomes[0].consentsDeclined, 0);
    }

    void consentTimesOut()
    {
        Rig &rig = *m_rig;
        placeCard();
        choose(VerificationMethod::Pin);
        enterPin(Pin);
        QTRY_COMPARE(rig.flow.state(), State::Consent);
        rig.clock.advance(PatientFlow::Timeouts{}.consentMs);
        QCOMPARE(rig.flow.state(), State::Finished);
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.outcomes[0].result, Outcome::Timeout);
        QCOMPARE(rig.outcomes[0].reasonCode, u"006"_s);
    }

    void visualCheckMode_data()
    {
        QTest::addColumn<bool>("confirmed");
        QTest::newRow("staff confirm") << true;
        QTest::newRow("staff decline") << false;
    }

    void visualCheckMode()
    {
        QFETCH(bool, confirmed);
        Rig &rig = *m_rig;
        QCOMPARE(rig.flow.operatingMode(), OperatingMode::Unattended);
        rig.flow.setOperatingMode(OperatingMode::VisualCheck);
        rig.flow.setConsentSettings(noConsents());
        QSignalSpy states(&rig.flow, &PatientFlow::stateChanged);
        rig.flow.cardPlaced(rig.card);
        rig.clock.advance(0);
        QTRY_COMPARE(rig.flow.state(), State::VisualCheck);
        QCOMPARE(rig.scene<MessageScene>()->kind(), MessageScene::Kind::Notice);
        for (const QList<QVariant> &args : states)
            QVERIFY(args.at(0).value<State>() != State::ChoosingMethod);
        rig.tap(MethodChoiceScene::buttonArea(VerificationMethod::Pin));
        QCoreApplication::processEvents();
        QCOMPARE(rig.flow.state(), State::VisualCheck);

        rig.flow.confirmVisually(confirmed);
        QCOMPARE(rig.flow.state(), State::Finished);
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.outcomes[0].method, FlowOutcome::Method::Visual);
        QCOMPARE(rig.outcomes[0].mode, OperatingMode::VisualCheck);
        QCOMPARE(rig.outcomes[0].result, confirmed ? Outcome::Success : Outcome::Failure);
        QCOMPARE(rig.outcomes[0].reasonCode, confirmed ? QString() : u"007"_s);
        QCOMPARE(rig.outcomes[0].toCbor().value(u"mode"_s).toString(), u"visual-check"_s);
    }

    void modeChangeWaitsForTheNextCard()
    {
        Rig &rig = *m_rig;
        rig.face.script({{FaceVerdict::NoMatch, 0}});
        placeCard();
        rig.flow.setOperatingMode(OperatingMode::VisualCheck);
        choose(VerificationMethod::Face);
        rig.clock.advance(0);
        QCOMPARE(rig.flow.state(), State::ChoosingMethod);
        rig.flow.cancel();
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.outcomes[0].mode, OperatingMode::Unattended);
        rig.flow.cardRemoved();
        rig.flow.cardPlaced(rig.card);
        rig.clock.advance(0);
        QTRY_COMPARE(rig.flow.state(), State::VisualCheck);
    }

    void certificateNoticeWindow_data()
    {
        QTest::addColumn<QDate>("expiry");
        QTest::addColumn<bool>("notice");
        const QDate today(2026, 4, 1);
        QTest::newRow("in a year") << today.addYears(1) << false;
        QTest::newRow("in 3 months and a day") << today.addMonths(3).addDays(1) << false;
        QTest::newRow("in exactly 3 months") << today.addMonths(3) << true;
        QTest::newRow("in a month") << today.addMonths(1) << true;
        QTest::newRow("today") << today << true;
        QTest::newRow("a month ago") << today.addMonths(-1) << true;
        QTest::newRow("3 months ago less a day") << today.addMonths(-3).addDays(1) << true;
        QTest::newRow("3 months ago") << today.addMonths(-3) << false;
        QTest::newRow("unknown") << QDate() << false;
    }

    void certificateNoticeWindow()
    {
        QFETCH(QDate, expiry);
        QFETCH(bool, notice);
        Rig &rig = *m_rig;
        QCOMPARE(PatientFlow::needsCertificateNotice(expiry, rig.clock.today()), notice);

        rig.cardFace.setReading(collation(), expiry);
        rig.flow.cardPlaced(rig.card);
        rig.clock.advance(0);
        QTRY_VERIFY(rig.flow.state() != State::UnlockingChip);
        if (notice) {
            QCOMPARE(rig.flow.state(), State::CertificateNotice);
            QCOMPARE(rig.scene<MessageScene>()->kind(), MessageScene::Kind::Notice);
            rig.clock.advance(PatientFlow::Timeouts{}.certificateNoticeMs - 1);
            QCOMPARE(rig.flow.state(), State::CertificateNotice);
            rig.clock.advance(1);
        }
        QCOMPARE(rig.flow.state(), State::ChoosingMethod);
        rig.flow.cancel();
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.outcomes[0].certificateNotice, notice);
        QCOMPARE(rig.outcomes[0].durationOf(FlowStep::CertificateNotice),
                 notice ? PatientFlow::Timeouts{}.certificateNoticeMs : 0);
    }

    void cancelEndsTheCheck()
    {
        Rig &rig = *m_rig;
        placeCard();
        choose(VerificationMethod::Pin);
        rig.tap(PinPadScene::keyArea(PinPadScene::Key9));
        QTRY_COMPARE(rig.scene<PinPadScene>()->entered(), 1);
        rig.flow.cancel();
        QCOMPARE(rig.flow.state(), State::Finished);
        QCOMPARE(rig.scene<MessageScene>()->kind(), MessageScene::Kind::Notice);
        QCOMPARE(rig.outcomes.size(), 1);
        QCOMPARE(rig.outcomes[0].result, Outcome::Cancelled);
        rig.flow.cancel();
        QCOMPARE(rig.outcomes.size(), 1);
        rig.flow.cardRemoved();
        QCOMPARE(rig.flow.state(), State::Idle);
        QCOMPARE(rig.outcomes.size(), 1);
    }

    void outcomeCarriesNoPersonalData()
    {
        Rig &rig = *m_rig;
        rig.cardFace.setDelay(700);
        rig.face.script({{FaceVerdict::NoMatch, 900}});
        rig.flow.cardPlaced(rig.card);
        rig.clock.advance(700);
        QTRY_COMPARE(rig.flow.state(), State::ChoosingMethod);
        choose(VerificationMethod::Face);
        rig.clock.advance(900);
        choose(VerificationMethod::Pin);
        enterPin(u"1234"_s);
        enterPin(Pin);
        QTRY_COMPARE(rig.flow.state(), State::Consent);
        answerConsent(true);
        answerConsent(false);
        QCOMPARE(rig.outcomes.size(), 1);
        const FlowOutcome &outcome = rig.outcomes[0];

        const QCborMap map = outcome.toCbor();
        QCOMPARE(map.value(u"method"_s).toString(), u"pin"_s);
        QCOMPARE(map.value(u"result"_s).toString(), u"success"_s);
        QCOMPARE(map.value(u"mode"_s).toString(), u"unattended"_s);
        QVERIFY(!map.contains(u"code"_s));
        QCOMPARE(map.value(u"faceAttempts"_s).toInteger(), 1);
        QCOMPARE(map.value(u"pinAttempts"_s).toInteger(), 2);
        QCOMPARE(map.value(u"consents"_s).toMap().value(u"asked"_s).toInteger(), 2);
        QCOMPARE(map.value(u"consents"_s).toMap().value(u"agreed"_s).toInteger(), 1);
        QCOMPARE(map.value(u"consents"_s).toMap().value(u"declined"_s).toInteger(), 1);
        const QCborArray steps = map.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 7); // the method choice twice, around the failed face check
        QCOMPARE(steps.at(0).toMap().value(u"step"_s).toString(), u"card-face"_s);
        QCOMPARE(steps.at(0).toMap().value(u"ms"_s).toInteger(), 700);
        QCOMPARE(steps.at(3).toMap().value(u"step"_s).toString(), u"face"_s);
        QCOMPARE(steps.at(3).toMap().value(u"ms"_s).toInteger(), 900);

        QStringList keys;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            keys << it.key().toString();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"certificateNotice"_s, u"consents"_s, u"faceAttempts"_s, u"method"_s, u"mode"_s,
                                    u"pinAttempts"_s, u"result"_s, u"steps"_s, u"totalMs"_s}));

        const QByteArray wire = QCborValue(map).toCbor();
        const QString diagnostic = QCborValue(map).toDiagnosticNotation();
        for (const QString &secret : {Pin, u"1234"_s, Collation, u"640107"_s, u"0417"_s, u"1989"_s, u"2031"_s, Name,
                                      Address, u"男"_s}) {
            QVERIFY2(!diagnostic.contains(secret), qPrintable(secret));
            QVERIFY(!wire.contains(secret.toUtf8()));
        }
        QVERIFY(!diagnostic.contains(u"h'"_s)); // no byte strings: no image, no digits
    }

    // What the charts hold against the 5 s requirement.
    void faceToEndCountsFromTheLastFaceStep()
    {
        FlowOutcome outcome;
        outcome.method = FlowOutcome::Method::Face;
        outcome.steps = {{FlowStep::CardFace, 700}, {FlowStep::Chip, 200},   {FlowStep::MethodChoice, 500},
                         {FlowStep::Face, 3000},    {FlowStep::MethodChoice, 400}, {FlowStep::Face, 800},
                         {FlowStep::Consent, 1500}, {FlowStep::Consent, 900}};
        QCOMPARE(outcome.faceToEndMs(), 800 + 1500 + 900);
        outcome.method = FlowOutcome::Method::Pin;
        QCOMPARE(outcome.faceToEndMs(), -1);
        outcome.method = FlowOutcome::Method::Face;
        outcome.steps = {{FlowStep::CardFace, 700}};
        QCOMPARE(outcome.faceToEndMs(), -1);
    }
};

QTEST_MAIN(TestPatientFlow)
#include "testpatientflow.moc"
