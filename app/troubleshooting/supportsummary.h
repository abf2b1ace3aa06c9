// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/troubleshooting/flowstep.h"
#include "app/troubleshooting/readerfacts.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Console {

class FlowEngine;

// What support asks for at the end of a flow (FLOWS.md F16): the readers'
// serials, states, versions and error codes, the console's version and OS,
// the flow and its outcome, and the transcript of the steps taken. Written
// as JSON (for the log-collection zip, EntryName) and as text (to read
// out or paste into a mail). Holds no login names and no patient data.
struct SupportSummary
{
    static constexpr QStringView EntryName = u"support-summary.json";

    QDateTime created; // UTC
    QString consoleVersion;
    QString operatingSystem;
    QString flowId;
    QString flowTitle;
    QString outcome; // "solved", "contactSupport", or "unfinished"
    QString serial;  // the reader the flow was about, if any
    QList<ReaderFact> readers;
    // Every code seen: the readers' errors and those of the actions taken.
    QStringList errorCodes;
    QList<FlowStep> transcript;

    // facts may be null: then only the flow's own reader serial is known.
    static SupportSummary fromRun(const FlowEngine &run, const ReaderFacts *facts, const QDateTime &now);

    QByteArray toJson() const;
    QString toText() const;
};

} // namespace Console
