// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QDate>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

namespace ReaderStack {

// The time the patient flow runs on: a monotonic millisecond count for step
// durations, today's date for the certificate notice, and one-shot timers
// for step timeouts and scripted delays. Injected, so that tests drive time
// by hand (ManualFlowClock) and never sleep.
//
// A timer's callback runs once, on the clock's thread, unless stopped
// before; stopping an unknown or fired timer does nothing.
class FlowClock
{
public:
    using TimerId = quint64;

    virtual ~FlowClock() = default;
    virtual qint64 elapsedMs() const = 0;
    virtual QDate today() const = 0;
    virtual TimerId startTimer(qint64 ms, std::function<void()> fire) = 0;
    virtual void stopTimer(TimerId id) = 0;
};

// The real clock: QElapsedTimer, the system date and QTimer.
// Thread: the thread it was created on.
class SystemFlowClock final : public FlowClock
{
public:
    SystemFlowClock();
    ~SystemFlowClock() override;

    qint64 elapsedMs() const override { return m_elapsed.elapsed(); }
    QDate today() const override { return QDate::currentDate(); }
    TimerId startTimer(qint64 ms, std::function<void()> fire) override;
    void stopTimer(TimerId id) override;

private:
    QElapsedTimer m_elapsed;
    std::map<TimerId, std::unique_ptr<QTimer>> m_timers;
    TimerId m_next = 1;
};

// Time that moves only when advance() says so. Timers fire inside advance(),
// in the order they fall due (in start order when due together), each with
// elapsedMs() at its due time; a timer started by a callback fires in the
// same advance() if it falls due within it.
class ManualFlowClock final : public FlowClock
{
public:
    explicit ManualFlowClock(QDate today = QDate(2026, 4, 1));

    qint64 elapsedMs() const override { return m_now; }
    QDate today() const override { return m_today; }
    void setToday(QDate today) { m_today = today; }
    TimerId startTimer(qint64 ms, std::function<void()> fire) override;
    void stopTimer(TimerId id) override;

    void advance(qint64 ms);
    int pendingTimers() const { return int(m_timers.size()); }

private:
    struct Pending
    {
        qint64 due;
        std::function<void()> fire;
    };

    qint64 m_now = 0;
    QDate m_today;
    std::map<TimerId, Pending> m_timers;
    TimerId m_next = 1;
};

} // namespace ReaderStack
