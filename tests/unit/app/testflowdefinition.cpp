// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/flowdefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

QJsonObject text(const QString &ja, const QString &en)
{
    return {{u"ja"_s, ja}, {u"en"_s, en}};
}

QJsonObject question(const QString &id, const QStringList &next)
{
    QJsonArray answers;
    for (const QString &one : next)
        answers.append(QJsonObject{{u"label"_s, text(u"はい"_s, u"Yes"_s)}, {u"next"_s, one}});
    return {{u"id"_s, id}, {u"kind"_s, u"question"_s}, {u"text"_s, text(u"質問"_s, u"Question"_s)}, {u"answers"_s, answers}};
}

QJsonObject check(const QString &id, const QString &pass, const QString &fail, const QString &checkId = u"K-LINK"_s)
{
    return {{u"id"_s, id},       {u"kind"_s, u"check"_s}, {u"check"_s, checkId},
            {u"text"_s, text(u"シリアルNoは表示されていますか？"_s, u"Is the serial listed?"_s)},
            {u"pass"_s, pass},   {u"fail"_s, fail}};
}

QJsonObject action(const QString &id, const QString &next, const QString &actionId = u"refresh"_s)
{
    return {{u"id"_s, id},
            {u"kind"_s, u"action"_s},
            {u"action"_s, actionId},
            {u"text"_s, text(u"最新の情報に更新"_s, u"Refresh"_s)},
            {u"next"_s, next}};
}

QJsonObject end(const QString &id, const QString &outcome = u"solved"_s)
{
    return {{u"id"_s, id}, {u"kind"_s, u"end"_s}, {u"outcome"_s, outcome}, {u"text"_s, text(u"解決"_s, u"Solved"_s)}};
}

// question → refresh → K-LINK → solved / support.
QJsonObject validFlow()
{
    return {
        {u"schema"_s, 1},
        {u"id"_s, u"sample"_s},
        {u"title"_s, text(u"見本"_s, u"Sample"_s)},
        {u"symptoms"_s, QJsonObject{{u"ja"_s, QJsonArray{u"接続を待っています"_s}}, {u"en"_s, QJsonArray{u"waiting"_s}}}},
        {u"entry"_s, u"ask"_s},
        {u"nodes"_s, QJsonArray{question(u"ask"_s, {u"refresh"_s, u"support"_s}), action(u"refresh"_s, u"link"_s),
                                check(u"link"_s, u"solved"_s, u"support"_s), end(u"solved"_s),
                                end(u"support"_s, u"contactSupport"_s)}},
    };
}

QJsonObject withNodes(const QJsonArray &nodes, const QString &entry = u"ask"_s)
{
    QJsonObject flow = validFlow();
    flow.insert(u"nodes"_s, nodes);
    flow.insert(u"entry"_s, entry);
    return flow;
}

QJsonObject replacingNode(int index, const QJsonObject &node)
{
    QJsonObject flow = validFlow();
    QJsonArray nodes = flow.value(u"nodes"_s).toArray();
    nodes.replace(index, node);
    flow.insert(u"nodes"_s, nodes);
    return flow;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// Flow files: the schema, and every way a file can be broken giving a typed
// error that names the file and the node.
class TestFlowDefinition final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidFlow()
    {
        const Result<FlowDefinition> flow = FlowDefinition::parse(json(validFlow()), u"sample.json"_s);
        QVERIFY2(flow.ok(), qPrintable(flow.ok() ? QString() : flow.error().detail()));
        QCOMPARE(flow->id, u"sample"_s);
        QCOMPARE(flow->fileName, u"sample.json"_s);
        QCOMPARE(flow->nodes.size(), 5);
        QCOMPARE(flow->entry, u"ask"_s);
        QCOMPARE(flow->symptomsJa, QStringList{u"接続を待っています"_s});
        const FlowNode *link = flow->node(u"link"_s);
        QVERIFY(link);
        QCOMPARE(link->kind, FlowNode::Kind::Check);
        QCOMPARE(link->check, CheckId::Link);
        QCOMPARE(link->successors(), (QStringList{u"solved"_s, u"support"_s}));
        QCOMPARE(flow->node(u"refresh"_s)->action, FlowAction::Refresh);
        QCOMPARE(flow->node(u"support"_s)->outcome, FlowNode::Outcome::ContactSupport);
        QCOMPARE(flow->node(u"ask"_s)->text.in(u"en"_s), u"Question"_s);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("node");

        QTest::newRow("not JSON") << QByteArray("{\"schema\": 1, \"nodes\": [") << int(ErrorCode::FlowFileUnreadable) << QString();
        QTest::newRow("array at top") << QByteArray("[1, 2]") << int(ErrorCode::FlowSchemaInvalid) << QString();
        {
            QJsonObject flow = validFlow();
            flow.insert(u"schema"_s, 2);
            QTest::newRow("schema 2") << json(flow) << int(ErrorCode::FlowSchemaInvalid) << QString();
        }
        {
            QJsonObject node = end(u"solved"_s);
            node.insert(u"kind"_s, u"teleport"_s);
            QTest::newRow("unknown kind") << json(replacingNode(3, node)) << int(ErrorCode::FlowSchemaInvalid) << u"solved"_s;
        }
        {
            QJsonObject node = end(u"solved"_s);
            node.insert(u"text"_s, QJsonObject{{u"ja"_s, u"解決"_s}});
            QTest::newRow("no English") << json(replacingNode(3, node)) << int(ErrorCode::FlowTextMissing) << u"solved"_s;
        }
        {
            QJsonObject node = end(u"solved"_s);
            node.insert(u"text"_s, QJsonObject{{u"ja"_s, u"  "_s}, {u"en"_s, u"Solved"_s}});
            QTest::newRow("blank Japanese") << json(replacingNode(3, node)) << int(ErrorCode::FlowTextMissing) << u"solved"_s;
        }
        {
            QJsonObject node = question(u"ask"_s, {u"refresh"_s, u"support"_s});
            QJsonArray answers = node.value(u"answers"_s).toArray();
            answers.replace(1, QJsonObject{{u"label"_s, QJsonObject{{u"en"_s, u"No"_s}}}, {u"next"_s, u"support"_s}});
            node.insert(u"answers"_s, answers);
            QTest::newRow("answer without Japanese") << json(replacingNode(0, node)) << int(ErrorCode::FlowTextMissing) << u"ask"_s;
        }
        QTest::newRow("next to a missing node")
            << json(replacingNode(1, action(u"refresh"_s, u"nowhere"_s))) << int(ErrorCode::FlowTargetMissing) << u"refresh"_s;
        QTest::newRow("check fail to a missing node")
            << json(replacingNode(2, check(u"link"_s, u"solved"_s, u"gone"_s))) << int(ErrorCode::FlowTargetMissing) << u"link"_s;
        {
            QJsonObject flow = validFlow();
            flow.insert(u"entry"_s, u"start-here"_s);
            QTest::newRow("entry missing") << json(flow) << int(ErrorCode::FlowTargetMissing) << QString();
        }
        {
            QJsonArray nodes = validFlow().value(u"nodes"_s).toArray();
            nodes.append(question(u"orphan"_s, {u"solved"_s}));
            QTest::newRow("unreachable node") << json(withNodes(nodes)) << int(ErrorCode::FlowNodeUnreachable) << u"orphan"_s;
        }
        QTest::newRow("unknown check")
            << json(replacingNode(2, check(u"link"_s, u"solved"_s, u"support"_s, u"K-TELEPATHY"_s)))
            << int(ErrorCode::FlowUnknownCheckOrAction) << u"link"_s;
        QTest::newRow("unknown action")
            << json(replacingNode(1, action(u"refresh"_s, u"link"_s, u"formatDisk"_s))) << int(ErrorCode::FlowUnknownCheckOrAction)
            << u"refresh"_s;
        // refresh → link → (fail) refresh: nobody is asked on the way round.
        QTest::newRow("loop of checks and actions")
            << json(replacingNode(2, check(u"link"_s, u"solved"_s, u"refresh"_s))) << int(ErrorCode::FlowLoopWithoutExit)
            << u"refresh"_s;
        QTest::newRow("no end at all")
            << json(withNodes(QJsonArray{question(u"ask"_s, {u"again"_s}), question(u"again"_s, {u"ask"_s})}))
            << int(ErrorCode::FlowNoEnd) << QString();
        // A question loop is allowed, but one that never leads out is not.
        QTest::newRow("no end reachable")
            << json(withNodes(QJsonArray{question(u"ask"_s, {u"again"_s, u"solved"_s}), question(u"again"_s, {u"ask2"_s}),
                                         question(u"ask2"_s, {u"again"_s}), end(u"solved"_s)}))
            << int(ErrorCode::FlowNoEnd) << u"again"_s;
        {
            QJsonArray nodes = validFlow().value(u"nodes"_s).toArray();
            nodes.append(end(u"solved"_s));
            QTest::newRow("duplicate node id") << json(withNodes(nodes)) << int(ErrorCode::FlowSchemaInvalid) << u"solved"_s;
        }
        {
            QJsonObject node = question(u"ask"_s, {});
            QTest::newRow("question without answers") << json(replacingNode(0, node)) << int(ErrorCode::FlowSchemaInvalid) << u"ask"_s;
        }
        {
            QJsonObject node = end(u"support"_s);
            node.insert(u"outcome"_s, u"maybe"_s);
            QTest::newRow("unknown outcome") << json(replacingNode(4, node)) << int(ErrorCode::FlowSchemaInvalid) << u"support"_s;
        }
        {
            QJsonObject flow = validFlow();
            flow.insert(u"symptoms"_s, QJsonObject{{u"ja"_s, QJsonArray{u"接続"_s}}});
            QTest::newRow("no English symptoms") << json(flow) << int(ErrorCode::FlowTextMissing) << QString();
        }
    }

    void brokenFiles()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, code);
        QFETCH(QString, node);
        const Result<FlowDefinition> flow = FlowDefinition::parse(file, u"broken-flow.json"_s);
        QVERIFY(!flow.ok());
        QCOMPARE(flow.error().number(), code);
        QVERIFY2(flow.error().detail().startsWith(u"broken-flow.json"_s), qPrintable(flow.error().detail()));
        if (!node.isEmpty())
            QVERIFY2(flow.error().detail().contains(u"node \""_s + node + u'"'), qPrintable(flow.error().detail()));
        QVERIFY(!flow.error().message().isEmpty());
        QCOMPARE(flow.error().codeString().left(2), u"C4"_s);
    }

    void loopThroughQuestionIsAllowed()
    {
        // ask → refresh → link → (fail) ask: the user is asked on every round.
        const Result<FlowDefinition> flow =
            FlowDefinition::parse(json(replacingNode(2, check(u"link"_s, u"solved"_s, u"ask"_s))), u"loop.json"_s);
        QVERIFY2(flow.ok(), qPrintable(flow.ok() ? QString() : flow.error().detail()));
    }

    void loadNamesTheFile()
    {
        QTemporaryDir dir;
        const Result<FlowDefinition> missing = FlowDefinition::load(dir.filePath(u"absent.json"_s));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::FlowFileUnreadable);
        QVERIFY(missing.error().detail().startsWith(u"absent.json"_s));

        QFile big(dir.filePath(u"big.json"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(FlowDefinition::MaxFileBytes + 10, ' '));
        big.close();
        const Result<FlowDefinition> tooBig = FlowDefinition::load(big.fileName());
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.error().code(), ErrorCode::FlowFileUnreadable);
        QVERIFY(tooBig.error().detail().startsWith(u"big.json"_s));
    }

    void hostileInputNeverCrashes()
    {
        // Wrong types everywhere, deep nesting, random bytes, a long chain.
        QList<QByteArray> inputs{
            QByteArray(),
            QByteArray("null"),
            QByteArray("{\"schema\":1,\"id\":7,\"nodes\":{}}"),
            QByteArray("{\"schema\":1,\"id\":\"x\",\"title\":[],\"nodes\":[1,2,3]}"),
            QByteArray(5000, '[') + QByteArray(5000, ']'),
            QByteArray("{\"schema\":1,\"id\":\"x\",\"title\":{\"ja\":1,\"en\":null}}"),
        };
        QJsonObject flow = validFlow();
        flow.insert(u"nodes"_s, QJsonArray{QJsonObject{{u"id"_s, QJsonArray{}}, {u"kind"_s, 3}}});
        inputs << json(flow);
        QJsonArray chain;
        for (int i = 0; i < FlowDefinition::MaxNodes - 1; ++i)
            chain.append(action(u"a%1"_s.arg(i), u"a%1"_s.arg(i + 1)));
        chain.append(end(u"a%1"_s.arg(FlowDefinition::MaxNodes - 1)));
        inputs << json(withNodes(chain, u"a0"_s));
        chain.append(end(u"one-too-many"_s));
        inputs << json(withNodes(chain, u"a0"_s));
        QRandomGenerator random(10);
        for (int i = 0; i < 200; ++i) {
            QByteArray bytes = json(validFlow());
            for (int flips = 0; flips < 4; ++flips)
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            inputs << bytes;
        }
        int valid = 0;
        for (const QByteArray &input : std::as_const(inputs)) {
            const Result<FlowDefinition> parsed = FlowDefinition::parse(input, u"hostile.json"_s);
            if (parsed.ok()) {
                ++valid;
                continue;
            }
            QVERIFY(parsed.error().detail().startsWith(u"hostile.json"_s));
        }
        // The long chain of MaxNodes nodes is valid; one more node is not.
        QVERIFY(valid >= 1);
    }
};

QTEST_GUILESS_MAIN(TestFlowDefinition)
#include "testflowdefinition.moc"
