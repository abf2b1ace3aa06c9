// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logqueryrunner.h"
#include "app/logs/logstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

class TestLogQueryRunner final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LogStore> makeStore(const QTemporaryDir &dir, int records)
    {
        auto store = LogStore::open(dir.path()).value();
        QList<LogRecord> batch;
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - records;
        for (int i = 0; i < records; ++i) {
            LogRecord r;
            r.timeMs = start + i;
            r.source = u"MDG-%1"_s.arg(1001 + i % 2);
            r.category = u"flow"_s;
            r.message = i % 2 ? u"顔認証に成功しました"_s : u"顔認証に失敗しました"_s;
            batch.append(r);
        }
        store->append(batch);
        store->flush();
        return store;
    }

private Q_SLOTS:
    void deliversCountsPagesAndPositions()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir, 1000);
        LogQueryRunner runner(*store);
        QSignalSpy counts(&runner, &LogQueryRunner::countReady);
        QSignalSpy pages(&runner, &LogQueryRunner::pageReady);
        LogFilter filter;
        filter.text = u"失敗"_s;
        runner.setFilter(filter);
        runner.requestCount();
        runner.requestPage(10, 20);
        QVERIFY(counts.count() > 0 || counts.wait());
        QCOMPARE(counts.first().first().toLongLong(), 500);
        QVERIFY(pages.count() > 0 || pages.wait());
        QCOMPARE(pages.first().at(0).toLongLong(), 10);
        const auto records = pages.first().at(1).value<QList<LogRecord>>();
        QCOMPARE(records.size(), 20);
        QVERIFY(records.first().message.contains(u"失敗"_s));
    }

    void aNewFilterCancelsTheOldOnesResults()
    {
        QTemporaryDir dir;
        auto store = makeStore(dir, 2000);
        LogQueryRunner runner(*store);
        QSignalSpy counts(&runner, &LogQueryRunner::countReady);
        QSignalSpy failures(&runner, &LogQueryRunner::failed);
        LogFilter old;
        old.text = u"成功"_s;
        old.textMode = LogFilter::TextMode::Like;
        runner.setFilter(old);
        runner.requestCount();
        runner.requestCount();
        LogFilter newer;
        newer.sources = {u"MDG-1001"_s};
        runner.setFilter(newer);
        runner.requestCount();
        QTRY_COMPARE(counts.count(), 1);
        QCOMPARE(counts.first().first().toLongLong(), 1000);
        // Nothing of the old filter arrives later, and cancelling is no failure.
        QSignalSpy more(&runner, &LogQueryRunner::countReady);
        runner.requestPositionOfTime(0);
        QSignalSpy positions(&runner, &LogQueryRunner::positionReady);
        QVERIFY(positions.wait());
        QCOMPARE(more.count(), 0);
        QCOMPARE(failures.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLogQueryRunner)
#include "testlogqueryrunner.moc"
