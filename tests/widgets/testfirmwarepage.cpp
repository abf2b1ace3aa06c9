// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/consolecore.h"
#include "app/firmware/firmwarehistory.h"
#include "app/firmware/firmwareupdates.h"
#include "app/readercommands.h"
#include "devicelink/readerregistry.h"
#include "tests/support/firmwarefaults.h"
#include "views/firmware/firmwarepage.h"
#include "views/firmware/firmwarereadermodel.h"
#include "views/mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

const QString New = u"MADOGUCHI_RDR_9.0.0"_s;
const QStringList Serials{u"EMU-0001"_s, u"EMU-0002"_s, u"EMU-0003"_s};

// Answers the next modal question with Yes once it is shown.
void answerYesToTheNextQuestion()
{
    QTimer::singleShot(0, [] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        box->button(QMessageBox::Yes)->click();
    });
}

} // namespace

// ソフトウェア更新 over three emulated readers of a real console: a bad file
// is refused with its code, the good one is rolled out one reader at a time
// with one reader 稼働中 throughout, progress shows, and the history keeps
// every reader's result. A cancelled update leaves its reader on the old
// software, back in service.
class TestFirmwarePage final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleCore> m_core;
    std::unique_ptr<Views::MainWindow> m_window;
    Views::FirmwarePage *m_page = nullptr;

    int runningCount() const
    {
        return m_core->registry()->countInState(ReaderState::Running);
    }

    QString firmwareOf(const QString &serial) const
    {
        const ReaderEntry *entry = m_core->registry()->entry(serial);
        return entry && entry->trusted ? entry->description.firmware : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        ConsoleOptions options;
        options.dataDirectory = m_dir->path();
        options.discoveryAddress = QHostAddress::LocalHost;
        options.discoveryPort = 0;
        options.language = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_LANG", u"ja"_s);
        Result<std::unique_ptr<ConsoleCore>> created = ConsoleCore::create(options);
        QVERIFY(created.ok());
        m_core = std::move(created).value();
        m_window = std::make_unique<Views::MainWindow>(m_core.get());
        m_window->resize(1200, 720);
        m_window->show();
        m_window->showPage(u"firmware"_s);
        m_window->attachEmulated(3);
        m_page = m_window->findChild<Views::FirmwarePage *>();
        QVERIFY(m_page);
        QVERIFY(m_page->isVisible());
        for (const QString &serial : Serials)
            QTRY_VERIFY_WITH_TIMEOUT(m_core->registry()->entry(serial) && m_core->registry()->entry(serial)->trusted,
                                     10000);
        for (const QString &serial : {Serials[0], Serials[1]}) {
            m_core->commands()->run(serial, ReaderCommand::Start);
            QTRY_COMPARE_WITH_TIMEOUT(m_core->registry()->entry(serial)->state, ReaderState::Running, 5000);
        }
    }

    void cleanup()
    {
        m_window.reset();
        m_core.reset();
        m_dir.reset();
    }

    void badFileIsRefusedWithItsCode()
    {
        const QString path = m_dir->filePath(u"broken.mdgb"_s);
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("MDGBNDL1 not really");
        broken.close();
        m_page->chooseBundle(path);
        QVERIFY(!m_core->firmwareUpdates()->bundle());
        QVERIFY(m_page->findChild<QLabel *>(u"bundleInfo"_s)->text().contains(u"U60"_s));
        QVERIFY(!m_page->findChild<QPushButton *>(u"updateAll"_s)->isEnabled());
        QVERIFY(!m_page->findChild<QPushButton *>(u"updateSelected"_s)->isEnabled());
    }

    void rolloutUpdatesEveryReaderKeepingOneRunning()
    {
        const QString bundle = m_dir->filePath(u"update.mdgb"_s);
        TestSupport::writeDevelopmentBundle(bundle, New, 24 * 1024 * 1024);
        m_page->chooseBundle(bundle);
        QVERIFY(m_core->firmwareUpdates()->bundle());
        auto *table = m_page->findChild<QTableView *>(u"firmwareReaders"_s);
        QCOMPARE(table->model()->index(0, Views::FirmwareReaderModel::TargetColumn).data().toString(), New);
        auto *updateAll = m_page->findChild<QPushButton *>(u"updateAll"_s);
        QVERIFY(updateAll->isEnabled());

        int fewestRunning = runningCount();
        QMetaObject::Connection watch = connect(m_core->registry(), &QAbstractItemModel::dataChanged, this,
                                                [&] { fewestRunning = qMin(fewestRunning, runningCount()); });
        answerYesToTheNextQuestion();
        QTest::mouseClick(updateAll, Qt::LeftButton);
        QVERIFY(m_core->firmwareUpdates()->running());
        QVERIFY(!updateAll->isEnabled());
        QVERIFY(m_page->findChild<QPushButton *>(u"cancelUpdate"_s)->isEnabled());
        auto *overall = m_page->findChild<QProgressBar *>(u"overallProgress"_s);
        QVERIFY(overall->isVisible());

        // A transfer in progress shows as a bar in its reader's row.
        bool sawProgress = false;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < table->model()->rowCount(); ++row) {
                    const int percent = table->model()
                                            ->index(row, Views::FirmwareReaderModel::ProgressColumn)
                                            .data(Views::FirmwareReaderModel::ProgressPercentRole)
                                            .toInt();
                    sawProgress = sawProgress || (percent > 0 && percent < 100);
                }
                return sawProgress;
            }(),
            20000);
        const QString shots = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTRY_VERIFY_WITH_TIMEOUT(overall->value() > overall->maximum() / 3, 60000);
            QVERIFY(m_window->grab().save(
                QDir(shots).filePath(u"firmware-%1.png"_s.arg(qEnvironmentVariable("MADOGUCHI_SCREENSHOT_LANG", u"ja"_s)))));
        }

        QTRY_VERIFY_WITH_TIMEOUT(!m_core->firmwareUpdates()->running(), 120000);
        disconnect(watch);
        for (const QString &serial : Serials)
            QTRY_COMPARE_WITH_TIMEOUT(firmwareOf(serial), New, 10000);
        QCOMPARE(fewestRunning, 1);
        QTRY_COMPARE_WITH_TIMEOUT(runningCount(), 2, 10000);
        QCOMPARE(overall->value(), overall->maximum());

        const QList<FirmwareHistoryEntry> &history = m_core->firmwareUpdates()->history()->entries();
        QCOMPARE(history.size(), 3);
        for (const FirmwareHistoryEntry &entry : history) {
            QCOMPARE(entry.result, FirmwareHistoryEntry::Result::Updated);
            QCOMPARE(entry.to, New);
        }
        // Out of service first: EMU-0003 was not running.
        QCOMPARE(history.first().serial, Serials[2]);
        auto *historyView = m_page->findChild<QTableView *>(u"firmwareHistory"_s);
        QCOMPARE(historyView->model()->rowCount(), 3);

        // Up to date now: nothing left to update, and the history is kept.
        QVERIFY(!updateAll->isEnabled());
        FirmwareHistory reloaded(QDir(m_dir->path()).filePath(u"firmware-history.jsonl"_s));
        reloaded.load();
        QCOMPARE(reloaded.entries(), history);
    }

    void cancelledUpdateLeavesTheReaderInServiceOnItsSoftware()
    {
        const QString before = firmwareOf(Serials[0]);
        const QString bundle = m_dir->filePath(u"update.mdgb"_s);
        TestSupport::writeDevelopmentBundle(bundle, New, 64 * 1024 * 1024);
        m_page->chooseBundle(bundle);
        m_page->startUpdate({Serials[0]});
        QTRY_VERIFY_WITH_TIMEOUT(m_core->firmwareUpdates()->progress(Serials[0]).done > 0, 20000);
        answerYesToTheNextQuestion();
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"cancelUpdate"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_core->firmwareUpdates()->running());
        QCOMPARE(m_core->firmwareUpdates()->progress(Serials[0]).phase, FirmwareUpdates::Phase::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(m_core->registry()->entry(Serials[0])->state, ReaderState::Running, 10000);
        QCOMPARE(firmwareOf(Serials[0]), before);
        QCOMPARE(m_core->firmwareUpdates()->history()->entries().last().result,
                 FirmwareHistoryEntry::Result::Cancelled);
    }
};

QTEST_MAIN(TestFirmwarePage)
#include "testfirmwarepage.moc"
