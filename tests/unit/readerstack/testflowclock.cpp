// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/flow/flowclock.h"

#include <QTest>

using namespace ReaderStack;

class TestFlowClock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manualClockFiresInDueOrder()
    {
        ManualFlowClock clock;
        QList<int> fired;
        QList<qint64> at;
        clock.startTimer(300, [&] { fired << 3; at << clock.elapsedMs(); });
        clock.startTimer(100, [&] { fired << 1; at << clock.elapsedMs(); });
        clock.startTimer(100, [&] { fired << 2; at << clock.elapsedMs(); });
        clock.advance(99);
        QVERIFY(fired.isEmpty());
        clock.advance(250);
        QCOMPARE(fired, (QList<int>{1, 2, 3}));
        QCOMPARE(at, (QList<qint64>{100, 100, 300}));
        QCOMPARE(clock.elapsedMs(), 349);
        QCOMPARE(clock.pendingTimers(), 0);
    }

    void manualClockRunsTimersStartedByCallbacks()
    {
        ManualFlowClock clock;
        int ticks = 0;
        std::function<void()> tick = [&] {
            ++ticks;
            clock.startTimer(10, tick);
        };
        clock.startTimer(10, tick);
        clock.advance(55);
        QCOMPARE(ticks, 5);
        QCOMPARE(clock.pendingTimers(), 1);
    }

    void manualClockStopsTimers()
    {
        ManualFlowClock clock;
        bool fired = false;
        FlowClock::TimerId other = 0;
        const FlowClock::TimerId first = clock.startTimer(10, [&] { clock.stopTimer(other); });
        other = clock.startTimer(20, [&] { fired = true; });
        clock.stopTimer(first + 100);
        clock.advance(30);
        QVERIFY(!fired);
        clock.stopTimer(first);
        QCOMPARE(clock.pendingTimers(), 0);
    }

    void manualClockKeepsItsDate()
    {
        ManualFlowClock clock(QDate(2026, 12, 1));
        QCOMPARE(clock.today(), QDate(2026, 12, 1));
        clock.setToday(QDate(2027, 1, 1));
        QCOMPARE(clock.today(), QDate(2027, 1, 1));
    }

    void systemClockFiresAndStops()
    {
        SystemFlowClock clock;
        int fired = 0;
        bool stoppedFired = false;
        const FlowClock::TimerId stopped = clock.startTimer(5, [&] { stoppedFired = true; });
        clock.startTimer(5, [&] { ++fired; });
        clock.stopTimer(stopped);
        QTRY_COMPARE(fired, 1);
        QVERIFY(!stoppedFired);
        QVERIFY(clock.elapsedMs() >= 0);
        QCOMPARE(clock.today(), QDate::currentDate());
    }
};

QTEST_GUILESS_MAIN(TestFlowClock)
#include "testflowclock.moc"
