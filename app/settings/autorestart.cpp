// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/settings/autorestart.h"

#include "app/configstore.h"
#include "app/readercommands.h"
#include "devicelink/readerregistry.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAutoRestart, "madoguchi.autorestart")

namespace Console {

using namespace DeviceLink;

SystemRestartClock::SystemRestartClock(QObject *parent)
    : RestartClock(parent)
{
    m_elapsed.start();
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &RestartClock::ticked);
    m_timer.start();
}

AutoRestart::AutoRestart(ReaderRegistry *registry, ReaderCommands *commands, ConfigStore *config, RestartClock *clock,
                         QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_commands(commands)
    , m_config(config)
    , m_clock(clock)
    , m_enabled(config->autoRestartEnabled())
    , m_minutes(config->autoRestartMinutes())
{
    connect(m_clock, &RestartClock::ticked, this, &AutoRestart::evaluate);
    connect(m_registry, &ReaderRegistry::summaryChanged, this, &AutoRestart::evaluate);
    connect(m_registry, &QAbstractItemModel::dataChanged, this, &AutoRestart::evaluate);
    evaluate();
}

Result<void> AutoRestart::setSettings(bool enabled, int minutes)
{
    if (Result<void> saved = m_config->setAutoRestart(enabled, minutes); !saved)
        return saved;
    m_enabled = enabled;
    m_minutes = minutes;
    m_deadlines.clear();
    evaluate();
    Q_EMIT countdownChanged();
    return {};
}

qint64 AutoRestart::remainingMs(const QString &serial) const
{
    const auto it = m_deadlines.constFind(serial);
    if (it == m_deadlines.constEnd())
        return -1;
    return qMax<qint64>(0, it.value() - m_clock->nowMs());
}

void AutoRestart::evaluate()
{
    const qint64 now = m_clock->nowMs();
    bool changed = false;
    QStringList due;
    for (const QString &serial : m_deadlines.keys()) {
        const ReaderEntry *entry = m_registry->entry(serial);
        if (!m_enabled || !entry || entry->state != ReaderState::Stopped
            || !m_commands->canRun(serial, ReaderCommand::Start)) {
            m_deadlines.remove(serial);
            changed = true;
        }
    }
    if (m_enabled) {
        for (const QString &serial : m_registry->serials()) {
            const ReaderEntry *entry = m_registry->entry(serial);
            if (entry->state != ReaderState::Stopped || !m_commands->canRun(serial, ReaderCommand::Start))
                continue;
            auto it = m_deadlines.find(serial);
            if (it == m_deadlines.end()) {
                m_deadlines.insert(serial, now + qint64(m_minutes) * 60 * 1000);
                changed = true;
            } else if (now >= it.value()) {
                due.append(serial);
                // Counted again from now: a start that fails waits the full time.
                it.value() = now + qint64(m_minutes) * 60 * 1000;
            }
        }
    }
    for (const QString &serial : std::as_const(due)) {
        qCInfo(lcAutoRestart).noquote() << serial << "stopped for" << m_minutes << "min: starting it";
        Q_EMIT restartAttempted(serial);
        m_commands->run(serial, ReaderCommand::Start);
    }
    if (changed || !due.isEmpty() || !m_deadlines.isEmpty())
        Q_EMIT countdownChanged();
}

} // namespace Console
