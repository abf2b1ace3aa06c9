// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/troubleshooting/livechecks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Console {

class ConsoleCore;
class OnboardingChecks;

// The record of what the onboarding wizard set up, for the clinic's files:
// plain data, and the printable HTML made of it. It holds what a support
// call needs (serials, versions, states, settings, check results) and
// nothing personal: whether a reader has a login name, never the name or
// its password; a test patient's result, never a patient's data.
struct OnboardingSummary
{
    Q_DECLARE_TR_FUNCTIONS(Console::OnboardingSummary)

public:
    struct Reader
    {
        QString serial;
        QString software;
        QString firmware;
        QString state; // as the console shows it: 稼働中, 停止中, ...
        bool emulated = false;
        bool loginName = false;
        QString screenMessage;          // empty: the message for all readers, or none
        std::optional<bool> powerLink;  // unknown when the reader did not say
    };
    struct Check
    {
        CheckId id = CheckId::Rdp;
        CheckOutcome outcome = CheckOutcome::Unknown;
        bool answeredByUser = false;
        QString detail;
    };

    QDateTime createdAt;
    QString consoleVersion;
    int startupDelaySeconds = 0;
    QString messageForAll;
    int licensedReaders = 1;
    QList<Check> checks;
    QList<Reader> readers;
    // The reader the test patient went through, and how the check ended
    // ("success", "failure", ... as the reader reports it); empty when none.
    QString testPatientSerial;
    QString testPatientResult;

    // The wizard's state of the console now.
    static OnboardingSummary collect(const ConsoleCore &core, const OnboardingChecks &checks);

    // A whole HTML document (UTF-8) in the UI language.
    QString toHtml() const;
    // madoguchi-setup_<yyyyMMdd-HHmm>, without extension.
    QString fileBaseName() const;
};

} // namespace Console
