// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/flowactions.h"
#include "app/troubleshooting/flowengine.h"
#include "app/troubleshooting/flowlibrary.h"
#include "app/troubleshooting/livechecks.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// Answers every check at once with an outcome drawn from a seeded generator.
class RandomChecks final : public LiveChecks
{
public:
    QRandomGenerator random{7};
    QSet<QString> seen;

    void run(CheckId id, const QString &, QObject *, std::function<void(const CheckResult &)> done) override
    {
        seen.insert(checkIdString(id));
        done({CheckOutcome(random.bounded(3)), {}});
    }
};

class OkActions final : public FlowActions
{
public:
    void perform(FlowAction, const QString &, QObject *, std::function<void(const Result<void> &)> done) override
    {
        done(Result<void>::success());
    }
};

} // namespace

// Every flow shipped at :/flows loads and validates, each symptom of
// FLOWS.md section 2 has its flow, and search finds them by the words the
// clinic reads on the screen.
class TestShippedFlows final : public QObject
{
    Q_OBJECT

private:
    FlowLibrary m_library;

private Q_SLOTS:
    void initTestCase()
    {
        m_library.load();
    }

    void everyShippedFlowLoads()
    {
        const QStringList files = QDir(FlowLibrary::BuiltInDirectory.toString()).entryList({u"*.json"_s}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const Error &problem : m_library.problems())
            qWarning("%s", qPrintable(problem.toLogString()));
        QVERIFY(m_library.problems().isEmpty());
        QCOMPARE(m_library.flows().size(), files.size());
        for (const FlowDefinition &flow : m_library.flows()) {
            QVERIFY2(flow.fileName == flow.id + u".json"_s, qPrintable(flow.fileName));
            QVERIFY2(!flow.sources.isEmpty(), qPrintable(flow.id));
        }
    }

    void everySymptomHasItsFlow()
    {
        // FLOWS.md section 2, F1-F16, by the id of the flow that takes it.
        const QStringList expected{
            u"waiting-for-connection"_s,  // F1, first install and in operation
            u"frozen-after-static"_s,     // F2
            u"admin-tap-pattern"_s,       // F3
            u"installer-errors"_s,        // F4
            u"no-power"_s,                // F5, no power and power-link surprises
            u"usb-port-changed"_s,        // F6
            u"usb-network-adapter"_s,     // F7, adapter disabled or deleted
            u"face-authentication"_s,     // F8
            u"card-not-read"_s,           // F9
            u"log-collection"_s,          // F10
            u"versions"_s,                // F11
            u"licence-several-readers"_s, // F12
            u"registration"_s,            // F13
            u"settings"_s,                // F14
            u"remote-desktop"_s,          // F15
            u"escalate"_s,                // F16
            u"reader-network"_s,          // 001-18/19, 000-19
        };
        for (const QString &id : expected)
            QVERIFY2(m_library.flow(id), qPrintable(id));
    }

    void everyFlowCanEndSolved()
    {
        // Only F16, the escalation itself, has no way to a solved end.
        for (const FlowDefinition &flow : m_library.flows()) {
            bool solved = false;
            for (const FlowNode &node : flow.nodes) {
                if (node.kind == FlowNode::Kind::End && node.outcome == FlowNode::Outcome::Solved)
                    solved = true;
            }
            QVERIFY2(solved || flow.id == u"escalate", qPrintable(flow.id));
        }
    }

    void everyFlowPlaysToAnEnd()
    {
        // Random answers and check outcomes, many times over: the engine
        // never gets stuck in a shipped flow, and every run can still end.
        RandomChecks checks;
        OkActions actions;
        QRandomGenerator random(11);
        for (const FlowDefinition &flow : m_library.flows()) {
            int finished = 0;
            for (int run = 0; run < 50; ++run) {
                FlowEngine engine(flow, checks, actions, u"EMU-0001"_s);
                engine.start();
                for (int step = 0; step < 200 && engine.stage() != FlowEngine::Stage::Finished; ++step) {
                    switch (engine.stage()) {
                    case FlowEngine::Stage::Question:
                    case FlowEngine::Stage::AskingInstead:
                        QVERIFY(engine.answer(random.bounded(int(engine.choices().size()))).ok());
                        break;
                    case FlowEngine::Stage::Action:
                        QVERIFY(engine.perform().ok());
                        break;
                    default:
                        QFAIL(qPrintable(flow.id + u": stuck at "_s + engine.currentNode()->id));
                    }
                }
                if (engine.stage() == FlowEngine::Stage::Finished)
                    ++finished;
            }
            QVERIFY2(finished > 0, qPrintable(flow.id));
        }
        QVERIFY(checks.seen.size() >= 14);
    }

    void searchFindsTheFlow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("flow");
        QTest::newRow("screen message") << u"「接続を待っています」"_s << u"waiting-for-connection"_s;
        QTest::newRow("installer message") << u"インストールに失敗しました"_s << u"installer-errors"_s;
        QTest::newRow("timeout") << u"タイムアウトしました"_s << u"face-authentication"_s;
        QTest::newRow("adapter") << u"remote ndis"_s << u"usb-network-adapter"_s;
        QTest::newRow("greyed out") << u"新規追加"_s << u"registration"_s;
        QTest::newRow("full-width") << u"ＲＤＰ"_s << u"remote-desktop"_s;
        QTest::newRow("english") << u"no power"_s << u"no-power"_s;
    }

    void searchFindsTheFlow()
    {
        QFETCH(QString, text);
        QFETCH(QString, flow);
        const QList<const FlowDefinition *> found = m_library.search(text);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first()->id, flow);
        QVERIFY(m_library.search(u"  "_s).isEmpty());
    }

    void brokenFileIsLeftOutOthersLoad()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(u":/flows/escalate.json"_s, dir.filePath(u"escalate.json"_s)));
        QVERIFY(QFile::copy(u":/flows/usb-port-changed.json"_s, dir.filePath(u"usb-port-changed.json"_s)));
        QFile broken(dir.filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"schema\": 1, \"id\": ");
        broken.close();
        FlowLibrary library;
        library.load(dir.path());
        QCOMPARE(library.flows().size(), 1);
        QCOMPARE(library.flows().first().id, u"escalate"_s);
        QCOMPARE(library.problems().size(), 2);
        QCOMPARE(library.problems().at(0).code(), ErrorCode::FlowFileUnreadable);
        QVERIFY(library.problems().at(0).detail().startsWith(u"broken.json"_s));
        // usb-port-changed goes on with waiting-for-connection, not there.
        QCOMPARE(library.problems().at(1).code(), ErrorCode::FlowTargetMissing);
        QVERIFY(library.problems().at(1).detail().startsWith(u"usb-port-changed.json: node \"waiting\""_s));
    }
};

QTEST_GUILESS_MAIN(TestShippedFlows)
#include "testshippedflows.moc"
