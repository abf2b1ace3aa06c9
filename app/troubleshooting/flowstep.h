// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Console {

// One line of a flow run's transcript, for support. Holds only what the flow
// itself wrote (its texts and answers), check and action ids, outcomes,
// error codes and check details stripped of long digit runs: never
// anything the user typed, nor patient data.
struct FlowStep
{
    QDateTime time; // UTC
    QString nodeId;
    // "question", "check", "action", "end", or "back" / "restart" for the
    // user's moves.
    QString kind;
    // The node's text as shown, in the run's language.
    QString shown;
    // The answer's label, "pass" / "fail" / "unknown" / "yes" / "no" for a
    // check, "ok" or the error code for an action, the outcome for an end.
    QString result;
    int answer = -1;
    QString detail;

    QJsonObject toJson() const;
    QString toLine() const;

    // Keeps detail to a short line without runs of four digits or more (a
    // PIN, a My Number, a date of birth could be such a run).
    static QString sanitise(const QString &detail);
};

} // namespace Console
