// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/onboarding/onboardingchecks.h"

namespace Console {

using namespace Qt::StringLiterals;

OnboardingChecks::OnboardingChecks(LiveChecks *checks, QObject *parent)
    : QObject(parent)
    , m_checks(checks)
{
}

QList<CheckId> OnboardingChecks::environment()
{
    return {CheckId::Rdp, CheckId::Vendor, CheckId::Sleep, CheckId::Ip, CheckId::Hub};
}

void OnboardingChecks::run(const QList<CheckId> &ids)
{
    const quint64 generation = ++m_generation;
    for (CheckId id : ids) {
        if (!m_order.contains(id))
            m_order.append(id);
        m_entries[id] = Entry{true, false, {}, CheckOutcome::Unknown, generation};
    }
    for (CheckId id : ids)
        Q_EMIT resultChanged(id);
    for (CheckId id : ids) {
        m_checks->run(id, QString(), this, [this, id, generation](const CheckResult &result) {
            Entry &entry = m_entries[id];
            // A later run of the same check owns the entry now.
            if (entry.generation != generation)
                return;
            entry.running = false;
            entry.done = true;
            entry.result = result;
            Q_EMIT resultChanged(id);
        });
    }
}

bool OnboardingChecks::isRunning(CheckId id) const
{
    const auto it = m_entries.find(id);
    return it != m_entries.end() && it->second.running;
}

bool OnboardingChecks::hasResult(CheckId id) const
{
    const auto it = m_entries.find(id);
    return it != m_entries.end() && it->second.done;
}

CheckResult OnboardingChecks::result(CheckId id) const
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? CheckResult() : it->second.result;
}

void OnboardingChecks::answer(CheckId id, bool yes)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end() || !it->second.done || it->second.result.outcome != CheckOutcome::Unknown)
        return;
    it->second.answer = yes ? CheckOutcome::Pass : CheckOutcome::Fail;
    Q_EMIT resultChanged(id);
}

bool OnboardingChecks::isAnswered(CheckId id) const
{
    const auto it = m_entries.find(id);
    return it != m_entries.end() && it->second.answer != CheckOutcome::Unknown;
}

CheckOutcome OnboardingChecks::outcome(CheckId id) const
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || !it->second.done)
        return CheckOutcome::Unknown;
    if (it->second.result.outcome == CheckOutcome::Unknown)
        return it->second.answer;
    return it->second.result.outcome;
}

QList<CheckId> OnboardingChecks::checked() const
{
    return m_order;
}

QString OnboardingChecks::title(CheckId id)
{
    switch (id) {
    case CheckId::Rdp:
        return tr("Remote desktop");
    case CheckId::Vendor:
        return tr("Other vendors' card reader software");
    case CheckId::Sleep:
        return tr("PC sleep");
    case CheckId::Ip:
        return tr("Address overlap with other networks");
    case CheckId::Hub:
        return tr("USB hub or always-powered port");
    case CheckId::Licence:
        return tr("Licences");
    default:
        return checkIdString(id);
    }
}

QString OnboardingChecks::advice(CheckId id)
{
    switch (id) {
    case CheckId::Rdp:
        return tr("Work at the PC itself, not over remote desktop: the card readers and their USB network "
                  "adapters are seen only on the PC they are plugged into.");
    case CheckId::Vendor:
        return tr("Uninstall other vendors' card reader software from this PC; it can take over the card "
                  "reader's USB network link.");
    case CheckId::Sleep:
        return tr("Turn sleep off in the PC's power settings. While the PC sleeps the card readers lose their "
                  "link and show 「接続を待っています」.");
    case CheckId::Ip:
        return tr("The card reader's network overlaps another network of the clinic. Ask your network "
                  "administrator to change the other network's addresses.");
    case CheckId::Hub:
        return tr("Plug the card reader straight into a USB port of the PC, without a hub, USB repeater cable or "
                  "powered hub, and not into a port that stays powered while the PC is off (電源連動 needs it).");
    case CheckId::Licence:
        return tr("Two or more card readers need a licence for each further reader. Add the licence file you "
                  "received (設定 → ライセンス).");
    default:
        return QString();
    }
}

QString OnboardingChecks::question(CheckId id)
{
    switch (id) {
    case CheckId::Rdp:
        return tr("Are you working at this PC itself (not over remote desktop)?");
    case CheckId::Vendor:
        return tr("Have you checked that no other vendor's card reader software is installed on this PC?");
    case CheckId::Sleep:
        return tr("Is sleep turned off on the PC?");
    case CheckId::Ip:
        return tr("Has your network administrator confirmed that the reader's IP address does not overlap another "
                  "network of the clinic?");
    case CheckId::Hub:
        return tr("Is the reader plugged straight into a USB port of the PC, without a hub?");
    case CheckId::Licence:
        return tr("Do you have licences for all connected readers? (Two or more readers need an additional "
                  "licence.)");
    default:
        return QString();
    }
}

QString OnboardingChecks::outcomeLabel(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Pass:
        return tr("OK", "check passed");
    case CheckOutcome::Fail:
        return tr("Needs attention", "check failed");
    case CheckOutcome::Unknown:
        return tr("Cannot tell here", "check the PC cannot make");
    }
    return QString();
}

} // namespace Console
