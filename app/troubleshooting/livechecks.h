// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Console {

// The live checks of docs/FLOWS.md ("K-*"). The ids are part of the flow
// files: never rename one.
enum class CheckId {
    Rndis,   // K-RNDIS: the reader's USB network adapter present and up
    Link,    // K-LINK: the reader connected, its serial readable
    State,   // K-STATE: the reader 稼働中
    Version, // K-VER: software and firmware at or above the minimum
    Sleep,   // K-SLEEP: the PC does not go to sleep
    UpNet,   // K-UPNET: the eligibility network reachable (011)
    Hub,     // K-HUB: the reader straight on a PC port, no hub in between
    Prereq,  // K-PREREQ: the eligibility-system programs installed
    Dir,     // K-DIR: no leftover installation folder
    Bat,     // K-BAT: the start-up delay consistent where it is kept
    Vendor,  // K-VENDOR: no other vendor's reader software
    Ip,      // K-IP: the reader link's subnet overlaps no other network
    Rdp,     // K-RDP: the console not in a remote desktop session
    Licence, // K-LIC: no more readers than licences
    Uptime,  // K-UPTIME: restarted within the last 24 hours
    Logs,    // K-LOGS: room to collect logs
};

std::optional<CheckId> checkIdFromString(const QString &id);
QString checkIdString(CheckId id);

// Unknown means the platform cannot tell: the flow asks the user instead.
enum class CheckOutcome { Pass, Fail, Unknown };

QString checkOutcomeString(CheckOutcome outcome);

struct CheckResult
{
    CheckOutcome outcome = CheckOutcome::Unknown;
    // A few words for the transcript and support: codes, versions, counts.
    // Never names, addresses or card data: the engine strips long digit runs
    // anyway, as they could be a My Number or a PIN.
    QString detail;
};

// Runs the live checks. Asynchronous: run() returns at once and calls done
// exactly once, later, on the thread of context; never if context is
// destroyed first. serial names the reader the flow is about, or is empty
// for "any reader".
class LiveChecks
{
public:
    virtual ~LiveChecks() = default;
    virtual void run(CheckId id, const QString &serial, QObject *context,
                     std::function<void(const CheckResult &)> done) = 0;
};

} // namespace Console
