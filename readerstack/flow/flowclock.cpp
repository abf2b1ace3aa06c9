// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/flow/flowclock.h"

#include <algorithm>
#include <limits>

namespace ReaderStack {

SystemFlowClock::SystemFlowClock()
{
    m_elapsed.start();
}

SystemFlowClock::~SystemFlowClock() = default;

FlowClock::TimerId SystemFlowClock::startTimer(qint64 ms, std::function<void()> fire)
{
    const TimerId id = m_next++;
    auto timer = std::make_unique<QTimer>();
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    // The callback may stop or start timers, so the map entry goes first;
    // the QTimer itself is deleted later, it is still emitting.
    QObject::connect(timer.get(), &QTimer::timeout, timer.get(), [this, id, fire = std::move(fire)] {
        const auto it = m_timers.find(id);
        if (it == m_timers.end())
            return;
        it->second.release()->deleteLater();
        m_timers.erase(it);
        fire();
    });
    timer->start(int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
    m_timers.emplace(id, std::move(timer));
    return id;
}

void SystemFlowClock::stopTimer(TimerId id)
{
    const auto it = m_timers.find(id);
    if (it == m_timers.end())
        return;
    it->second->stop();
    // Stopping from inside another timer's callback is fine; stopping one's
    // own timer cannot happen (its entry is gone before the callback runs).
    m_timers.erase(it);
}

ManualFlowClock::ManualFlowClock(QDate today)
    : m_today(today)
{
}

FlowClock::TimerId ManualFlowClock::startTimer(qint64 ms, std::function<void()> fire)
{
    const TimerId id = m_next++;
    m_timers.emplace(id, Pending{m_now + qMax<qint64>(0, ms), std::move(fire)});
    return id;
}

void ManualFlowClock::stopTimer(TimerId id)
{
    m_timers.erase(id);
}

void ManualFlowClock::advance(qint64 ms)
{
    const qint64 end = m_now + qMax<qint64>(0, ms);
    for (;;) {
        auto next = m_timers.end();
        for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
            if (it->second.due <= end && (next == m_timers.end() || it->second.due < next->second.due))
                next = it;
        }
        if (next == m_timers.end())
            break;
        m_now = qMax(m_now, next->second.due);
        std::function<void()> fire = std::move(next->second.fire);
        m_timers.erase(next);
        fire();
    }
    m_now = end;
}

} // namespace ReaderStack
