// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace DeviceLink {
class ReaderRegistry;
}

namespace Console {

class ConfigStore;
class ReaderCommands;

// What AutoRestart reads the time from. ticked() makes it look again; the
// system clock ticks once a second, a test's clock whenever it is advanced.
class RestartClock : public QObject
{
    Q_OBJECT

public:
    explicit RestartClock(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    virtual qint64 nowMs() const = 0;

Q_SIGNALS:
    void ticked();
};

class SystemRestartClock final : public RestartClock
{
    Q_OBJECT

public:
    explicit SystemRestartClock(QObject *parent = nullptr);
    qint64 nowMs() const override { return m_elapsed.elapsed(); }

private:
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};

class ManualRestartClock final : public RestartClock
{
    Q_OBJECT

public:
    explicit ManualRestartClock(QObject *parent = nullptr)
        : RestartClock(parent)
    {
    }
    qint64 nowMs() const override { return m_nowMs; }
    void advance(qint64 ms)
    {
        m_nowMs += ms;
        Q_EMIT ticked();
    }

private:
    qint64 m_nowMs = 0;
};

// 停止中のカードリーダーに対しn分後に自動的に起動を試みます: a registered,
// reachable reader that is 停止中 is started (起動) once it has been stopped
// for the configured minutes (ConfigStore: on by default, 3 minutes, 1-5).
// A reader that leaves 停止中 loses its countdown; one whose start failed
// waits the full time again.
//
// Thread: GUI thread.
class AutoRestart : public QObject
{
    Q_OBJECT

public:
    AutoRestart(DeviceLink::ReaderRegistry *registry, ReaderCommands *commands, ConfigStore *config,
                RestartClock *clock, QObject *parent = nullptr);

    bool enabled() const { return m_enabled; }
    int minutes() const { return m_minutes; }
    // Validated and kept in config.db (with an audit entry); countdowns
    // running start again with the new time.
    DeviceLink::Result<void> setSettings(bool enabled, int minutes);

    // Milliseconds until the reader is started, -1 when none is due.
    qint64 remainingMs(const QString &serial) const;
    QStringList countingDown() const { return m_deadlines.keys(); }

Q_SIGNALS:
    void countdownChanged();
    void restartAttempted(const QString &serial);

private:
    void evaluate();

    DeviceLink::ReaderRegistry *m_registry;
    ReaderCommands *m_commands;
    ConfigStore *m_config;
    RestartClock *m_clock;
    bool m_enabled;
    int m_minutes;
    QHash<QString, qint64> m_deadlines;
};

} // namespace Console
