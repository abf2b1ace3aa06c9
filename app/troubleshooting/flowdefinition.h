// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/troubleshooting/flowactions.h"
#include "app/troubleshooting/livechecks.h"
#include "devicelink/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Console {

// A text of a flow in both languages the console speaks; both are required.
struct FlowText
{
    QString ja;
    QString en;

    // "ja" gives Japanese, anything else English.
    QString in(const QString &language) const;
    // The language of the UI (QLocale's default, which the console sets
    // with its translations): "ja" or "en".
    static QString uiLanguage();
};

struct FlowAnswer
{
    FlowText label;
    QString next;
};

// One step of a flow (docs/FLOWS-SCHEMA.md). Which members mean something
// depends on kind; the others stay empty.
struct FlowNode
{
    enum class Kind { Question, Check, Action, End };
    enum class Outcome { Solved, ContactSupport };

    QString id;
    Kind kind = Kind::End;
    // Question: the question. Check: the question asked instead when the
    // check cannot run here ("yes" is a pass). Action: what the button does.
    // End: the conclusion.
    FlowText text;

    QList<FlowAnswer> answers;

    CheckId check = CheckId::Link;
    QString pass;
    QString fail;
    // Empty: ask text instead, yes going to pass and no to fail.
    QString unknown;

    FlowAction action = FlowAction::Refresh;
    QString next;

    Outcome outcome = Outcome::Solved;
    // Another flow to go on with, for the view to offer (F1 → F10 → F16).
    QString continueWith;

    // The nodes this one can lead to, in the file's order.
    QStringList successors() const;
};

QString kindString(FlowNode::Kind kind);
QString outcomeString(FlowNode::Outcome outcome);

// A troubleshooting flow, read and validated from its JSON file. Validation
// is complete at load: a flow that loads can be run to an end from any of
// its nodes, and every check and action it names exists. Errors are
// C430-C437 with the file and node in the detail.
struct FlowDefinition
{
    // The limits that keep a hostile file from costing more than a glance.
    static constexpr qint64 MaxFileBytes = 512 * 1024;
    static constexpr int MaxNodes = 400;
    static constexpr int MaxAnswers = 12;
    static constexpr int MaxTextLength = 4000;

    QString fileName;
    QString id;
    FlowText title;
    QStringList symptomsJa;
    QStringList symptomsEn;
    // The FAQ entries the flow digests ("001-17"), for the catalogue.
    QStringList sources;
    QString entry;
    QList<FlowNode> nodes;

    const FlowNode *node(const QString &nodeId) const;

    // fileName only names the flow in errors and in fileName.
    static DeviceLink::Result<FlowDefinition> parse(const QByteArray &json, const QString &fileName);
    static DeviceLink::Result<FlowDefinition> load(const QString &path);
};

} // namespace Console
