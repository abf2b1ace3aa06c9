// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/flow/flowoutcomefeed.h"
#include "app/readercommands.h"
#include "devicelink/protocol.h"
#include "devicelink/readerlink.h"
#include "readerstack/card/virtualmynumbercard.h"
#include "readerstack/device/readerdevice.h"
#include "readerstack/flow/patientflow.h"
#include "readerstack/host/readerhost.h"
#include "readerstack/scenario/readerscenario.h"
#include "readerstack/screen/consentscene.h"
#include "readerstack/screen/idlescreen.h"
#include "readerstack/screen/methodchoicescene.h"
#include "readerstack/screen/pinpadscene.h"
#include "readerstack/screen/readerscreen.h"
#include "tests/support/consolefixture.h"

#include <QCborArray>
#include <QCborValue>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace TestSupport;
using namespace Qt::StringLiterals;

using State = PatientFlow::State;
using ConsentItem = PatientFlow::ConsentItem;

namespace {

const QString Serial = u"MDG-FLOW-0001"_s;
const QString Pin = u"4711"_s;
const QString WrongPin = u"1111"_s;

// What an outcome may hold: counts, names and times, nothing of the patient.
const QStringList OutcomeKeys = {u"method"_s, u"result"_s, u"mode"_s, u"code"_s, u"steps"_s, u"totalMs"_s,
                                 u"faceAttempts"_s, u"pinAttempts"_s, u"consents"_s, u"certificateNotice"_s};

} // namespace

class TestPatientFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pinSuccess();
    void pinLockout();
    void faceSuccess();
    void faceFailureFallsBackToPin();
    void unreadableCard();
    void otherCard();
    void cardIgnoredWhileStopped();
    void stoppingCancelsCheck();
    void flowSettingsRoundTrip();
    void flowSettingsRejectBadArgs_data();
    void flowSettingsRejectBadArgs();
    void flowSettingsDefaultsFromOldStateFile();
    void visualCheckAnsweredFromConsole_data();
    void visualCheckAnsweredFromConsole();
    void visualCheckAnswerWithoutPatientRefused();
    void consoleChangesOnlyWhatDiffers();

private:
    bool startHost();
    bool pairAndStart();
    Result<QCborMap> request(const QString &op, const QCborMap &args = {});

    PatientFlow *flow() const { return m_host->flow(); }
    ReaderScenario *scenario() const { return m_host->scenario(); }
    void press(const QRect &area) { m_host->screen()->press(area.center()); }
    void enterPin(const QString &pin);
    void answerConsents(int count);
    // The one outcome the console received for the check just played.
    QCborMap receivedOutcome();
    void verifyNoPersonalData(const QCborMap &outcome);
    void verifyIdleAfterRemoval();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<Console::FlowOutcomeFeed> m_feed;
    std::unique_ptr<QSignalSpy> m_outcomes;
    std::unique_ptr<ReaderHost> m_host;
};

void TestPatientFlows::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_console = std::make_unique<ConsoleFixture>();
    m_feed = std::make_unique<Console::FlowOutcomeFeed>(m_console->fleet.get());
    m_outcomes = std::make_unique<QSignalSpy>(m_feed.get(), &Console::FlowOutcomeFeed::outcomeReceived);
    QVERIFY(startHost());
    QVERIFY(pairAndStart());
}

void TestPatientFlows::cleanup()
{
    m_host.reset();
    m_outcomes.reset();
    m_feed.reset();
    m_console.reset();
    m_dir.reset();
}

bool TestPatientFlows::startHost()
{
    ReaderHostOptions options;
    options.serial = Serial;
    options.stateDirectory = m_dir->filePath(u"reader"_s);
    Result<std::unique_ptr<ReaderHost>> host = ReaderHost::start(options);
    if (!host) {
        qWarning().noquote() << host.error().toLogString();
        return false;
    }
    m_host = std::move(host).value();
    return m_host->flow() && m_host->scenario();
}

bool TestPatientFlows::pairAndStart()
{
    m_console->fleet->connectTo(u"127.0.0.1"_s, m_host->port());
    if (!QTest::qWaitFor([this] { return m_console->registry.entry(Serial) != nullptr; }, 10000))
        return false;
    Error error;
    if (!m_console->registerReader(Serial, &error)) {
        qWarning().noquote() << error.toLogString();
        return false;
    }
    if (!QTest::qWaitFor([this] { return m_console->isTrusted(Serial); }, 10000))
        return false;
    if (const Error started = m_console->command(Serial, ReaderCommand::Start); started.isError())
        return false;
    return m_host->device()->state() == ReaderState::Running;
}

Result<QCborMap> TestPatientFlows::request(const QString &op, const QCborMap &args)
{
    ReaderLink *link = m_console->fleet->link(Serial);
    if (!link)
        return Error(ErrorCode::NotPaired, u"no link"_s);
    return waitForReply([&](ReaderLink::ReplyHandler done) { link->request(op, args, nullptr, std::move(done)); });
}

void TestPatientFlows::enterPin(const QString &pin)
{
    for (QChar digit : pin)
        press(PinPadScene::keyArea(digit.digitValue()));
    press(PinPadScene::keyArea(PinPadScene::KeyConfirm));
}

void TestPatientFlows::answerConsents(int count)
{
    for (int i = 0; i < count; ++i) {
        QTRY_COMPARE(flow()->state(), State::Consent);
        // Each answer brings the next question, or the end.
        QSignalSpy changed(flow(), &PatientFlow::stateChanged);
        press(ConsentScene::buttonArea(true));
        QTRY_VERIFY(changed.count() >= 1);
    }
}

QCborMap TestPatientFlows::receivedOutcome()
{
    if (!QTest::qWaitFor([this] { return m_outcomes->count() >= 1; }, 10000))
        return {};
    if (m_outcomes->count() != 1)
        return {};
    const QList<QVariant> arguments = m_outcomes->takeFirst();
    if (arguments.at(0).toString() != Serial)
        return {};
    return arguments.at(1).value<QCborMap>();
}

void TestPatientFlows::verifyNoPersonalData(const QCborMap &outcome)
{
    for (auto it = outcome.begin(); it != outcome.end(); ++it)
        QVERIFY2(OutcomeKeys.contains(it.key().toString()), qPrintable(it.key().toString()));
    const CardHolder holder = ReaderScenario::sampleHolder(Pin);
    const QByteArray wire = outcome.toCborValue().toCbor();
    const QByteArray text = QJsonDocument(outcome.toJsonObject()).toJson();
    QStringList secrets = {Pin, WrongPin, holder.name, holder.address, holder.securityCode,
                           holder.birthDate.toString(u"yyyyMMdd"_s), holder.expiryDate.toString(u"yyyyMMdd"_s)};
    if (scenario()->card())
        secrets << QString::fromLatin1(scenario()->card()->collationDigits());
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY2(!wire.contains(secret.toUtf8()), "personal data in the outcome");
        QVERIFY2(!text.contains(secret.toUtf8()), "personal data in the outcome");
    }
    // What the console keeps is what it was sent, and no more.
    QCOMPARE(m_feed->recent(Serial).constLast(), outcome);
}

void TestPatientFlows::verifyIdleAfterRemoval()
{
    scenario()->removeCard();
    QTRY_COMPARE(flow()->state(), State::Idle);
    auto *idle = dynamic_cast<IdleScene *>(m_host->screen()->scene());
    QVERIFY(idle);
    QCOMPARE(idle->content().state, ReaderState::Running);
    QCOMPARE(idle->content().serial, Serial);
    // Taking the card out after the end reports nothing more.
    QCOMPARE(m_outcomes->count(), 0);
}

void TestPatientFlows::pinSuccess()
{
    scenario()->placeCard(ReaderScenario::sampleHolder(Pin));
    QTRY_COMPARE(flow()->state(), State::ChoosingMethod);
    press(MethodChoiceScene::buttonArea(VerificationMethod::Pin));
    QTRY_COMPARE(flow()->state(), State::PinEntry);
    enterPin(Pin);
    answerConsents(2); // 薬剤 and 特定健診, the defaults
    QTRY_COMPARE(flow()->state(), State::Finished);

    const QCborMap outcome = receivedOutcome();
    QCOMPARE(outcome.value(u"method"_s).toString(), u"pin"_s);
    QCOMPARE(outcome.value(u"result"_s).toString(), u"success"_s);
    QVERIFY(!outcome.contains(u"code"_s));
    QCOMPARE(outcome.value(u"pinAttempts"_s).toInteger(), 1);
    QCOMPARE(outcome.value(u"consents"_s).toMap().value(u"agreed"_s).toInteger(), 2);
    verifyNoPersonalData(outcome);
    verifyIdleAfterRemoval();
}

void TestPatientFlows::pinLockout()
{
    scenario()->placeCard(ReaderScenario::sampleHolder(Pin));
    QTRY_COMPARE(flow()->state(), State::ChoosingMethod);
    press(MethodChoiceScene::buttonArea(VerificationMethod::Pin));
    QTRY_COMPARE(flow()->state(), State::PinEntry);
    for (int triesLeft = VirtualMyNumberCard::PinTries - 1; triesLeft >= 1; --triesLeft) {
        enterPin(WrongPin);
        QTRY_COMPARE(flow()->pinTriesLeft(), triesLeft);
        QCOMPARE(flow()->state(), State::PinEntry);
    }
    enterPin(WrongPin);
    QTRY_COMPARE(flow()->state(), State::Finished);
    QCOMPARE(scenario()->card()->pinTriesLeft(), 0);

    const QCborMap outcome = receivedOutcome();
    QCOMPARE(outcome.value(u"method"_s).toString(), u"pin"_s);
    QCOMPARE(outcome.value(u"result"_s).toString(), u"failure"_s);
    QCOMPARE(outcome.value(u"code"_s).toString(), u"005"_s);
    QCOMPARE(outcome.value(u"pinAttempts"_s).toInteger(), 3);
    verifyNoPersonalData(outcome);
    verifyIdleAfterRemoval();
}

void TestPatientFlows::faceSuccess()
{
    scenario()->setFaceVerdict(FaceVerdict::Match);
    scenario()->placeCard(ReaderScenario::sampleHolder(Pin));
    QTRY_COMPARE(flow()->state(), State::ChoosingMethod);
    press(MethodChoiceScene::buttonArea(VerificationMethod::Face));
    answerConsents(2);
    QTRY_COMPARE(flow()->state(), State::Finished);

    const QCborMap outcome = receivedOutcome();
    QCOMPARE(outcome.value(u"method"_s).toString(), u"face"_s);
    QCOMPARE(outcome.value(u"result"_s).toString(), u"success"_s);
    QCOMPARE(outcome.value(u"faceAttempts"_s).toInteger(), 1);
    verifyNoPersonalData(outcome);
    verifyIdleAfterRemoval();
}

void TestPatientFlows::faceFailureFallsBackToPin()
{
    scenario()->setFaceVerdict(FaceVerdict::NoMatch);
    scenario()->placeCard(ReaderScenario::sampleHolder(Pin));
    QTRY_COMPARE(flow()->state(), State::ChoosingMethod);
    QSignalSpy states(flow(), &PatientFlow::stateChanged);
    press(MethodChoiceScene::buttonArea(VerificationMethod::Face));
    // The verdict comes at once: face check and back to the choice.
    QTRY_COMPARE(states.count(), 2);
    QCOMPARE(states.at(0).at(0).value<State>(), State::FaceVerification);
    QCOMPARE(flow()->state(), State::ChoosingMethod);
    press(MethodChoiceScene::buttonArea(VerificationMethod::Pin));
    QTRY_COMPARE(flow()->state(), State::PinEntry);
    enterPin(Pin);
    answerConsents(2);
    QTRY_COMPARE(flow()->state(), State::Finished);

    const QCborMap outcome = receivedOutcome();
    QCOMPARE(outcome.value(u"method"_s).toString(), u"pin"_s);
    QCOMPARE(outcome.value(u"result"_s).toString(), u"success"_s);
    QCOMPARE(outcome.value(u"faceAttempts"_s).toInteger(), 1);
    verifyNoPersonalData(outcome);
}

void TestPatientFlows::unreadableCard()
{
    scenario()->placeUnreadableCard();
    QTRY_COMPARE(flow()->state(), State::Finished);
    const QCborMap outcome = receivedOutcome();
    QCOMPARE(outcome.value(u"result"_s).toString(), u"error"_s);
    QCOMPARE(outcome.value(u"code"_s).toString(), u"001"_s);
    QCOMPARE(outcome.value(u"method"_s).toString(), u"none"_s);
    verifyNoPersonalData(outcome);
    verifyIdleAfterRemoval();
}

void TestPatientFlows::otherCard()
{
    scenario()->placeOtherCard();
    QTRY_COMPARE(flow()->state(), State::Finished);
    const QCborMap outcome = receivedOutcome();
    QCOMPARE(outcome.value(u"result"_s).toString(), u"error"_s);
    QCOMPARE(outcome.value(u"code"_s).toString(), u"002"_s);
    verifyNoPersonalData(outcome);
    verifyIdleAfterRemoval();
}

void TestPatientFlows::cardIgnoredWhileStopped()
{
    QVERIFY(!m_console->command(Serial, ReaderCommand::Stop).isError());
    QTRY_COMPARE(m_host->device()->state(), ReaderState::Stopped);
    const quint64 renders = m_host->screen()->renderCount();
    scenario()->placeCard(ReaderScenario::sampleHolder(Pin));
    QCoreApplication::processEvents();
    QCOMPARE(flow()->state(), State::Idle);
    QCOMPARE(m_host->screen()->renderCount(), renders);
    auto *idle = dynamic_cast<IdleScene *>(m_host->screen()->scene());
    QVERIFY(idle);
    QCOMPARE(idle->content().state, ReaderState::Stopped);
    scenario()->removeCard();
    QCOMPARE(m_outcomes->count(), 0);
}

void TestPatientFlows::stoppingCancelsCheck()
{
    scenario()->placeCard(ReaderScenario::sampleHolder(Pin));
    QTRY_COMPARE(flow()->state(), State::ChoosingMethod);
    QVERIFY(!m_console->command(Serial, ReaderCommand::Stop).isError());
    QTRY_COMPARE(flow()->state(), State::Idle);
    const QCborMap outcome = receivedOutcome();
    QCOMPARE(outcome.value(u"result"_s).toString(), u"cancelled"_s);
    auto *idle = dynamic_cast<IdleScene *>(m_host->screen()->scene());
    QVERIFY(idle);
    QCOMPARE(idle->content().state, ReaderState::Stopped);
}

void TestPatientFlows::flowSettingsRoundTrip()
{
    const Result<QCborMap> defaults = request(QString(Op::FlowSettings));
    QVERIFY(defaults);
    QCOMPARE(defaults.value().value(u"medication"_s).toBool(), true);
    QCOMPARE(defaults.value().value(u"healthCheck"_s).toBool(), true);
    QCOMPARE(defaults.value().value(u"surgery"_s).toBool(), false);
    QCOMPARE(defaults.value().value(u"mode"_s).toString(), u"unattended"_s);
    QCOMPARE(defaults.value().value(u"faceTimeoutS"_s).toInteger(), 30);

    QCborMap args;
    args.insert(u"surgery"_s, true);
    args.insert(u"healthCheck"_s, false);
    args.insert(u"highCost"_s, true);
    args.insert(u"mode"_s, u"visualCheck"_s);
    args.insert(u"faceTimeoutS"_s, 45);
    const Result<QCborMap> set = request(QString(Op::SetFlowSettings), args);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().toLogString()));
    QCOMPARE(set.value().value(u"surgery"_s).toBool(), true);
    QCOMPARE(set.value().value(u"medication"_s).toBool(), true);
    const Result<QCborMap> read = request(QString(Op::FlowSettings));
    QVERIFY(read);
    QCOMPARE(read.value(), set.value());

    QCOMPARE(flow()->operatingMode(), OperatingMode::VisualCheck);
    QCOMPARE(flow()->timeouts().faceMs, 45'000);
    QCOMPARE(flow()->consentSettings().surgery, true);
    QCOMPARE(flow()->consentSettings().healthCheck, false);
    QCOMPARE(flow()->consentSettings().highCostCare, true);

    // The setting reaches the next patient: 目視確認モード, then 薬剤, 手術, 高額療養費.
    scenario()->placeCard(ReaderScenario::sampleHolder(Pin));
    QTRY_COMPARE(flow()->state(), State::VisualCheck);
    flow()->confirmVisually(true);
    QTRY_VERIFY(flow()->currentConsent() == ConsentItem::Medication);
    answerConsents(3);
    QTRY_COMPARE(flow()->state(), State::Finished);
    const QCborMap outcome = receivedOutcome();
    QCOMPARE(outcome.value(u"method"_s).toString(), u"visual"_s);
    QCOMPARE(outcome.value(u"mode"_s).toString(), u"visual-check"_s);
    QCOMPARE(outcome.value(u"consents"_s).toMap().value(u"asked"_s).toInteger(), 3);
    verifyNoPersonalData(outcome);
    scenario()->removeCard();

    // A restart with the same state directory keeps them.
    m_host.reset();
    QVERIFY(startHost());
    QCOMPARE(m_host->device()->flowSettings().toCbor(), set.value());
    QCOMPARE(flow()->operatingMode(), OperatingMode::VisualCheck);
    QCOMPARE(flow()->timeouts().faceMs, 45'000);
    QCOMPARE(flow()->consentSettings().surgery, true);
}

void TestPatientFlows::flowSettingsRejectBadArgs_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QCborValue>("value");
    QTest::newRow("consent not a bool") << u"medication"_s << QCborValue(u"yes"_s);
    QTest::newRow("combined as number") << u"combined"_s << QCborValue(1);
    QTest::newRow("unknown mode") << u"mode"_s << QCborValue(u"automatic"_s);
    QTest::newRow("mode not a string") << u"mode"_s << QCborValue(true);
    QTest::newRow("timeout too short") << u"faceTimeoutS"_s << QCborValue(9);
    QTest::newRow("timeout too long") << u"faceTimeoutS"_s << QCborValue(121);
    QTest::newRow("timeout fractional") << u"faceTimeoutS"_s << QCborValue(30.5);
    QTest::newRow("timeout as text") << u"faceTimeoutS"_s << QCborValue(u"30"_s);
    QTest::newRow("unknown key") << u"dental"_s << QCborValue(true);
}

void TestPatientFlows::flowSettingsRejectBadArgs()
{
    QFETCH(QString, key);
    QFETCH(QCborValue, value);
    const FlowSettings before = m_host->device()->flowSettings();
    QCborMap args;
    // A valid change alongside is not applied either.
    args.insert(u"surgery"_s, true);
    args.insert(key, value);
    const Result<QCborMap> set = request(QString(Op::SetFlowSettings), args);
    QVERIFY(!set);
    QCOMPARE(set.error().code(), ErrorCode::InvalidArgument);
    QVERIFY2(set.error().detail().contains(key), qPrintable(set.error().detail()));
    QCOMPARE(m_host->device()->flowSettings(), before);
    QCOMPARE(flow()->consentSettings(), before.consent);
}

void TestPatientFlows::flowSettingsDefaultsFromOldStateFile()
{
    m_host.reset();
    // The state file as readers wrote it before the flow settings.
    const QString path = m_dir->filePath(u"reader/state.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QVERIFY(object.contains(u"flow"_s));
    object.remove(u"flow"_s);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(object).toJson());
    file.close();

    QVERIFY(startHost());
    QVERIFY(m_host->startupWarnings().isEmpty());
    QCOMPARE(m_host->device()->state(), ReaderState::Running);
    QCOMPARE(m_host->device()->flowSettings(), FlowSettings());
    QCOMPARE(flow()->consentSettings(), ConsentSettings());
    QCOMPARE(flow()->operatingMode(), OperatingMode::Unattended);
    QCOMPARE(flow()->timeouts().faceMs, 30'000);
}



void TestPatientFlows::visualCheckAnsweredFromConsole_data()
{
    QTest::addColumn<bool>("confirmed");
    QTest::newRow("confirmed") << true;
    QTest::newRow("not confirmed") << false;
}

void TestPatientFlows::visualCheckAnsweredFromConsole()
{
    QFETCH(bool, confirmed);
    Console::ReaderCommands commands(m_console->fleet.get(), &m_console->registry);
    QSignalSpy received(&commands, &Console::ReaderCommands::flowSettingsReceived);
    FlowSettings visual;
    visual.mode = OperatingMode::VisualCheck;
    commands.changeFlowSettings(Serial, FlowSettings(), visual);
    QVERIFY(received.wait());
    QCOMPARE(received.constLast().at(1).value<FlowSettings>().mode, OperatingMode::VisualCheck);
    QCOMPARE(m_host->device()->flowSettings().mode, OperatingMode::VisualCheck);

    QVERIFY(!m_console->registry.entry(Serial)->visualCheckPending);
    scenario()->placeCard(ReaderScenario::sampleHolder(Pin));
    QTRY_COMPARE(flow()->state(), State::VisualCheck);
    // The console learns it from the reader's status, without polling.
    QTRY_VERIFY(m_console->registry.entry(Serial)->visualCheckPending);

    QSignalSpy finished(&commands, &Console::ReaderCommands::visualCheckFinished);
    commands.confirmVisually(Serial, confirmed);
    QVERIFY(finished.wait());
    QCOMPARE(finished.constFirst().at(1).toBool(), confirmed);
    QVERIFY(!finished.constFirst().at(2).value<Error>().isError());
    QTRY_VERIFY(!m_console->registry.entry(Serial)->visualCheckPending);
    if (confirmed)
        answerConsents(2);
    QTRY_COMPARE(flow()->state(), State::Finished);

    const QCborMap outcome = receivedOutcome();
    QCOMPARE(outcome.value(u"method"_s).toString(), u"visual"_s);
    QCOMPARE(outcome.value(u"mode"_s).toString(), u"visual-check"_s);
    QCOMPARE(outcome.value(u"result"_s).toString(), confirmed ? u"success"_s : u"failure"_s);
    if (!confirmed)
        QCOMPARE(outcome.value(u"code"_s).toString(), u"007"_s);
    verifyNoPersonalData(outcome);
    verifyIdleAfterRemoval();
}

void TestPatientFlows::visualCheckAnswerWithoutPatientRefused()
{
    Console::ReaderCommands commands(m_console->fleet.get(), &m_console->registry);
    QSignalSpy finished(&commands, &Console::ReaderCommands::visualCheckFinished);
    commands.confirmVisually(Serial, true);
    QVERIFY(finished.wait());
    QCOMPARE(finished.constFirst().at(2).value<Error>().code(), ErrorCode::NoVisualCheckPending);
    QCOMPARE(flow()->state(), State::Idle);

    const Result<QCborMap> malformed = request(QString(Op::ConfirmVisually), {{u"confirmed"_s, u"yes"_s}});
    QVERIFY(!malformed);
    QCOMPARE(malformed.error().code(), ErrorCode::InvalidArgument);

    commands.confirmVisually(u"MDG-NOT-HERE"_s, true);
    QVERIFY(finished.wait());
    QCOMPARE(finished.constLast().at(2).value<Error>().code(), ErrorCode::UnknownReader);
}

void TestPatientFlows::consoleChangesOnlyWhatDiffers()
{
    Console::ReaderCommands commands(m_console->fleet.get(), &m_console->registry);
    QSignalSpy received(&commands, &Console::ReaderCommands::flowSettingsReceived);
    commands.fetchFlowSettings(Serial);
    QVERIFY(received.wait());
    const FlowSettings before = received.takeFirst().at(1).value<FlowSettings>();
    QCOMPARE(before, FlowSettings());

    // Another session changes the face time limit meanwhile; this console
    // sends only the consent it changed and must not undo the other change.
    QVERIFY(request(QString(Op::SetFlowSettings), {{QString(FlowField::FaceTimeoutS), 45}}));
    FlowSettings after = before;
    after.consent.surgery = true;
    QCOMPARE(after.changesFrom(before), (QCborMap{{QString(FlowField::Surgery), true}}));
    commands.changeFlowSettings(Serial, before, after);
    QVERIFY(received.wait());
    const FlowSettings confirmed = received.takeFirst().at(1).value<FlowSettings>();
    QVERIFY(confirmed.consent.surgery);
    QCOMPARE(confirmed.faceTimeoutS, 45);
    QCOMPARE(m_host->device()->flowSettings(), confirmed);

    QSignalSpy failed(&commands, &Console::ReaderCommands::flowSettingsFailed);
    FlowSettings tooShort = confirmed;
    tooShort.faceTimeoutS = FlowSettings::MinFaceTimeoutS - 1;
    commands.changeFlowSettings(Serial, confirmed, tooShort);
    QVERIFY(failed.wait());
    QCOMPARE(failed.constFirst().at(1).value<Error>().code(), ErrorCode::InvalidArgument);
    QCOMPARE(m_host->device()->flowSettings(), confirmed);
}

QTEST_MAIN(TestPatientFlows)
#include "testpatientflows.moc"
