// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/flowlibrary.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace Console {

namespace {

QString normalised(const QString &text)
{
    static const QRegularExpression ignored(u"[\\s「」『』\"'、。,.?？!！]"_s);
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().remove(ignored);
}

} // namespace

void FlowLibrary::load(const QString &directory)
{
    m_flows.clear();
    m_problems.clear();
    const QDir dir(directory);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        Result<FlowDefinition> flow = FlowDefinition::load(dir.filePath(name));
        if (!flow) {
            m_problems.append(flow.error());
            continue;
        }
        if (this->flow(flow->id)) {
            m_problems.append(Error(ErrorCode::FlowSchemaInvalid,
                                    name + u": flow id \""_s + flow->id + u"\" used by another file"_s));
            continue;
        }
        m_flows.append(std::move(flow).value());
    }

    QSet<QString> ids;
    for (const FlowDefinition &flow : std::as_const(m_flows))
        ids.insert(flow.id);
    for (qsizetype i = 0; i < m_flows.size();) {
        const FlowDefinition &flow = m_flows.at(i);
        const auto missing = std::find_if(flow.nodes.cbegin(), flow.nodes.cend(), [&](const FlowNode &node) {
            return !node.continueWith.isEmpty() && !ids.contains(node.continueWith);
        });
        if (missing == flow.nodes.cend()) {
            ++i;
            continue;
        }
        m_problems.append(Error(ErrorCode::FlowTargetMissing, flow.fileName + u": node \""_s + missing->id
                                                                  + u"\": continueWith \""_s + missing->continueWith
                                                                  + u"\" is no flow"_s));
        m_flows.removeAt(i);
    }
}

const FlowDefinition *FlowLibrary::flow(const QString &id) const
{
    for (const FlowDefinition &one : m_flows) {
        if (one.id == id)
            return &one;
    }
    return nullptr;
}

QList<const FlowDefinition *> FlowLibrary::search(const QString &text) const
{
    const QString query = normalised(text);
    if (query.isEmpty())
        return {};
    QList<std::pair<int, const FlowDefinition *>> scored;
    for (const FlowDefinition &flow : m_flows) {
        int score = 0;
        for (const QString &symptom : flow.symptomsJa + flow.symptomsEn) {
            const QString one = normalised(symptom);
            if (one == query)
                score += 4;
            else if (one.contains(query))
                score += 2;
            else if (!one.isEmpty() && query.contains(one))
                score += 1;
        }
        if (normalised(flow.title.ja).contains(query) || normalised(flow.title.en).contains(query))
            score += 1;
        if (score > 0)
            scored.append({score, &flow});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<const FlowDefinition *> found;
    for (const auto &[score, flow] : scored)
        found << flow;
    return found;
}

} // namespace Console
