// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/charts/usagestatistics.h"

#include <QTest>
#include <QTimeZone>

using namespace Console;
using namespace Qt::StringLiterals;

class TestUsageStatistics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aggregatesAKnownSet()
    {
        const QTimeZone tokyo("Asia/Tokyo");
        auto at = [&](int day, int hour) {
            return QDateTime(QDate(2026, 12, day), QTime(hour, 30), tokyo).toMSecsSinceEpoch();
        };
        QList<UsageEvent> events = {
            {at(1, 9), u"EMU-0001"_s, u"face"_s, u"success"_s, {}, 2500},
            {at(1, 9), u"EMU-0001"_s, u"pin"_s, u"success"_s, {}, -1},
            {at(2, 9), u"EMU-0002"_s, u"face"_s, u"success"_s, {}, 6200},
            {at(2, 10), u"EMU-0002"_s, u"face"_s, u"timeout"_s, u"006"_s, -1},
            {at(2, 23), u"EMU-0001"_s, u"pin"_s, u"failure"_s, u"005"_s, -1},
            {at(3, 9), u"EMU-0001"_s, u"face"_s, u"success"_s, {}, 1000},
        };
        for (const UsageEvent &e : std::as_const(events)) {
            const std::optional<UsageEvent> back = UsageEvent::fromRecord(e.toRecord());
            QVERIFY(back);
            QCOMPARE(back->faceToEndMs, e.faceToEndMs);
        }
        const UsageSummary s = UsageSummary::aggregate(events, QDate(2026, 12, 1), QDate(2026, 12, 2));
        QCOMPARE(s.checks, 5);
        QCOMPARE(s.successes, 3);
        QCOMPARE(s.byHour.at(9).face, 2);
        QCOMPARE(s.byHour.at(9).pin, 1);
        QCOMPARE(s.byHour.at(10).face, 1);
        QCOMPARE(s.byHour.at(23).pin, 1);
        QCOMPARE(s.byMethod.face, 3);
        QCOMPARE(s.byMethod.pin, 2);
        QCOMPARE(s.failureReasons.value(u"timeout 006"_s), 1);
        QCOMPARE(s.failureReasons.value(u"failure 005"_s), 1);
        QCOMPARE(s.faceToEnd.at(2), 1);
        QCOMPARE(s.faceToEnd.at(6), 1);
        QCOMPARE(s.faceToEndOverLimit, 1);
        QCOMPARE(s.byReader.value(u"EMU-0001"_s).successes, 2);
        QCOMPARE(s.byReader.value(u"EMU-0001"_s).failures, 1);
        QCOMPARE(s.byReader.value(u"EMU-0002"_s).failures, 1);
    }
};

QTEST_GUILESS_MAIN(TestUsageStatistics)
#include "testusagestatistics.moc"
