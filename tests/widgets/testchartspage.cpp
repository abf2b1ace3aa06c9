// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/charts/usagestatistics.h"
#include "app/logs/logstore.h"
#include "views/charts/chartspage.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QBarSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace Views;
using namespace Qt::StringLiterals;

namespace {

const QString ReaderA = u"MDG-CHART-A"_s;
const QString ReaderB = u"MDG-CHART-B"_s;

// ms of hour:minute on the day daysAgo days before today, Asia/Tokyo.
qint64 at(int daysAgo, int hour, int minute)
{
    const qint64 today = logDayNumber(QDateTime::currentMSecsSinceEpoch());
    return logDayStartMs(today - daysAgo) + (qint64(hour) * 60 + minute) * 60 * 1000;
}

template<typename Series>
Series *onlySeries(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *typed = qobject_cast<Series *>(series))
            return typed;
    }
    return nullptr;
}

QBarSet *barSet(QAbstractBarSeries *series, const QString &label)
{
    for (QBarSet *set : series->barSets()) {
        if (set->label() == label)
            return set;
    }
    return nullptr;
}

double sum(const QBarSet *set)
{
    double total = 0;
    for (int i = 0; i < set->count(); ++i)
        total += set->at(i);
    return total;
}

} // namespace

// The チャート page over a store that holds a known set of check outcomes:
// the totals, every chart's numbers, the ranges and the PNG export.
class TestChartsPage final : public QObject
{
    Q_OBJECT

private:
    static void fill(LogStore &store)
    {
        const QList<UsageEvent> events = {
            // Today: 8 checks, 5 successes; face 5, PIN 2, visual 1.
            {at(0, 9, 10), ReaderA, u"face"_s, u"success"_s, {}, 2300},
            {at(0, 9, 15), ReaderB, u"face"_s, u"success"_s, {}, 6200},
            {at(0, 9, 40), ReaderA, u"face"_s, u"success"_s, {}, 4100},
            {at(0, 10, 5), ReaderA, u"pin"_s, u"success"_s, {}, -1},
            {at(0, 10, 20), ReaderA, u"face"_s, u"failure"_s, u"E101"_s, 3500},
            {at(0, 11, 30), ReaderB, u"pin"_s, u"failure"_s, u"P02"_s, -1},
            {at(0, 11, 45), ReaderB, u"visual"_s, u"success"_s, {}, -1},
            {at(0, 14, 0), ReaderA, u"face"_s, u"timeout"_s, {}, -1},
            // Within the week.
            {at(3, 9, 0), ReaderA, u"face"_s, u"success"_s, {}, 1500},
            {at(3, 16, 0), ReaderA, u"face"_s, u"success"_s, {}, 3000},
            // Within 61 days only.
            {at(20, 12, 0), ReaderB, u"pin"_s, u"success"_s, {}, -1},
        };
        for (const UsageEvent &event : events)
            store.append(event.toRecord());

        // Records that are not outcomes count for nothing.
        LogRecord flowLine;
        flowLine.timeMs = at(0, 9, 30);
        flowLine.source = ReaderA;
        flowLine.category = u"flow"_s;
        flowLine.message = u"card placed"_s;
        store.append(flowLine);
        LogRecord otherCategory = events.first().toRecord();
        otherCategory.category = u"link"_s;
        store.append(otherCategory);
        QVERIFY(store.flush());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LogStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = LogStore::open(m_dir->filePath(u"logs"_s)).value();
        fill(*m_store);
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void todayShowsTheKnownTotals()
    {
        ChartsPage page(*m_store);
        QSignalSpy shown(&page, &ChartsPage::summaryShown);
        page.resize(1200, 800);
        page.show();
        QVERIFY(shown.wait(10000));

        const UsageSummary &summary = page.summary();
        QCOMPARE(summary.checks, 8);
        QCOMPARE(summary.successes, 5);
        QCOMPARE(summary.byMethod.face, 5);
        QCOMPARE(summary.byMethod.pin, 2);
        QCOMPARE(summary.byMethod.visual, 1);
        QCOMPARE(page.totalsText(), u"8 check(s) · success rate 62.5 % · face 5 · PIN 2"_s);
        QCOMPARE(page.findChild<QLabel *>(u"chartTotals"_s)->text(), page.totalsText());

        // Per hour, face and PIN stacked.
        auto *hourly = onlySeries<QStackedBarSeries>(page.hourlyChart());
        QVERIFY(hourly);
        QBarSet *face = barSet(hourly, u"Face"_s);
        QBarSet *pin = barSet(hourly, u"PIN"_s);
        QBarSet *visual = barSet(hourly, u"Visual check"_s);
        QVERIFY(face && pin && visual);
        QCOMPARE(face->count(), 24);
        QCOMPARE(face->at(9), 3.0);
        QCOMPARE(face->at(10), 1.0);
        QCOMPARE(face->at(14), 1.0);
        QCOMPARE(pin->at(10), 1.0);
        QCOMPARE(pin->at(11), 1.0);
        QCOMPARE(visual->at(11), 1.0);
        QCOMPARE(sum(face), 5.0);
        QCOMPARE(sum(pin), 2.0);
        QCOMPARE(sum(visual), 1.0);

        // Results and reasons.
        QCOMPARE(page.outcomeChart()->title(), u"Results: success rate 62.5 %"_s);
        auto *outcomes = onlySeries<QPieSeries>(page.outcomeChart());
        QVERIFY(outcomes);
        QMap<QString, double> slices;
        for (const QPieSlice *slice : outcomes->slices())
            slices.insert(slice->label(), slice->value());
        QCOMPARE(slices, (QMap<QString, double>{{u"Success"_s, 5}, {u"Failed (code E101)"_s, 1},
                                                {u"Failed (code P02)"_s, 1}, {u"Timed out"_s, 1}}));

        // 顔認証 to 資格確認終了: 2.3, 3.5, 4.1 and 6.2 s; one over the line.
        QCOMPARE(page.durationChart()->title(), u"Face authentication to end of check: 1 of 4 over 5 s"_s);
        auto *durations = onlySeries<QBarSeries>(page.durationChart());
        QVERIFY(durations);
        QBarSet *bins = durations->barSets().value(0);
        QVERIFY(bins);
        QCOMPARE(bins->count(), UsageSummary::DurationBins);
        const QList<double> expected = {0, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0};
        for (int i = 0; i < bins->count(); ++i)
            QCOMPARE(bins->at(i), expected.at(i));
        auto *limit = onlySeries<QLineSeries>(page.durationChart());
        QVERIFY(limit);
        QCOMPARE(limit->name(), u"Requirement: 5 s"_s);
        QCOMPARE(limit->at(0).x(), 4.5);

        // Per reader.
        auto *readers = onlySeries<QStackedBarSeries>(page.readerChart());
        QVERIFY(readers);
        QBarSet *success = barSet(readers, u"Success"_s);
        QBarSet *failure = barSet(readers, u"Not completed"_s);
        QVERIFY(success && failure);
        QCOMPARE(success->count(), 2);
        QCOMPARE(success->at(0), 3.0); // MDG-CHART-A
        QCOMPARE(failure->at(0), 2.0);
        QCOMPARE(success->at(1), 2.0); // MDG-CHART-B
        QCOMPARE(failure->at(1), 1.0);
    }

    void rangesAddTheEarlierDays()
    {
        ChartsPage page(*m_store);
        QSignalSpy shown(&page, &ChartsPage::summaryShown);
        page.show();
        QVERIFY(shown.wait(10000));
        QCOMPARE(page.summary().checks, 8);

        shown.clear();
        page.findChild<QComboBox *>(u"chartRange"_s)->setCurrentIndex(int(UsageStatistics::Range::Week));
        QVERIFY(shown.wait(10000));
        QCOMPARE(page.summary().checks, 10);
        QCOMPARE(page.summary().successes, 7);
        QCOMPARE(page.summary().from, UsageStatistics::today().addDays(-6));
        QCOMPARE(page.totalsText(), u"10 check(s) · success rate 70.0 % · face 7 · PIN 2"_s);
        QCOMPARE(page.summary().faceToEndCount(), 6);

        shown.clear();
        page.setRange(UsageStatistics::Range::RetentionDays);
        QVERIFY(shown.wait(10000));
        QCOMPARE(page.summary().checks, 11);
        QCOMPARE(page.summary().byReader.value(ReaderB).successes, 3);
        QCOMPARE(page.totalsText(), u"11 check(s) · success rate 72.7 % · face 7 · PIN 3"_s);
    }

    void exportsAPng()
    {
        ChartsPage page(*m_store);
        QSignalSpy shown(&page, &ChartsPage::summaryShown);
        page.resize(1000, 700);
        page.show();
        QVERIFY(shown.wait(10000));
        const QString path = m_dir->filePath(u"charts.png"_s);
        QVERIFY(page.exportPng(path));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), page.size() * page.devicePixelRatio());
    }
};

QTEST_MAIN(TestChartsPage)
#include "testchartspage.moc"
