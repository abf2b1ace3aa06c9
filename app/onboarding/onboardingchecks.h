// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/troubleshooting/livechecks.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <map>

namespace Console {

// The live checks the onboarding wizard runs (the PC's environment, then
// K-LIC), their results and, where this PC cannot tell (Unknown), the
// user's yes/no answer to the check's question: yes means pass, as in the
// troubleshooting flows. The texts say what a clinic must do, in the words
// of the vendor's documents.
//
// Thread: GUI thread. Results arrive through the event loop (LiveChecks);
// those of a run that was started again are dropped.
class OnboardingChecks : public QObject
{
    Q_OBJECT

public:
    explicit OnboardingChecks(LiveChecks *checks, QObject *parent = nullptr);

    // K-RDP, K-VENDOR, K-SLEEP, K-IP, K-HUB.
    static QList<CheckId> environment();

    // Runs the checks (again), forgetting their earlier results and answers.
    void run(const QList<CheckId> &ids);
    bool isRunning(CheckId id) const;
    bool hasResult(CheckId id) const;
    // What the check found.
    CheckResult result(CheckId id) const;
    // Pass or Fail when the user answered the question of an Unknown check.
    void answer(CheckId id, bool yes);
    bool isAnswered(CheckId id) const;
    // The result with the user's answer taken in.
    CheckOutcome outcome(CheckId id) const;
    // The checks run so far, in the order they were asked for.
    QList<CheckId> checked() const;

    static QString title(CheckId id);
    // What to do when it fails.
    static QString advice(CheckId id);
    // Asked when the PC cannot tell; yes means pass.
    static QString question(CheckId id);
    static QString outcomeLabel(CheckOutcome outcome);

Q_SIGNALS:
    void resultChanged(Console::CheckId id);

private:
    struct Entry
    {
        bool running = false;
        bool done = false;
        CheckResult result;
        CheckOutcome answer = CheckOutcome::Unknown;
        quint64 generation = 0;
    };

    LiveChecks *m_checks;
    QList<CheckId> m_order;
    std::map<CheckId, Entry> m_entries;
    quint64 m_generation = 0;
};

} // namespace Console
