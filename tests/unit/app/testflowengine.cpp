// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/flowactions.h"
#include "app/troubleshooting/flowengine.h"
#include "app/troubleshooting/readerfacts.h"
#include "app/troubleshooting/supportsummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// ask ─0→ K-LINK ─pass→ K-STATE ─pass→ solved
//                │               ├fail→ start (action) → shown? ─→ solved / support
//                │               └unknown→ state-unknown? ─→ solved / support
//                └fail→ waiting (end); unknown: asked instead
//     ─1→ stop (action) → support
const char sampleFlow[] = R"({
  "schema": 1, "id": "sample",
  "title": {"ja": "接続を待っています", "en": "Waiting for connection"},
  "symptoms": {"ja": ["接続を待っています"], "en": ["waiting"]},
  "entry": "ask",
  "nodes": [
    {"id": "ask", "kind": "question", "text": {"ja": "運用中ですか？", "en": "In operation?"},
     "answers": [{"label": {"ja": "はい", "en": "Yes"}, "next": "link"},
                 {"label": {"ja": "止めたい", "en": "Stop it"}, "next": "stop"}]},
    {"id": "link", "kind": "check", "check": "K-LINK",
     "text": {"ja": "シリアルNoは表示されていますか？", "en": "Is the serial listed?"}, "pass": "state", "fail": "waiting"},
    {"id": "state", "kind": "check", "check": "K-STATE",
     "text": {"ja": "稼働中ですか？", "en": "Running?"}, "pass": "solved", "fail": "start", "unknown": "state-unknown"},
    {"id": "state-unknown", "kind": "question", "text": {"ja": "スタートは表示されていますか？", "en": "Start shown?"},
     "answers": [{"label": {"ja": "はい", "en": "Yes"}, "next": "solved"},
                 {"label": {"ja": "いいえ", "en": "No"}, "next": "support"}]},
    {"id": "start", "kind": "action", "action": "start", "text": {"ja": "起動します。", "en": "Start it."}, "next": "shown"},
    {"id": "shown", "kind": "question", "text": {"ja": "スタートは表示されましたか？", "en": "Start shown?"},
     "answers": [{"label": {"ja": "はい", "en": "Yes"}, "next": "solved"},
                 {"label": {"ja": "いいえ", "en": "No"}, "next": "support"}]},
    {"id": "stop", "kind": "action", "action": "stop", "text": {"ja": "終了します。", "en": "Stop it."}, "next": "support"},
    {"id": "waiting", "kind": "end", "outcome": "contactSupport", "text": {"ja": "接続なし", "en": "Not connected"},
     "continueWith": "waiting-for-connection"},
    {"id": "solved", "kind": "end", "outcome": "solved", "text": {"ja": "解決しました。", "en": "Solved."}},
    {"id": "support", "kind": "end", "outcome": "contactSupport", "text": {"ja": "サポートへ", "en": "Support"}}
  ]
})";

// Answers checks when the test says so, as a real check answers later.
class FakeChecks final : public LiveChecks
{
public:
    struct Pending
    {
        CheckId id;
        QString serial;
        QPointer<QObject> context;
        std::function<void(const CheckResult &)> done;
    };
    QList<Pending> pending;

    void run(CheckId id, const QString &serial, QObject *context,
             std::function<void(const CheckResult &)> done) override
    {
        pending.append({id, serial, context, std::move(done)});
    }

    void answer(CheckOutcome outcome, const QString &detail = {})
    {
        const Pending next = pending.takeFirst();
        if (next.context)
            next.done({outcome, detail});
    }
};

class FakeActions final : public FlowActions
{
public:
    struct Pending
    {
        FlowAction action;
        QString serial;
        std::function<void(const Result<void> &)> done;
    };
    QList<Pending> pending;

    void perform(FlowAction action, const QString &serial, QObject *,
                 std::function<void(const Result<void> &)> done) override
    {
        pending.append({action, serial, std::move(done)});
    }

    void finish(const Result<void> &result)
    {
        pending.takeFirst().done(result);
    }
};

class FakeFacts final : public ReaderFacts
{
public:
    QList<ReaderFact> facts;
    QList<ReaderFact> readers() const override { return facts; }
    int licensedReaders() const override { return 1; }
};

FlowDefinition sample()
{
    Result<FlowDefinition> flow = FlowDefinition::parse(QByteArray(sampleFlow), u"sample.json"_s);
    Q_ASSERT(flow.ok());
    return std::move(flow).value();
}

} // namespace

// The flow engine: branching on answers and on each check outcome, the
// question asked when a check cannot run, actions, back and restart, and
// what the transcript and support summary hold.
class TestFlowEngine final : public QObject
{
    Q_OBJECT

private:
    FakeChecks m_checks;
    FakeActions m_actions;
    const QDateTime m_time = QDateTime(QDate(2026, 12, 2), QTime(9, 30), Qt::UTC);

    std::unique_ptr<FlowEngine> engine(const QString &serial = u"EMU-0042"_s)
    {
        auto run = std::make_unique<FlowEngine>(sample(), m_checks, m_actions, serial);
        run->setClock([this] { return m_time; });
        run->start();
        return run;
    }

private Q_SLOTS:
    void init()
    {
        m_checks.pending.clear();
        m_actions.pending.clear();
    }

    void answersBranch()
    {
        auto run = engine();
        QCOMPARE(run->stage(), FlowEngine::Stage::Question);
        QCOMPARE(run->currentNode()->id, u"ask"_s);
        QCOMPARE(run->choices().size(), 2);
        QCOMPARE(run->choices().at(1).ja, u"止めたい"_s);

        QSignalSpy finished(run.get(), &FlowEngine::finished);
        QVERIFY(run->answer(1).ok());
        QCOMPARE(run->stage(), FlowEngine::Stage::Action);
        QCOMPARE(run->currentNode()->id, u"stop"_s);
        QVERIFY(run->perform().ok());
        QCOMPARE(run->stage(), FlowEngine::Stage::Acting);
        QCOMPARE(m_actions.pending.size(), 1);
        QCOMPARE(m_actions.pending.first().action, FlowAction::Stop);
        QCOMPARE(m_actions.pending.first().serial, u"EMU-0042"_s);
        m_actions.finish(Result<void>::success());
        QCOMPARE(run->stage(), FlowEngine::Stage::Finished);
        QCOMPARE(run->outcome(), FlowNode::Outcome::ContactSupport);
        QCOMPARE(finished.count(), 1);
    }

    void checkOutcomes_data()
    {
        QTest::addColumn<int>("link");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("node");
        QTest::addColumn<int>("stage");

        QTest::newRow("pass, pass") << int(CheckOutcome::Pass) << int(CheckOutcome::Pass) << u"solved"_s
                                    << int(FlowEngine::Stage::Finished);
        QTest::newRow("pass, fail") << int(CheckOutcome::Pass) << int(CheckOutcome::Fail) << u"start"_s
                                    << int(FlowEngine::Stage::Action);
        QTest::newRow("pass, unknown to its node") << int(CheckOutcome::Pass) << int(CheckOutcome::Unknown)
                                                   << u"state-unknown"_s << int(FlowEngine::Stage::Question);
        QTest::newRow("fail") << int(CheckOutcome::Fail) << -1 << u"waiting"_s << int(FlowEngine::Stage::Finished);
        QTest::newRow("unknown, asked instead")
            << int(CheckOutcome::Unknown) << -1 << u"link"_s << int(FlowEngine::Stage::AskingInstead);
    }

    void checkOutcomes()
    {
        QFETCH(int, link);
        QFETCH(int, state);
        QFETCH(QString, node);
        QFETCH(int, stage);

        auto run = engine();
        QVERIFY(run->answer(0).ok());
        QCOMPARE(run->stage(), FlowEngine::Stage::Checking);
        QCOMPARE(m_checks.pending.size(), 1);
        QCOMPARE(m_checks.pending.first().id, CheckId::Link);
        QCOMPARE(m_checks.pending.first().serial, u"EMU-0042"_s);
        m_checks.answer(CheckOutcome(link), u"detail"_s);
        if (state >= 0) {
            QCOMPARE(m_checks.pending.size(), 1);
            QCOMPARE(m_checks.pending.first().id, CheckId::State);
            m_checks.answer(CheckOutcome(state));
        }
        QCOMPARE(run->currentNode()->id, node);
        QCOMPARE(int(run->stage()), stage);
        QVERIFY(m_checks.pending.isEmpty());
    }

    void unknownAsksTheCheckQuestion()
    {
        auto run = engine();
        QVERIFY(run->answer(0).ok());
        m_checks.answer(CheckOutcome::Unknown, u"not checked on this platform"_s);
        QCOMPARE(run->stage(), FlowEngine::Stage::AskingInstead);
        QCOMPARE(run->currentNode()->text.ja, u"シリアルNoは表示されていますか？"_s);
        QCOMPARE(run->choices().size(), 2);
        QCOMPARE(run->choices().at(0).ja, u"はい"_s);
        QCOMPARE(run->lastCheck()->outcome, CheckOutcome::Unknown);
        QCOMPARE(run->answer(2).error().code(), ErrorCode::FlowStepNotPossible);

        // Yes is a pass: on to K-STATE.
        QVERIFY(run->answer(0).ok());
        QCOMPARE(run->stage(), FlowEngine::Stage::Checking);
        QCOMPARE(m_checks.pending.first().id, CheckId::State);

        // Back from the next check to the question asked instead runs the
        // check again.
        QVERIFY(run->back().ok());
        QCOMPARE(run->currentNode()->id, u"link"_s);
        QCOMPARE(run->stage(), FlowEngine::Stage::Checking);

        // No is a fail.
        m_checks.pending.clear();
        auto second = engine();
        QVERIFY(second->answer(0).ok());
        m_checks.answer(CheckOutcome::Unknown);
        QVERIFY(second->answer(1).ok());
        QCOMPARE(second->currentNode()->id, u"waiting"_s);
        QCOMPARE(second->transcript().at(2).result, u"no"_s);
    }

    void failedActionGoesOnAndIsRecorded()
    {
        auto run = engine();
        QVERIFY(run->answer(0).ok());
        m_checks.answer(CheckOutcome::Pass);
        m_checks.answer(CheckOutcome::Fail, u"stopped"_s);
        QCOMPARE(run->currentNode()->id, u"start"_s);
        QVERIFY(run->perform().ok());
        QCOMPARE(run->perform().error().code(), ErrorCode::FlowStepNotPossible);
        m_actions.finish(Error(ErrorCode::ReaderNotConnected, u"no link"_s));
        QCOMPARE(run->currentNode()->id, u"shown"_s);
        QCOMPARE(run->errors().size(), 1);
        QCOMPARE(run->transcript().last().kind, u"action"_s);
        QCOMPARE(run->transcript().last().result, u"S510"_s);
    }

    void backAndRestart()
    {
        auto run = engine();
        QVERIFY(!run->canGoBack());
        QCOMPARE(run->back().error().code(), ErrorCode::FlowStepNotPossible);
        QVERIFY(run->answer(0).ok());
        m_checks.answer(CheckOutcome::Pass);
        m_checks.answer(CheckOutcome::Fail);
        QVERIFY(run->perform().ok());
        m_actions.finish(Result<void>::success());
        QCOMPARE(run->currentNode()->id, u"shown"_s);

        // Back to the action, then past the checks that ran by themselves.
        QVERIFY(run->back().ok());
        QCOMPARE(run->currentNode()->id, u"start"_s);
        QCOMPARE(run->stage(), FlowEngine::Stage::Action);
        QVERIFY(run->back().ok());
        QCOMPARE(run->currentNode()->id, u"ask"_s);
        QVERIFY(!run->canGoBack());

        QVERIFY(run->answer(1).ok());
        run->restart();
        QCOMPARE(run->currentNode()->id, u"ask"_s);
        QCOMPARE(run->stage(), FlowEngine::Stage::Question);
        QCOMPARE(run->transcript().last().kind, u"restart"_s);
    }

    void lateAnswersAreDropped()
    {
        auto run = engine();
        QVERIFY(run->answer(0).ok());
        QCOMPARE(run->stage(), FlowEngine::Stage::Checking);
        QVERIFY(run->back().ok());
        QCOMPARE(run->currentNode()->id, u"ask"_s);
        m_checks.answer(CheckOutcome::Fail);
        QCOMPARE(run->currentNode()->id, u"ask"_s);
        QCOMPARE(run->stage(), FlowEngine::Stage::Question);

        QVERIFY(run->answer(1).ok());
        QVERIFY(run->perform().ok());
        run->restart();
        m_actions.finish(Result<void>::success());
        QCOMPARE(run->currentNode()->id, u"ask"_s);

        // A check answering after its engine is gone is not delivered.
        QVERIFY(run->answer(0).ok());
        run.reset();
        m_checks.answer(CheckOutcome::Pass);
    }

    void wrongStepsAreRefused()
    {
        auto run = engine();
        QCOMPARE(run->perform().error().code(), ErrorCode::FlowStepNotPossible);
        QCOMPARE(run->answer(-1).error().code(), ErrorCode::FlowStepNotPossible);
        QCOMPARE(run->answer(2).error().code(), ErrorCode::FlowStepNotPossible);
        QVERIFY(run->answer(0).ok());
        QCOMPARE(run->answer(0).error().code(), ErrorCode::FlowStepNotPossible);
        QVERIFY(!run->outcome());
    }

    void transcriptHoldsNoPersonalData()
    {
        auto run = engine(u"EMU-0042"_s);
        run->setLanguage(u"en"_s);
        QVERIFY(run->answer(0).ok());
        // A check that leaks what it should not: a My Number, a PIN, a date
        // of birth, a line break.
        m_checks.answer(CheckOutcome::Pass, u"card 123456789012 pin 1234 born 19800101\nname"_s);
        m_checks.answer(CheckOutcome::Fail, u"stopped R305"_s);
        QVERIFY(run->perform().ok());
        m_actions.finish(Error(ErrorCode::ReaderNotConnected, u"user typed 9876 here"_s));
        QVERIFY(run->answer(1).ok());
        QCOMPARE(run->outcome(), FlowNode::Outcome::ContactSupport);

        const QList<FlowStep> &steps = run->transcript();
        QCOMPARE(steps.size(), 6);
        const QStringList kinds{u"question"_s, u"check"_s, u"check"_s, u"action"_s, u"question"_s, u"end"_s};
        const QStringList results{u"Yes"_s, u"pass"_s, u"fail"_s, u"S510"_s, u"No"_s, u"contactSupport"_s};
        for (int i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).kind, kinds.at(i));
            QCOMPARE(steps.at(i).result, results.at(i));
            QCOMPARE(steps.at(i).time, m_time);
            const QJsonObject json = steps.at(i).toJson();
            for (const QString &key : json.keys())
                QVERIFY2((QStringList{u"time"_s, u"node"_s, u"kind"_s, u"shown"_s, u"result"_s, u"answer"_s, u"detail"_s})
                             .contains(key),
                         qPrintable(key));
        }
        QCOMPARE(steps.at(0).shown, u"In operation?"_s);
        QCOMPARE(steps.at(1).detail, u"K-LINK: card # pin # born # name"_s);
        QCOMPARE(steps.at(2).detail, u"K-STATE: stopped R305"_s);

        FakeFacts facts;
        ReaderFact reader;
        reader.serial = u"EMU-0042"_s;
        reader.state = ReaderState::Error;
        reader.software = u"1.6.0.0"_s;
        reader.firmware = u"CAORA_MSN_P2.11.7_A16.5.4"_s;
        reader.error = Error(ErrorCode::CardUnreadable, u"patient 123456789012"_s);
        facts.facts << reader;
        ReaderFact bogus;
        bogus.serial = u"no serial, a name"_s;
        facts.facts << bogus;
        const SupportSummary summary = SupportSummary::fromRun(*run, &facts, m_time);
        QCOMPARE(summary.serial, u"EMU-0042"_s);
        QCOMPARE(summary.outcome, u"contactSupport"_s);
        QCOMPARE(summary.flowId, u"sample"_s);
        QCOMPARE(summary.readers.size(), 1);
        QCOMPARE(summary.errorCodes, (QStringList{u"R321"_s, u"S510"_s}));
        QCOMPARE(summary.transcript.size(), 6);

        const QByteArray json = summary.toJson();
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(u"serial"_s).toString(), u"EMU-0042"_s);
        QCOMPARE(root.value(u"readers"_s).toArray().first().toObject().value(u"firmware"_s).toString(),
                 u"CAORA_MSN_P2.11.7_A16.5.4"_s);
        QCOMPARE(root.value(u"readers"_s).toArray().first().toObject().value(u"state"_s).toString(), u"error"_s);
        QCOMPARE(root.value(u"transcript"_s).toArray().size(), 6);
        const QString text = summary.toText();
        QVERIFY(text.contains(u"EMU-0042"_s));
        QVERIFY(text.contains(u"R321"_s));

        static const QRegularExpression twelveDigits(u"\\d{12}"_s);
        for (const QString &out : {QString::fromUtf8(json), text}) {
            QVERIFY2(!twelveDigits.match(out).hasMatch(), qPrintable(out));
            QVERIFY(!out.contains(u"1234"_s));
            QVERIFY(!out.contains(u"9876"_s));
            QVERIFY(!out.contains(u"19800101"_s));
            QVERIFY(!out.contains(u"a name"_s));
            QVERIFY(!out.contains(u"user typed"_s));
        }
    }

    void sanitise()
    {
        QCOMPARE(FlowStep::sanitise(u"free 1.5 GiB"_s), u"free 1.5 GiB"_s);
        QCOMPARE(FlowStep::sanitise(u"software 1.5.3.0 < 1.6.0.0"_s), u"software 1.5.3.0 < 1.6.0.0"_s);
        QCOMPARE(FlowStep::sanitise(u"ＰＩＮ １２３４"_s), u"ＰＩＮ #"_s);
        QCOMPARE(FlowStep::sanitise(QString(500, u'x')).size(), 120);
    }
};

QTEST_GUILESS_MAIN(TestFlowEngine)
#include "testflowengine.moc"
