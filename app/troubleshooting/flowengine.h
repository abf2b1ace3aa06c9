// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/troubleshooting/flowdefinition.h"
#include "app/troubleshooting/flowstep.h"
#include "app/troubleshooting/livechecks.h"
#include "devicelink/error.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Console {

class FlowActions;

// Runs one troubleshooting flow, one step at a time, for one reader (or for
// none in particular). Check nodes run by themselves as soon as they are
// entered; a check the platform cannot run (Unknown) goes to the node's
// "unknown" next, or, without one, waits for the user to answer the node's
// question: yes is a pass, no a fail. Action nodes wait for perform(); a
// failed action is written to the transcript and the flow goes on to next,
// whose question is what finds out whether it helped.
//
// Thread: GUI thread. Checks and actions answer asynchronously; an answer
// that arrives after back() or restart() left its node is dropped.
class FlowEngine : public QObject
{
    Q_OBJECT

public:
    enum class Stage {
        NotStarted,
        Question,      // answer(i) with one of choices()
        Checking,      // waiting for the live check
        AskingInstead, // answer(0) yes / answer(1) no to the check's question
        Action,        // perform()
        Acting,        // waiting for the action
        Finished,
    };

    FlowEngine(FlowDefinition flow, LiveChecks &checks, FlowActions &actions, QString serial = {},
               QObject *parent = nullptr);

    // "ja" (the default) or "en": the language of the transcript's texts.
    void setLanguage(const QString &language) { m_language = language; }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    void start();
    Stage stage() const { return m_stage; }
    const FlowDefinition &flow() const { return m_flow; }
    QString serial() const { return m_serial; }
    // The node shown now; nullptr before start().
    const FlowNode *currentNode() const;
    // What answer() takes at this stage, in order: the question's answers,
    // or はい/いいえ for a check asked instead.
    QList<FlowText> choices() const;
    // The result of the check of the current node, when it ran.
    std::optional<CheckResult> lastCheck() const { return m_lastCheck; }

    DeviceLink::Result<void> answer(int index);
    DeviceLink::Result<void> perform();
    bool canGoBack() const { return !m_stops.isEmpty(); }
    // Back to the previous step that waited for the user.
    DeviceLink::Result<void> back();
    void restart();

    std::optional<FlowNode::Outcome> outcome() const;
    const QList<FlowStep> &transcript() const { return m_transcript; }
    // Errors of the actions taken, for the support summary.
    const QList<DeviceLink::Error> &errors() const { return m_errors; }

Q_SIGNALS:
    void stepChanged();
    void finished(Console::FlowNode::Outcome outcome);

private:
    void enter(const QString &nodeId);
    void leaveTo(const QString &next, bool fromStop);
    void onCheck(const CheckResult &result);
    void record(const QString &kind, const QString &result, int answer = -1, const QString &detail = {});

    FlowDefinition m_flow;
    LiveChecks &m_checks;
    FlowActions &m_actions;
    QString m_serial;
    QString m_language = QStringLiteral("ja");
    std::function<QDateTime()> m_now;

    Stage m_stage = Stage::NotStarted;
    QString m_current;
    QStringList m_stops;
    // Bumped on every move, so that late check and action answers for a node
    // that was left are recognised and dropped.
    quint64 m_generation = 0;
    std::optional<CheckResult> m_lastCheck;
    QList<FlowStep> m_transcript;
    QList<DeviceLink::Error> m_errors;
};

} // namespace Console
