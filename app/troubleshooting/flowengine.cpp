// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/flowengine.h"

#include "app/troubleshooting/flowactions.h"

#include <QPointer>

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace Console {

namespace {

const FlowText yes{u"はい"_s, u"Yes"_s};
const FlowText no{u"いいえ"_s, u"No"_s};

Error notPossible(const QString &what)
{
    return Error(ErrorCode::FlowStepNotPossible, what);
}

} // namespace

FlowEngine::FlowEngine(FlowDefinition flow, LiveChecks &checks, FlowActions &actions, QString serial,
                       QObject *parent)
    : QObject(parent)
    , m_flow(std::move(flow))
    , m_checks(checks)
    , m_actions(actions)
    , m_serial(std::move(serial))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

void FlowEngine::start()
{
    m_stops.clear();
    enter(m_flow.entry);
}

const FlowNode *FlowEngine::currentNode() const
{
    return m_stage == Stage::NotStarted ? nullptr : m_flow.node(m_current);
}

QList<FlowText> FlowEngine::choices() const
{
    if (m_stage == Stage::AskingInstead)
        return {yes, no};
    if (m_stage != Stage::Question)
        return {};
    QList<FlowText> labels;
    for (const FlowAnswer &answer : m_flow.node(m_current)->answers)
        labels << answer.label;
    return labels;
}

Result<void> FlowEngine::answer(int index)
{
    const FlowNode *node = currentNode();
    if (m_stage == Stage::Question) {
        if (index < 0 || index >= node->answers.size())
            return notPossible(u"no answer %1 at node \"%2\""_s.arg(index).arg(m_current));
        const FlowAnswer &chosen = node->answers.at(index);
        record(u"question"_s, chosen.label.in(m_language), index);
        leaveTo(chosen.next, true);
        return Result<void>::success();
    }
    if (m_stage == Stage::AskingInstead) {
        if (index != 0 && index != 1)
            return notPossible(u"answer yes (0) or no (1) at node \"%1\""_s.arg(m_current));
        record(u"check"_s, index == 0 ? u"yes"_s : u"no"_s, index, checkIdString(node->check));
        leaveTo(index == 0 ? node->pass : node->fail, true);
        return Result<void>::success();
    }
    return notPossible(u"node \"%1\" asks no question now"_s.arg(m_current));
}

Result<void> FlowEngine::perform()
{
    if (m_stage != Stage::Action)
        return notPossible(u"node \"%1\" has no action to perform now"_s.arg(m_current));
    m_stage = Stage::Acting;
    const quint64 generation = m_generation;
    const FlowNode *node = currentNode();
    const QString next = node->next;
    Q_EMIT stepChanged();
    m_actions.perform(node->action, m_serial, this, [this, generation, next](const Result<void> &result) {
        if (generation != m_generation || m_stage != Stage::Acting)
            return;
        if (result.ok()) {
            record(u"action"_s, u"ok"_s);
        } else {
            m_errors.append(result.error());
            record(u"action"_s, result.error().codeString());
        }
        leaveTo(next, true);
    });
    return Result<void>::success();
}

Result<void> FlowEngine::back()
{
    if (m_stops.isEmpty())
        return notPossible(u"no step before node \"%1\""_s.arg(m_current));
    record(u"back"_s, {});
    enter(m_stops.takeLast());
    return Result<void>::success();
}

void FlowEngine::restart()
{
    if (m_stage != Stage::NotStarted)
        record(u"restart"_s, {});
    start();
}

std::optional<FlowNode::Outcome> FlowEngine::outcome() const
{
    if (m_stage != Stage::Finished)
        return std::nullopt;
    return currentNode()->outcome;
}

void FlowEngine::enter(const QString &nodeId)
{
    ++m_generation;
    m_current = nodeId;
    m_lastCheck.reset();
    const FlowNode *node = m_flow.node(nodeId);
    switch (node->kind) {
    case FlowNode::Kind::Question:
        m_stage = Stage::Question;
        break;
    case FlowNode::Kind::Action:
        m_stage = Stage::Action;
        break;
    case FlowNode::Kind::End:
        m_stage = Stage::Finished;
        record(u"end"_s, outcomeString(node->outcome));
        Q_EMIT stepChanged();
        Q_EMIT finished(node->outcome);
        return;
    case FlowNode::Kind::Check: {
        m_stage = Stage::Checking;
        Q_EMIT stepChanged();
        const quint64 generation = m_generation;
        QPointer<FlowEngine> self(this);
        m_checks.run(node->check, m_serial, this, [self, generation](const CheckResult &result) {
            if (self && generation == self->m_generation && self->m_stage == Stage::Checking)
                self->onCheck(result);
        });
        return;
    }
    }
    Q_EMIT stepChanged();
}

void FlowEngine::leaveTo(const QString &next, bool fromStop)
{
    if (fromStop)
        m_stops.append(m_current);
    enter(next);
}

void FlowEngine::onCheck(const CheckResult &result)
{
    const FlowNode *node = currentNode();
    const QString detail = FlowStep::sanitise(result.detail);
    m_lastCheck = CheckResult{result.outcome, detail};
    record(u"check"_s, checkOutcomeString(result.outcome), -1,
           detail.isEmpty() ? checkIdString(node->check) : checkIdString(node->check) + u": "_s + detail);
    switch (result.outcome) {
    case CheckOutcome::Pass:
        leaveTo(node->pass, false);
        return;
    case CheckOutcome::Fail:
        leaveTo(node->fail, false);
        return;
    case CheckOutcome::Unknown:
        if (!node->unknown.isEmpty()) {
            leaveTo(node->unknown, false);
            return;
        }
        m_stage = Stage::AskingInstead;
        // Keep the result: the view shows that the check could not run here.
        m_lastCheck = CheckResult{result.outcome, detail};
        Q_EMIT stepChanged();
        return;
    }
}

void FlowEngine::record(const QString &kind, const QString &result, int answer, const QString &detail)
{
    FlowStep step;
    step.time = m_now().toUTC();
    step.nodeId = m_current;
    step.kind = kind;
    const FlowNode *node = m_flow.node(m_current);
    if (node && kind != u"back" && kind != u"restart")
        step.shown = node->text.in(m_language);
    step.result = result;
    step.answer = answer;
    step.detail = FlowStep::sanitise(detail);
    m_transcript.append(step);
}

} // namespace Console
