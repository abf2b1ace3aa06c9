// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/flowdefinition.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace Console {

namespace {

// Errors name the file, then the node when there is one, so that whoever
// edits the flow finds the spot without a debugger.
Error flowError(ErrorCode code, const QString &file, const QString &node, const QString &what)
{
    if (node.isEmpty())
        return Error(code, file + u": "_s + what);
    return Error(code, file + u": node \""_s + node + u"\": "_s + what);
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"_s);
    return pattern.match(id).hasMatch();
}

class Parser
{
public:
    explicit Parser(QString file) : m_file(std::move(file)) {}

    Result<FlowText> text(const QJsonValue &value, const QString &node, const QString &field) const
    {
        if (!value.isObject())
            return flowError(ErrorCode::FlowTextMissing, m_file, node, field + u": no {\"ja\", \"en\"} text"_s);
        const QJsonObject object = value.toObject();
        FlowText text;
        for (const auto &[language, target] : {std::pair{u"ja"_s, &text.ja}, std::pair{u"en"_s, &text.en}}) {
            const QJsonValue one = object.value(language);
            if (!one.isString() || one.toString().trimmed().isEmpty())
                return flowError(ErrorCode::FlowTextMissing, m_file, node, field + u": no \""_s + language + u"\" text"_s);
            if (one.toString().size() > FlowDefinition::MaxTextLength)
                return flowError(ErrorCode::FlowSchemaInvalid, m_file, node, field + u": text too long"_s);
            *target = one.toString();
        }
        return text;
    }

    Result<QString> reference(const QJsonObject &object, const QString &field, const QString &node) const
    {
        const QJsonValue value = object.value(field);
        if (!value.isString() || !isValidId(value.toString()))
            return flowError(ErrorCode::FlowSchemaInvalid, m_file, node, u"\""_s + field + u"\" is not a node id"_s);
        return value.toString();
    }

    Result<QStringList> strings(const QJsonValue &value, const QString &what) const
    {
        if (!value.isArray() || value.toArray().isEmpty())
            return flowError(ErrorCode::FlowTextMissing, m_file, {}, what + u": no list of texts"_s);
        QStringList list;
        for (const QJsonValue &one : value.toArray()) {
            if (!one.isString() || one.toString().trimmed().isEmpty() || one.toString().size() > FlowDefinition::MaxTextLength)
                return flowError(ErrorCode::FlowTextMissing, m_file, {}, what + u": an entry is not a text"_s);
            list << one.toString();
        }
        return list;
    }

    Result<FlowNode> node(const QJsonValue &value, int index) const
    {
        if (!value.isObject())
            return flowError(ErrorCode::FlowSchemaInvalid, m_file, {}, u"node %1 is not an object"_s.arg(index));
        const QJsonObject object = value.toObject();
        FlowNode node;
        node.id = object.value(u"id"_s).toString();
        if (!isValidId(node.id))
            return flowError(ErrorCode::FlowSchemaInvalid, m_file, {}, u"node %1 has no valid \"id\""_s.arg(index));

        const QString kind = object.value(u"kind"_s).toString();
        if (kind == u"question")
            node.kind = FlowNode::Kind::Question;
        else if (kind == u"check")
            node.kind = FlowNode::Kind::Check;
        else if (kind == u"action")
            node.kind = FlowNode::Kind::Action;
        else if (kind == u"end")
            node.kind = FlowNode::Kind::End;
        else
            return flowError(ErrorCode::FlowSchemaInvalid, m_file, node.id, u"unknown kind \""_s + kind.left(40) + u'"');

        Result<FlowText> text = this->text(object.value(u"text"_s), node.id, u"text"_s);
        if (!text)
            return text.error();
        node.text = std::move(text).value();

        switch (node.kind) {
        case FlowNode::Kind::Question: {
            const QJsonArray answers = object.value(u"answers"_s).toArray();
            if (answers.isEmpty() || answers.size() > FlowDefinition::MaxAnswers)
                return flowError(ErrorCode::FlowSchemaInvalid, m_file, node.id,
                                 u"a question needs 1 to %1 answers"_s.arg(FlowDefinition::MaxAnswers));
            for (int i = 0; i < answers.size(); ++i) {
                const QJsonObject answer = answers.at(i).toObject();
                const QString where = u"answer %1"_s.arg(i + 1);
                Result<FlowText> label = this->text(answer.value(u"label"_s), node.id, where);
                if (!label)
                    return label.error();
                Result<QString> next = reference(answer, u"next"_s, node.id);
                if (!next)
                    return next.error();
                node.answers.append({std::move(label).value(), std::move(next).value()});
            }
            break;
        }
        case FlowNode::Kind::Check: {
            const QString check = object.value(u"check"_s).toString();
            const std::optional<CheckId> id = checkIdFromString(check);
            if (!id)
                return flowError(ErrorCode::FlowUnknownCheckOrAction, m_file, node.id,
                                 u"unknown check \""_s + check.left(40) + u'"');
            node.check = *id;
            Result<QString> pass = reference(object, u"pass"_s, node.id);
            if (!pass)
                return pass.error();
            Result<QString> fail = reference(object, u"fail"_s, node.id);
            if (!fail)
                return fail.error();
            node.pass = std::move(pass).value();
            node.fail = std::move(fail).value();
            if (object.contains(u"unknown"_s)) {
                Result<QString> unknown = reference(object, u"unknown"_s, node.id);
                if (!unknown)
                    return unknown.error();
                node.unknown = std::move(unknown).value();
            }
            break;
        }
        case FlowNode::Kind::Action: {
            const QString action = object.value(u"action"_s).toString();
            const std::optional<FlowAction> id = flowActionFromString(action);
            if (!id)
                return flowError(ErrorCode::FlowUnknownCheckOrAction, m_file, node.id,
                                 u"unknown action \""_s + action.left(40) + u'"');
            node.action = *id;
            Result<QString> next = reference(object, u"next"_s, node.id);
            if (!next)
                return next.error();
            node.next = std::move(next).value();
            break;
        }
        case FlowNode::Kind::End: {
            const QString outcome = object.value(u"outcome"_s).toString();
            if (outcome == u"solved")
                node.outcome = FlowNode::Outcome::Solved;
            else if (outcome == u"contactSupport")
                node.outcome = FlowNode::Outcome::ContactSupport;
            else
                return flowError(ErrorCode::FlowSchemaInvalid, m_file, node.id,
                                 u"outcome must be \"solved\" or \"contactSupport\""_s);
            if (object.contains(u"continueWith"_s)) {
                node.continueWith = object.value(u"continueWith"_s).toString();
                if (!isValidId(node.continueWith))
                    return flowError(ErrorCode::FlowSchemaInvalid, m_file, node.id,
                                     u"\"continueWith\" is not a flow id"_s);
            }
            break;
        }
        }
        return node;
    }

    Result<void> graph(const FlowDefinition &flow) const
    {
        QHash<QString, int> index;
        for (int i = 0; i < flow.nodes.size(); ++i)
            index.insert(flow.nodes.at(i).id, i);
        if (!index.contains(flow.entry))
            return flowError(ErrorCode::FlowTargetMissing, m_file, {}, u"entry \""_s + flow.entry + u"\" is no node"_s);
        QList<QList<int>> edges(flow.nodes.size());
        for (int i = 0; i < flow.nodes.size(); ++i) {
            for (const QString &next : flow.nodes.at(i).successors()) {
                if (!index.contains(next))
                    return flowError(ErrorCode::FlowTargetMissing, m_file, flow.nodes.at(i).id,
                                     u"next \""_s + next + u"\" is no node"_s);
                edges[i].append(index.value(next));
            }
        }

        QList<bool> reached(flow.nodes.size(), false);
        QList<int> queue{index.value(flow.entry)};
        reached[queue.first()] = true;
        while (!queue.isEmpty()) {
            for (int next : edges.at(queue.takeLast())) {
                if (!reached.at(next)) {
                    reached[next] = true;
                    queue.append(next);
                }
            }
        }
        for (int i = 0; i < flow.nodes.size(); ++i) {
            if (!reached.at(i))
                return flowError(ErrorCode::FlowNodeUnreachable, m_file, flow.nodes.at(i).id,
                                 u"not reachable from the entry"_s);
        }

        // A loop through checks and actions only would spin without the user
        // ever being asked; one through a question is the user's to leave.
        const auto automatic = [&](int i) {
            const FlowNode::Kind kind = flow.nodes.at(i).kind;
            return kind == FlowNode::Kind::Check || kind == FlowNode::Kind::Action;
        };
        enum Mark : char { White, Grey, Black };
        QList<Mark> mark(flow.nodes.size(), White);
        for (int root = 0; root < flow.nodes.size(); ++root) {
            if (!automatic(root) || mark.at(root) != White)
                continue;
            // Iterative depth-first search: a long chain must not cost stack.
            QList<std::pair<int, int>> stack{{root, 0}};
            mark[root] = Grey;
            while (!stack.isEmpty()) {
                auto &[node, edge] = stack.last();
                if (edge == edges.at(node).size()) {
                    mark[node] = Black;
                    stack.removeLast();
                    continue;
                }
                const int next = edges.at(node).at(edge++);
                if (!automatic(next))
                    continue;
                if (mark.at(next) == Grey)
                    return flowError(ErrorCode::FlowLoopWithoutExit, m_file, flow.nodes.at(next).id,
                                     u"on a loop without a question"_s);
                if (mark.at(next) == White) {
                    mark[next] = Grey;
                    stack.append({next, 0});
                }
            }
        }

        QList<QList<int>> reverse(flow.nodes.size());
        QList<int> ends;
        for (int i = 0; i < flow.nodes.size(); ++i) {
            for (int next : edges.at(i))
                reverse[next].append(i);
            if (flow.nodes.at(i).kind == FlowNode::Kind::End)
                ends.append(i);
        }
        if (ends.isEmpty())
            return flowError(ErrorCode::FlowNoEnd, m_file, {}, u"no end node"_s);
        QList<bool> ending(flow.nodes.size(), false);
        for (int end : ends)
            ending[end] = true;
        while (!ends.isEmpty()) {
            for (int previous : reverse.at(ends.takeLast())) {
                if (!ending.at(previous)) {
                    ending[previous] = true;
                    ends.append(previous);
                }
            }
        }
        for (int i = 0; i < flow.nodes.size(); ++i) {
            if (!ending.at(i))
                return flowError(ErrorCode::FlowNoEnd, m_file, flow.nodes.at(i).id, u"no end node reachable"_s);
        }
        return Result<void>::success();
    }

private:
    QString m_file;
};

} // namespace

QString FlowText::in(const QString &language) const
{
    return language == u"ja" ? ja : en;
}

QString FlowText::uiLanguage()
{
    return QLocale().language() == QLocale::Japanese ? u"ja"_s : u"en"_s;
}

QStringList FlowNode::successors() const
{
    switch (kind) {
    case Kind::Question: {
        QStringList targets;
        for (const FlowAnswer &answer : answers)
            targets << answer.next;
        return targets;
    }
    case Kind::Check:
        return unknown.isEmpty() ? QStringList{pass, fail} : QStringList{pass, fail, unknown};
    case Kind::Action:
        return {next};
    case Kind::End:
        break;
    }
    return {};
}

QString kindString(FlowNode::Kind kind)
{
    switch (kind) {
    case FlowNode::Kind::Question:
        return u"question"_s;
    case FlowNode::Kind::Check:
        return u"check"_s;
    case FlowNode::Kind::Action:
        return u"action"_s;
    case FlowNode::Kind::End:
        break;
    }
    return u"end"_s;
}

QString outcomeString(FlowNode::Outcome outcome)
{
    return outcome == FlowNode::Outcome::Solved ? u"solved"_s : u"contactSupport"_s;
}

const FlowNode *FlowDefinition::node(const QString &nodeId) const
{
    for (const FlowNode &one : nodes) {
        if (one.id == nodeId)
            return &one;
    }
    return nullptr;
}

Result<FlowDefinition> FlowDefinition::parse(const QByteArray &json, const QString &fileName)
{
    if (json.size() > MaxFileBytes)
        return flowError(ErrorCode::FlowFileUnreadable, fileName, {}, u"larger than %1 bytes"_s.arg(MaxFileBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return flowError(ErrorCode::FlowFileUnreadable, fileName, {},
                         u"not JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return flowError(ErrorCode::FlowSchemaInvalid, fileName, {}, u"not a JSON object"_s);
    const QJsonObject root = document.object();
    if (root.value(u"schema"_s).toInt() != 1)
        return flowError(ErrorCode::FlowSchemaInvalid, fileName, {}, u"\"schema\" is not 1"_s);

    const Parser parser(fileName);
    FlowDefinition flow;
    flow.fileName = fileName;
    flow.id = root.value(u"id"_s).toString();
    if (!isValidId(flow.id))
        return flowError(ErrorCode::FlowSchemaInvalid, fileName, {}, u"no valid \"id\""_s);
    Result<FlowText> title = parser.text(root.value(u"title"_s), {}, u"title"_s);
    if (!title)
        return title.error();
    flow.title = std::move(title).value();
    const QJsonObject symptoms = root.value(u"symptoms"_s).toObject();
    Result<QStringList> ja = parser.strings(symptoms.value(u"ja"_s), u"symptoms \"ja\""_s);
    if (!ja)
        return ja.error();
    Result<QStringList> en = parser.strings(symptoms.value(u"en"_s), u"symptoms \"en\""_s);
    if (!en)
        return en.error();
    flow.symptomsJa = std::move(ja).value();
    flow.symptomsEn = std::move(en).value();
    for (const QJsonValue &source : root.value(u"sources"_s).toArray())
        flow.sources << source.toString();

    const QJsonValue entry = root.value(u"entry"_s);
    if (!entry.isString() || !isValidId(entry.toString()))
        return flowError(ErrorCode::FlowSchemaInvalid, fileName, {}, u"no valid \"entry\""_s);
    flow.entry = entry.toString();

    const QJsonArray nodes = root.value(u"nodes"_s).toArray();
    if (nodes.isEmpty() || nodes.size() > MaxNodes)
        return flowError(ErrorCode::FlowSchemaInvalid, fileName, {}, u"\"nodes\" needs 1 to %1 nodes"_s.arg(MaxNodes));
    QSet<QString> ids;
    for (int i = 0; i < nodes.size(); ++i) {
        Result<FlowNode> node = parser.node(nodes.at(i), i + 1);
        if (!node)
            return node.error();
        if (ids.contains(node->id))
            return flowError(ErrorCode::FlowSchemaInvalid, fileName, node->id, u"id used twice"_s);
        ids.insert(node->id);
        flow.nodes.append(std::move(node).value());
    }
    if (Result<void> graph = parser.graph(flow); !graph)
        return graph.error();
    return flow;
}

Result<FlowDefinition> FlowDefinition::load(const QString &path)
{
    const QString name = path.section(u'/', -1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return flowError(ErrorCode::FlowFileUnreadable, name, {}, file.errorString());
    // One byte more than allowed, so that parse() sees an oversized file.
    return parse(file.read(MaxFileBytes + 1), name);
}

} // namespace Console
