// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/consolecore.h"
#include "app/emulatedreaders.h"
#include "app/readercommands.h"
#include "app/training/traininglivechecks.h"
#include "app/training/trainingmode.h"
#include "app/troubleshooting/consoleflowactions.h"
#include "app/troubleshooting/flowengine.h"
#include "app/troubleshooting/flowlibrary.h"
#include "app/troubleshooting/linuxlivechecks.h"
#include "app/troubleshooting/supportsummary.h"
#include "devicelink/readerregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

const QString First = u"EMU-0001"_s;
const QString Second = u"EMU-0002"_s;

// What the person at the desk does at a step that waits for them: the
// answer's index, and what they did before answering (re-seat a cable).
struct Move
{
    Move(int index, std::function<void()> action = {})
        : answer(index)
        , before(std::move(action))
    {
    }
    int answer;
    std::function<void()> before;
};

struct Play
{
    QStringList visited;
    std::optional<FlowNode::Outcome> outcome;
    QString endNode;
    SupportSummary summary;
};

} // namespace

// Every troubleshooting flow, played against two emulated readers of a real
// console in the training mode, with the fault of its symptom injected: the
// live checks meet the fault through the console's real link and registry,
// the one-click actions act on the readers, and the flow ends in "solved"
// where the fix is automatic (起動, enabling the adapter, the reader back on
// its new port) or in "contact support" with a summary that names the
// readers, their versions and codes and every step taken. The PC's own
// checks run on an empty fake system, so the paths are the same on every
// machine: what the platform cannot tell is answered as the person would.
class TestFlowFaults final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_sys;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleCore> m_core;
    std::unique_ptr<TrainingLiveChecks> m_checks;

    const ReaderEntry *entry(const QString &serial) const { return m_core->registry()->entry(serial); }
    bool trusted(const QString &serial) const { return entry(serial) && entry(serial)->trusted; }

    void inject(TrainingFault fault, const QString &serial = First)
    {
        const Result<void> set = m_core->training()->setFault(fault, serial, true);
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toLogString()));
    }

    // Plays flowId for serial, answering each waiting step from moves.
    Play play(const QString &flowId, const QString &serial, const std::map<QString, Move> &moves)
    {
        Play result;
        const FlowDefinition *flow = m_core->flows()->flow(flowId);
        if (!flow) {
            QTest::qFail(qPrintable(u"no flow "_s + flowId), __FILE__, __LINE__);
            return result;
        }
        FlowEngine engine(*flow, *m_checks, *m_core->flowActions(), serial);
        engine.start();
        for (int steps = 0; steps < 80 && engine.stage() != FlowEngine::Stage::Finished; ++steps) {
            if (!QTest::qWaitFor([&] {
                    return engine.stage() != FlowEngine::Stage::Checking && engine.stage() != FlowEngine::Stage::Acting;
                }, 30000)) {
                QTest::qFail(qPrintable(u"stuck at "_s + engine.currentNode()->id), __FILE__, __LINE__);
                return result;
            }
            const QString node = engine.currentNode()->id;
            switch (engine.stage()) {
            case FlowEngine::Stage::Action:
                engine.perform();
                break;
            case FlowEngine::Stage::Question:
            case FlowEngine::Stage::AskingInstead: {
                const auto move = moves.find(node);
                if (move == moves.end()) {
                    QTest::qFail(qPrintable(flowId + u": no answer for "_s + node), __FILE__, __LINE__);
                    return result;
                }
                if (move->second.before)
                    move->second.before();
                if (QTest::currentTestFailed())
                    return result;
                const Result<void> answered = engine.answer(move->second.answer);
                if (!answered.ok()) {
                    QTest::qFail(qPrintable(node + u": "_s + answered.error().toLogString()), __FILE__, __LINE__);
                    return result;
                }
                break;
            }
            default:
                break;
            }
        }
        result.outcome = engine.outcome();
        result.endNode = engine.currentNode()->id;
        // Every node entered, the checks that ran by themselves among them.
        result.visited.clear();
        for (const FlowStep &step : engine.transcript())
            result.visited << step.nodeId;
        result.visited << result.endNode;
        result.summary = SupportSummary::fromRun(engine, m_core->readerFacts(), QDateTime::currentDateTimeUtc());
        return result;
    }

    // What support needs, complete: the flow, the reader, every reader with
    // its versions, every step taken, and nothing that could be a My Number
    // or a PIN.
    void verifySupportSummary(const Play &played, const QString &flowId, const QString &serial)
    {
        const SupportSummary &summary = played.summary;
        QCOMPARE(summary.outcome, u"contactSupport"_s);
        QCOMPARE(summary.flowId, flowId);
        QCOMPARE(summary.serial, serial);
        QVERIFY(!summary.consoleVersion.isEmpty());
        QStringList serials;
        for (const ReaderFact &reader : summary.readers) {
            serials << reader.serial;
            if (reader.trusted) {
                QVERIFY2(!reader.software.isEmpty() && !reader.firmware.isEmpty(), qPrintable(reader.serial));
            }
        }
        QVERIFY(serials.contains(First) && serials.contains(Second));
        QStringList steps;
        for (const FlowStep &step : summary.transcript)
            steps << step.nodeId;
        QCOMPARE(steps + QStringList{played.endNode}, played.visited);
        const QJsonObject json = QJsonDocument::fromJson(summary.toJson()).object();
        QCOMPARE(json.value(u"flow"_s).toString(), flowId);
        QVERIFY(!summary.toText().contains(QRegularExpression(u"\\d{8,}"_s)));
    }

    void expectSolved(const Play &played, const QString &end = u"solved"_s)
    {
        QCOMPARE(played.outcome, std::optional(FlowNode::Outcome::Solved));
        QCOMPARE(played.endNode, end);
    }

    void expectSupport(const Play &played, const QString &end)
    {
        QCOMPARE(played.outcome, std::optional(FlowNode::Outcome::ContactSupport));
        QCOMPARE(played.endNode, end);
    }

    // The checks of the PC on an empty system tree (nothing to tell about
    // sleep, the eligibility system or other vendors) in session.
    void useSession(const QProcessEnvironment &session)
    {
        LinuxLiveChecks::Environment fake;
        fake.sysRoot = m_sys.filePath(u"sys"_s);
        fake.procRoot = m_sys.filePath(u"proc"_s);
        fake.etcRoot = m_sys.filePath(u"etc"_s);
        fake.variables = session;
        fake.addresses = [] { return QList<LinuxLiveChecks::InterfaceAddress>(); };
        fake.desktopSetting = [](const QString &, const QString &) { return QString(); };
        fake.logDirectory = m_dir->path();
        fake.minimumLogBytes = 1;
        fake.minimumSoftware = QVersionNumber(0, 1, 0);
        m_checks = std::make_unique<TrainingLiveChecks>(
            std::make_unique<LinuxLiveChecks>(std::move(fake), m_core->readerFacts()), m_core->training(),
            m_core->emulated());
    }

    void waitTrusted(const QString &serial)
    {
        QTRY_VERIFY_WITH_TIMEOUT(trusted(serial), 15000);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        ConsoleOptions options;
        options.dataDirectory = m_dir->path();
        options.discoveryAddress = QHostAddress::LocalHost;
        options.discoveryPort = 0;
        options.language = u"ja"_s;
        Result<std::unique_ptr<ConsoleCore>> created = ConsoleCore::create(options);
        QVERIFY(created.ok());
        m_core = std::move(created).value();
        QProcessEnvironment local;
        local.insert(u"XDG_SESSION_TYPE"_s, u"x11"_s);
        useSession(local);
        m_core->flowActions()->setSettleTimeoutMs(3000);

        Result<QStringList> attached = m_core->emulated()->attach(2);
        QVERIFY(attached.ok());
        for (const QString &serial : {First, Second}) {
            waitTrusted(serial);
            m_core->commands()->run(serial, ReaderCommand::Start);
            QTRY_COMPARE_WITH_TIMEOUT(entry(serial)->state, ReaderState::Running, 5000);
        }
        m_core->training()->setEnabled(true);
    }

    void cleanup()
    {
        m_checks.reset();
        m_core.reset();
        m_dir.reset();
    }

    void trainingFaultsNeedTheModeAndAnEmulatedReader()
    {
        m_core->training()->setEnabled(false);
        QCOMPARE(m_core->training()->setFault(TrainingFault::LinkDown, First, true).error().code(),
                 ErrorCode::TrainingUnavailable);
        m_core->training()->setEnabled(true);
        QCOMPARE(m_core->training()->setFault(TrainingFault::LinkDown, u"CAORA-123"_s, true).error().code(),
                 ErrorCode::TrainingUnavailable);
        inject(TrainingFault::LinkDown);
        QTRY_VERIFY_WITH_TIMEOUT(!trusted(First), 10000);
        QVERIFY(m_core->training()->hasFault(TrainingFault::LinkDown, First));
        // Turning the mode off gives the reader its cable back.
        m_core->training()->setEnabled(false);
        QVERIFY(!m_core->training()->hasFault(TrainingFault::LinkDown, First));
        waitTrusted(First);
    }

    // 接続を待っています at first setup: 起動 is the fix.
    void waitingForConnectionFirstStartIsSolvedByStarting()
    {
        m_core->commands()->run(First, ReaderCommand::Stop);
        QTRY_COMPARE_WITH_TIMEOUT(entry(First)->state, ReaderState::Stopped, 5000);
        const Play played = play(u"waiting-for-connection"_s, First,
                                 {{u"phase"_s, {0}},
                                  {u"first-shown"_s, {0, [this] {
                                       QTRY_COMPARE_WITH_TIMEOUT(entry(First)->state, ReaderState::Running, 5000);
                                   }}}});
        expectSolved(played);
        QVERIFY(played.visited.contains(u"first-start"_s));
    }

    // 接続を待っています in operation with the cable out: every check the
    // console can run is tried, and support gets the summary.
    void waitingForConnectionCableOutEndsWithSupport()
    {
        inject(TrainingFault::LinkDown);
        QTRY_VERIFY_WITH_TIMEOUT(!trusted(First), 10000);
        const Play played = play(u"waiting-for-connection"_s, First,
                                 {{u"phase"_s, {1}},
                                  {u"power"_s, {0}},
                                  {u"sleep"_s, {0}},
                                  {u"upnet"_s, {0}},
                                  {u"uninstall"_s, {1}},
                                  {u"vendor"_s, {0}}});
        expectSupport(played, u"logs"_s);
        for (const QString &node : {u"link"_s, u"adapter"_s, u"rndis"_s, u"hub"_s, u"ip"_s, u"final-link"_s})
            QVERIFY2(played.visited.contains(node), qPrintable(node));
        verifySupportSummary(played, u"waiting-for-connection"_s, First);
        // A cable out is no error code: the summary tells it by the state.
        bool waiting = false;
        for (const ReaderFact &reader : played.summary.readers)
            waiting |= reader.serial == First && reader.state == ReaderState::WaitingForConnection;
        QVERIFY(waiting);
    }

    // The adapter 無効: the guide enables it, the reader comes back.
    void usbNetworkAdapterDisabledIsEnabled()
    {
        inject(TrainingFault::AdapterDisabled);
        QTRY_VERIFY_WITH_TIMEOUT(!trusted(First), 10000);
        // Unplugging the reader does not enable the PC's adapter.
        QVERIFY(m_core->training()->replug(First).ok());
        QVERIFY(m_core->training()->adapterDisabled(First));
        QVERIFY(m_core->training()->hasFault(TrainingFault::LinkDown, First));
        const Play played = play(u"usb-network-adapter"_s, First, {{u"which"_s, {1}}});
        expectSolved(played);
        QVERIFY(played.visited.contains(u"enable"_s));
        QVERIFY(!m_core->training()->adapterDisabled(First));
        QVERIFY(trusted(First));
    }

    // Frozen by static electricity: unplugging and plugging in again (the
    // person does it at the 抜き差し step) brings it back.
    void frozenReaderIsBackAfterReplugging()
    {
        inject(TrainingFault::FrozenScreen);
        const Play played = play(u"frozen-after-static"_s, First,
                                 {{u"steps"_s, {0}},
                                  {u"power-only"_s, {0}},
                                  {u"power-button"_s, {0}},
                                  {u"restart-tap"_s, {0}},
                                  {u"replug"_s, {0, [this] {
                                       QVERIFY(m_core->training()->replug(First).ok());
                                       waitTrusted(First);
                                   }}},
                                  {u"start-button"_s, {0, [this] {
                                       QVERIFY(!m_core->training()->hasFault(TrainingFault::FrozenScreen, First));
                                       QTRY_COMPARE_WITH_TIMEOUT(entry(First)->state, ReaderState::Running, 5000);
                                   }}}});
        expectSolved(played);
        QCOMPARE(played.visited.first(), u"uptime"_s);
        QVERIFY(!played.visited.contains(u"long-run"_s));
    }

    // A reader whose clock says it ran for over a day: the guide notices,
    // and a reader that will not restart goes to support.
    void longRunningReaderThatWillNotRestartGoesToSupport()
    {
        inject(TrainingFault::ClockSkew);
        QTRY_VERIFY_WITH_TIMEOUT(entry(First)->uptimeMs > 24LL * 60 * 60 * 1000, 5000);
        const Play played = play(u"frozen-after-static"_s, First,
                                 {{u"long-run"_s, {0}},
                                  {u"steps"_s, {0}},
                                  {u"power-only"_s, {0}},
                                  {u"power-button"_s, {0}},
                                  {u"restart-tap"_s, {1}}});
        expectSupport(played, u"support"_s);
        QVERIFY(played.visited.contains(u"long-run"_s));
        verifySupportSummary(played, u"frozen-after-static"_s, First);
    }

    // Moved to another USB port: the reader is found on its new address.
    void usbPortChangeIsFollowed()
    {
        const quint16 before = entry(First)->port;
        inject(TrainingFault::PortChanged);
        QTRY_VERIFY_WITH_TIMEOUT(entry(First)->port != before && trusted(First), 15000);
        const Play played = play(u"usb-port-changed"_s, First, {{u"wait"_s, {0}}});
        expectSolved(played);
        QVERIFY(played.visited.contains(u"refresh"_s));
    }

    // Software below the minimum, not updated: the installer guide and support.
    void oldSoftwareNotUpdatedGoesToSupport()
    {
        inject(TrainingFault::OldSoftware);
        QTRY_COMPARE_WITH_TIMEOUT(trusted(First) ? entry(First)->description.software : QString(), u"0.0.9"_s,
                                  15000);
        const Play played = play(u"versions"_s, First, {{u"updated"_s, {1}}});
        expectSupport(played, u"installer"_s);
        QVERIFY(played.visited.contains(u"update"_s));
        verifySupportSummary(played, u"versions"_s, First);
        bool reported = false;
        for (const ReaderFact &reader : played.summary.readers)
            reported |= reader.serial == First && reader.firmware.endsWith(u"0.0.9"_s);
        QVERIFY(reported);
    }

    // Updated meanwhile: the version check passes the second time.
    void oldSoftwareUpdatedIsSolved()
    {
        inject(TrainingFault::OldSoftware);
        QTRY_COMPARE_WITH_TIMEOUT(trusted(First) ? entry(First)->description.software : QString(), u"0.0.9"_s,
                                  15000);
        const Play played = play(u"versions"_s, First,
                                 {{u"updated"_s, {0, [this] {
                                       QVERIFY(m_core->training()->setFault(TrainingFault::OldSoftware, First, false).ok());
                                       QTRY_VERIFY_WITH_TIMEOUT(trusted(First) && entry(First)->description.software != u"0.0.9"_s, 15000);
                                   }}},
                                  {u"windows"_s, {1}}});
        expectSolved(played);
        QVERIFY(played.visited.contains(u"recheck"_s));
    }

    // Face authentication on old software: update first, then support.
    void faceAuthenticationOnOldSoftwareGoesToSupport()
    {
        inject(TrainingFault::OldSoftware);
        QTRY_COMPARE_WITH_TIMEOUT(trusted(First) ? entry(First)->description.software : QString(), u"0.0.9"_s,
                                  15000);
        const Play played = play(u"face-authentication"_s, First, {{u"who"_s, {0}}, {u"placement"_s, {1}}});
        expectSupport(played, u"support"_s);
        QVERIFY(played.visited.contains(u"update"_s));
        verifySupportSummary(played, u"face-authentication"_s, First);
    }

    void tooFewLicencesGoesToSupport()
    {
        inject(TrainingFault::OverLicence);
        const Play played = play(u"licence-several-readers"_s, {}, {{u"added"_s, {1}}});
        expectSupport(played, u"support"_s);
        QVERIFY(played.visited.contains(u"add"_s));
        verifySupportSummary(played, u"licence-several-readers"_s, QString());
    }

    // No room for logs: freed by the person, then the zip for support.
    void logCollectionWithoutRoomAsksToFreeSpace()
    {
        inject(TrainingFault::LogDiskFull);
        const Play played = play(u"log-collection"_s, First,
                                 {{u"purpose"_s, {0}},
                                  {u"free-space"_s, {0, [this] {
                                       QVERIFY(m_core->training()->setFault(TrainingFault::LogDiskFull, {}, false).ok());
                                   }}}});
        expectSupport(played, u"send"_s);
        QCOMPARE(played.visited.count(u"space"_s), 2);
        QVERIFY(played.visited.contains(u"stop"_s));
        QTRY_COMPARE_WITH_TIMEOUT(entry(First)->state, ReaderState::Stopped, 5000);
        verifySupportSummary(played, u"log-collection"_s, First);
    }

    // Registration: 新規追加 greyed out because the adapter is off.
    void registrationWithAdapterOffIsSolved()
    {
        inject(TrainingFault::AdapterDisabled);
        QTRY_VERIFY_WITH_TIMEOUT(!trusted(First), 10000);
        const Play played = play(u"registration"_s, First,
                                 {{u"which"_s, {0}},
                                  {u"other-port"_s, {0}},
                                  {u"works-after"_s, {0, [this] { waitTrusted(First); }}}});
        expectSolved(played);
        QVERIFY(played.visited.contains(u"enable"_s));
    }

    void readerNetworkWithCableOutGoesToSupport()
    {
        inject(TrainingFault::LinkDown);
        QTRY_VERIFY_WITH_TIMEOUT(!trusted(First), 10000);
        const Play played = play(u"reader-network"_s, First, {{u"info"_s, {0}}});
        expectSupport(played, u"vendor"_s);
        verifySupportSummary(played, u"reader-network"_s, First);
    }

    void remoteDesktopCheckedHere()
    {
        expectSolved(play(u"remote-desktop"_s, {}, {}), u"local"_s);
        QProcessEnvironment remote;
        remote.insert(u"XRDP_SESSION"_s, u"1"_s);
        useSession(remote);
        expectSolved(play(u"remote-desktop"_s, {}, {}), u"remote"_s);
    }

    // The flows of symptoms that no software can cause (a worn card, a
    // broken cable, the installer of another PC) are played by the
    // person's answers alone; their actions still act on the readers.
    void installerErrorsManualUpdateClosesReception()
    {
        const Play played = play(u"installer-errors"_s, First,
                                 {{u"vendor"_s, {0}},
                                  {u"which"_s, {2}},
                                  {u"update-unplug"_s, {0, [this] {
                                       QTRY_COMPARE_WITH_TIMEOUT(entry(First)->state, ReaderState::ReceptionClosed,
                                                                 5000);
                                   }}},
                                  {u"after"_s, {0}}});
        expectSolved(played);
    }

    void cardNotReadByManyCardsGoesToSupport()
    {
        const Play played = play(u"card-not-read"_s, First, {{u"card"_s, {0}}, {u"others"_s, {1}}, {u"light"_s, {1}}});
        expectSupport(played, u"support"_s);
        verifySupportSummary(played, u"card-not-read"_s, First);
    }

    void noPowerWithBrokenCableGoesToSupport()
    {
        const Play played = play(u"no-power"_s, First,
                                 {{u"which"_s, {0}}, {u"cable"_s, {1}}, {u"static"_s, {1}}, {u"handling"_s, {0}}});
        expectSupport(played, u"broken-cable"_s);
        QVERIFY(played.visited.contains(u"hub"_s));
        verifySupportSummary(played, u"no-power"_s, First);
    }

    void settingsMessagesOpenTheSettings()
    {
        QSignalSpy opened(m_core->flowActions(), &ConsoleFlowActions::openRequested);
        const Play played = play(u"settings"_s, First, {{u"which"_s, {0}}});
        expectSolved(played);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().value<FlowAction>(), FlowAction::OpenSettings);
    }

    void escalationCollectsLogs()
    {
        QSignalSpy opened(m_core->flowActions(), &ConsoleFlowActions::openRequested);
        const Play played = play(u"escalate"_s, First, {{u"age"_s, {0}}, {u"pc"_s, {1}}});
        expectSupport(played, u"call"_s);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().value<FlowAction>(), FlowAction::CollectLogs);
        verifySupportSummary(played, u"escalate"_s, First);
    }

    void adminTapPatternUnchangedLeadsToTheFrozenGuide()
    {
        const Play played = play(u"admin-tap-pattern"_s, First, {{u"pattern"_s, {1}}, {u"changed"_s, {1}}});
        expectSupport(played, u"frozen"_s);
        verifySupportSummary(played, u"admin-tap-pattern"_s, First);
    }

    // Every flow file is played above at least once.
    void everyFlowIsCovered()
    {
        const QStringList played = {u"waiting-for-connection"_s, u"usb-network-adapter"_s, u"frozen-after-static"_s,
                                    u"usb-port-changed"_s, u"versions"_s, u"face-authentication"_s,
                                    u"licence-several-readers"_s, u"log-collection"_s, u"registration"_s,
                                    u"reader-network"_s, u"remote-desktop"_s, u"installer-errors"_s,
                                    u"card-not-read"_s, u"no-power"_s, u"settings"_s, u"escalate"_s,
                                    u"admin-tap-pattern"_s};
        for (const FlowDefinition &flow : m_core->flows()->flows())
            QVERIFY2(played.contains(flow.id), qPrintable(flow.id));
        // Each fault of the training mode belongs to a flow played here.
        for (TrainingFault fault : allTrainingFaults())
            QVERIFY2(played.contains(trainingFaultFlow(fault)), qPrintable(trainingFaultString(fault)));
    }
};

QTEST_MAIN(TestFlowFaults)
#include "testflowfaults.moc"
