// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logstore.h"
#include "views/logs/logtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace Views;
using namespace Qt::StringLiterals;

class TestLogTableModel final : public QObject
{
    Q_OBJECT

private:
    static QList<LogRecord> records(qint64 start, int first, int count)
    {
        QList<LogRecord> out;
        for (int i = first; i < first + count; ++i) {
            LogRecord r;
            r.timeMs = start + i * 10;
            r.source = u"MDG-1001"_s;
            r.level = i % 10 == 0 ? LogLevel::Error : LogLevel::Info;
            r.category = u"flow"_s;
            r.code = i % 10 == 0 ? u"R301"_s : QString();
            r.message = (i % 10 == 0 ? u"暗証番号の照合に失敗しました %1"_s : u"顔認証に成功しました %1"_s).arg(i);
            out.append(r);
        }
        return out;
    }

private Q_SLOTS:
    void windowsOverTheStoreWithoutLoadingEverything()
    {
        QTemporaryDir dir;
        auto store = LogStore::open(dir.path()).value();
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        constexpr int Total = 5000;
        store->append(records(start, 0, Total));
        QVERIFY(store->flush().ok());

        LogTableModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), Total);
        QCOMPARE(model.columnCount(), int(LogTableModel::ColumnCount));

        // Rows far apart: each page arrives by dataChanged, only a few stay.
        QSignalSpy changed(&model, &LogTableModel::dataChanged);
        for (int row : {0, 1234, 2500, 4999}) {
            const QModelIndex index = model.index(row, LogTableModel::MessageColumn);
            model.data(index);
            QTRY_VERIFY(model.data(index, LogTableModel::LoadedRole).toBool());
            QCOMPARE(model.data(index).toString(), u"%1 %2"_s.arg(row % 10 == 0 ? u"暗証番号の照合に失敗しました"_s : u"顔認証に成功しました"_s).arg(row));
            QCOMPARE(model.recordAt(row)->message, model.data(index, Qt::ToolTipRole).toString());
        }
        QVERIFY(changed.count() >= 3); // row 0 may have been loaded by the tester
        for (int page = 0; page < Total / LogTableModel::PageRows; ++page) {
            const QModelIndex index = model.index(page * LogTableModel::PageRows, 0);
            model.data(index);
            QTRY_VERIFY(model.data(index, LogTableModel::LoadedRole).toBool());
        }
        int loaded = 0;
        for (int row = 0; row < Total; row += LogTableModel::PageRows)
            loaded += model.recordAt(row).has_value() ? 1 : 0;
        QCOMPARE(loaded, LogTableModel::CachedPages);

        // A filter resets the table; a time jump finds the row.
        LogFilter failures;
        failures.text = u"失敗"_s;
        model.setFilter(failures);
        QTRY_COMPARE(model.rowCount(), Total / 10);
        QSignalSpy found(&model, &LogTableModel::rowFound);
        model.locateTime(start + 2500 * 10);
        QVERIFY(found.wait());
        QCOMPARE(found.first().first().toInt(), 250);
    }

    void growsAtTheEndWhileLiveAndWaitsWhilePaused()
    {
        QTemporaryDir dir;
        auto store = LogStore::open(dir.path()).value();
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        store->append(records(start, 0, 300));
        QVERIFY(store->flush().ok());
        LogTableModel model(*store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 300);
        const QModelIndex last = model.index(299, 0);
        model.data(last);
        QTRY_VERIFY(model.data(last, LogTableModel::LoadedRole).toBool());

        QSignalSpy inserted(&model, &LogTableModel::rowsInserted);
        QSignalSpy reset(&model, &LogTableModel::modelReset);
        store->append(records(start, 300, 50));
        QTRY_COMPARE(model.rowCount(), 350);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 300);
        QCOMPARE(inserted.first().at(2).toInt(), 349);
        QCOMPARE(reset.count(), 0);

        model.setLiveTail(false);
        QSignalSpy counted(&model, &LogTableModel::countChanged);
        store->append(records(start, 350, 50));
        QVERIFY(store->flush().ok());
        // Paused: the table keeps still for longer than the tail interval.
        QVERIFY(!counted.wait(600));
        QCOMPARE(model.rowCount(), 350);
        model.setLiveTail(true);
        QTRY_COMPARE(model.rowCount(), 400);
        const QModelIndex newest = model.index(399, LogTableModel::MessageColumn);
        model.data(newest);
        QTRY_VERIFY(model.data(newest, LogTableModel::LoadedRole).toBool());
        QCOMPARE(model.recordAt(399)->message, u"顔認証に成功しました 399"_s);
    }
};

QTEST_MAIN(TestLogTableModel)
#include "testlogtablemodel.moc"
