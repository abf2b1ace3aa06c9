// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logstore.h"
#include "views/logs/logtablemodel.h"
#include "views/logs/logviewerpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace Views;
using namespace Qt::StringLiterals;

// The ログ page on the offscreen platform over a real store: filters,
// search with next/previous, live tail, details, copy and export.
class TestLogViewerPage final : public QObject
{
    Q_OBJECT

private:
    static LogRecord make(qint64 timeMs, const QString &source, LogLevel level, const QString &code, const QString &message)
    {
        LogRecord r;
        r.timeMs = timeMs;
        r.source = source;
        r.level = level;
        r.category = u"flow"_s;
        r.code = code;
        r.message = message;
        return r;
    }

    template<typename T>
    static T *child(QWidget *root, const QString &name)
    {
        T *widget = root->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

private Q_SLOTS:
    void filtersSearchesAndFollowsTheTail()
    {
        QTemporaryDir dir;
        auto store = LogStore::open(dir.path()).value();
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        QList<LogRecord> records;
        for (int i = 0; i < 600; ++i) {
            const bool failure = i % 50 == 7;
            records.append(make(start + i * 1000, i % 2 ? u"MDG-1002"_s : u"MDG-1001"_s,
                                failure ? LogLevel::Error : LogLevel::Info, failure ? u"0x81000001"_s : QString(),
                                failure ? u"顔認証に失敗しました (%1)"_s.arg(i) : u"顔認証に成功しました, %1"_s.arg(i)));
        }
        store->append(records);
        QVERIFY(store->flush().ok());

        LogViewerPage page(*store);
        page.setSources({u"MDG-1001"_s, u"MDG-1002"_s});
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        LogTableModel *model = page.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *table = child<QTableView>(&page, u"logTable"_s);
        QTRY_COMPARE(model->rowCount(), 600);
        // Live: the view shows the newest records.
        QTRY_COMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
        QTRY_VERIFY(child<QLabel>(&page, u"rowCountLabel"_s)->text().contains(u"600"_s));

        // Filter: one reader, errors only.
        auto *source = child<QComboBox>(&page, u"sourceFilter"_s);
        source->setCurrentIndex(source->findData(u"MDG-1002"_s));
        QTRY_COMPARE(model->rowCount(), 300);
        child<QCheckBox>(&page, u"levelFilter1"_s)->setChecked(false); // Info off
        QTRY_COMPARE(model->rowCount(), 12); // i % 50 == 7: 7, 57, ..., 557, all of MDG-1002
        source->setCurrentIndex(source->findData(u"MDG-1001"_s));
        QTRY_COMPARE(model->rowCount(), 0);
        source->setCurrentIndex(0);
        QTRY_COMPARE(model->rowCount(), 12);
        child<QCheckBox>(&page, u"levelFilter1"_s)->setChecked(true);
        QTRY_COMPARE(model->rowCount(), 600);

        // Search: hits are found in order with next and previous.
        auto *search = child<QLineEdit>(&page, u"searchField"_s);
        search->setText(u"失敗"_s);
        table->setCurrentIndex(model->index(0, 0));
        child<QPushButton>(&page, u"nextHitButton"_s)->click();
        QTRY_COMPARE(table->currentIndex().row(), 7);
        child<QPushButton>(&page, u"nextHitButton"_s)->click();
        QTRY_COMPARE(table->currentIndex().row(), 57);
        child<QPushButton>(&page, u"previousHitButton"_s)->click();
        QTRY_COMPARE(table->currentIndex().row(), 7);
        QVERIFY(!child<QPushButton>(&page, u"liveTailButton"_s)->isChecked()); // searching pauses the tail
        QTRY_VERIFY(child<QPlainTextEdit>(&page, u"detailPane"_s)->toPlainText().contains(u"0x81000001"_s));

        // Only the hits, by the code too.
        child<QCheckBox>(&page, u"onlyHitsCheck"_s)->setChecked(true);
        QTRY_COMPARE(model->rowCount(), 12);
        search->setText(u"0x81000001"_s);
        QTRY_COMPARE(model->rowCount(), 12);
        search->setText(u"認証"_s);
        QTRY_COMPARE(model->rowCount(), 600);
        child<QCheckBox>(&page, u"onlyHitsCheck"_s)->setChecked(false);
        QTRY_VERIFY(model->filter().text.isEmpty() && !model->isCounting());
        QCOMPARE(model->rowCount(), 600);

        // Live tail: paused, new records wait; live again, they appear.
        QSignalSpy counted(model, &LogTableModel::countChanged);
        store->append(make(start + 600 * 1000, u"MDG-1001"_s, LogLevel::Info, {}, u"新しい記録"_s));
        QVERIFY(store->flush().ok());
        QVERIFY(!counted.wait(600));
        QCOMPARE(model->rowCount(), 600);
        child<QPushButton>(&page, u"liveTailButton"_s)->click();
        QTRY_COMPARE(model->rowCount(), 601);
        QTRY_COMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
        store->append(make(start + 601 * 1000, u"MDG-1002"_s, LogLevel::Warning, u"R301"_s, u"暗証番号, \"再入力\""_s));
        QTRY_COMPARE(model->rowCount(), 602);

        // Copy and export the selection as CSV.
        table->selectionModel()->clearSelection();
        table->selectRow(601);
        QSignalSpy copied(&page, &LogViewerPage::copied);
        page.copySelection();
        QVERIFY(copied.wait());
        QCOMPARE(copied.first().first().toInt(), 1);
        QVERIFY(QApplication::clipboard()->text().contains(u"R301,\"暗証番号, \"\"再入力\"\"\""_s));
        const QString csvPath = dir.filePath(u"export.csv"_s);
        QSignalSpy exported(&page, &LogViewerPage::exported);
        table->selectRow(600);
        table->selectionModel()->select(model->index(601, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        page.exportSelection(csvPath);
        QVERIFY(exported.wait());
        QCOMPARE(exported.first().at(1).toInt(), 2);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(u"新しい記録"_s));
        QCOMPARE(text.count(u"\r\n"_s), 3);

        // Jump to a time.
        page.jumpTo(start + 300 * 1000);
        QTRY_COMPARE(table->currentIndex().row(), 300);
    }
};

QTEST_MAIN(TestLogViewerPage)
#include "testlogviewerpage.moc"
