// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/consolecore.h"
#include "app/emulatedreaders.h"
#include "app/training/trainingmode.h"
#include "app/troubleshooting/flowengine.h"
#include "devicelink/readerregistry.h"
#include "views/mainwindow/mainwindow.h"
#include "views/training/trainingbanner.h"
#include "views/training/trainingfaultmodel.h"
#include "views/training/trainingpage.h"
#include "views/troubleshooting/troubleshootingpage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

const QString First = u"EMU-0001"_s;
const QString Second = u"EMU-0002"_s;

// Answers the next modal question with button once it is shown.
void answerTheNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        box->button(button)->click();
    });
}

} // namespace

// トレーニング in a real console with two emulated readers: the mode needs an
// emulated reader and asks before it starts; while on, the banner, the
// window title, the status bar and the page mark it; a practice fault
// checked in the table reaches the reader through its real link, the cable
// brings it back, a fault of the PC is one check box, 「この手順で練習する」
// opens the guide of the fault for the chosen reader; turning it off clears
// every fault and takes the marks away. With MADOGUCHI_SCREENSHOT_DIR set it
// saves training-<lang>.png.
class TestTrainingPage final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleCore> m_core;
    std::unique_ptr<Views::MainWindow> m_window;
    Views::TrainingPage *m_page = nullptr;
    QTableView *m_table = nullptr;

    Views::TrainingFaultModel *model() const { return m_page->model(); }

    QModelIndex cell(TrainingFault fault, const QString &serial = {}) const
    {
        const int column = serial.isEmpty() ? int(Views::TrainingFaultModel::FirstReaderColumn)
                                            : model()->columnOf(serial);
        return model()->index(model()->rowOf(fault), column);
    }

    // Space on the table's current cell, as a keyboard user checks a box.
    void toggle(TrainingFault fault, const QString &serial = {})
    {
        m_table->setFocus();
        m_table->setCurrentIndex(cell(fault, serial));
        QTest::keyClick(m_table, Qt::Key_Space);
    }

    bool isChecked(TrainingFault fault, const QString &serial = {}) const
    {
        return cell(fault, serial).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    }

    bool isTrusted(const QString &serial) const
    {
        const ReaderEntry *entry = m_core->registry()->entry(serial);
        return entry && entry->trusted && entry->state != ReaderState::WaitingForConnection;
    }

    ReaderState stateOf(const QString &serial) const
    {
        const ReaderEntry *entry = m_core->registry()->entry(serial);
        return entry ? entry->state : ReaderState::WaitingForConnection;
    }

    bool bannerShown() const { return m_window->findChild<Views::TrainingBanner *>()->isVisible(); }

    QListWidgetItem *trainingItem() const
    {
        auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
        const QList<QListWidgetItem *> items =
            navigation->findItems(Views::MainWindow::tr("Training", "トレーニング"), Qt::MatchExactly);
        return items.isEmpty() ? nullptr : items.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        ConsoleOptions options;
        options.dataDirectory = m_dir.path();
        options.discoveryAddress = QHostAddress::LocalHost;
        options.discoveryPort = 0;
        options.language = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_LANG", u"ja"_s);
        Result<std::unique_ptr<ConsoleCore>> created = ConsoleCore::create(options);
        QVERIFY(created.ok());
        m_core = std::move(created).value();
        m_window = std::make_unique<Views::MainWindow>(m_core.get());
        m_window->resize(1200, 720);
        m_window->show();
        m_page = m_window->trainingPage();
        QVERIFY(m_page);
        m_table = m_page->findChild<QTableView *>(u"trainingFaults"_s);
        QVERIFY(m_table);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_core.reset();
    }

    void actionNeedsAnEmulatedReader()
    {
        QAction *action = m_window->trainingAction();
        QVERIFY(!action->isEnabled());
        QVERIFY(!action->toolTip().isEmpty());
        QVERIFY(!bannerShown());
        QVERIFY(trainingItem() && trainingItem()->isHidden());

        m_window->attachEmulated(2);
        QTRY_VERIFY_WITH_TIMEOUT(isTrusted(First) && isTrusted(Second), 15000);
        QVERIFY(action->isEnabled());
        QCOMPARE(model()->columnCount(), int(Views::TrainingFaultModel::FirstReaderColumn) + 2);
    }

    void declinedQuestionLeavesTheModeOff()
    {
        answerTheNextQuestion(QMessageBox::No);
        m_window->trainingAction()->trigger();
        QVERIFY(!m_core->training()->isEnabled());
        QVERIFY(!m_window->trainingAction()->isChecked());
        QVERIFY(!bannerShown());
    }

    void turningOnShowsBannerAndPage()
    {
        answerTheNextQuestion(QMessageBox::Yes);
        m_window->trainingAction()->trigger();
        QVERIFY(m_core->training()->isEnabled());
        QVERIFY(m_window->trainingAction()->isChecked());
        QTRY_VERIFY(bannerShown());
        QTRY_VERIFY(m_page->isVisible());
        QVERIFY(!trainingItem()->isHidden());
        QVERIFY(m_window->windowTitle().startsWith(Views::MainWindow::tr("[Training]")));
        QVERIFY(m_window->findChild<QLabel *>(u"trainingStatus"_s)->isVisible());
        QCOMPARE(cell(TrainingFault::LinkDown, {}).siblingAtColumn(0).data().toString(),
                 Views::TrainingFaultModel::symptom(TrainingFault::LinkDown));
    }

    void linkDownMakesTheReaderWait()
    {
        toggle(TrainingFault::LinkDown, First);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(First), ReaderState::WaitingForConnection, 10000);
        QVERIFY(m_core->training()->hasFault(TrainingFault::LinkDown, First));
        QVERIFY(isChecked(TrainingFault::LinkDown, First));
        QVERIFY(!isChecked(TrainingFault::LinkDown, Second));
        QVERIFY(isTrusted(Second));
    }

    void replugBringsItBack()
    {
        m_page->setCurrentReader(First);
        QCOMPARE(m_page->currentReader(), First);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"replugReader"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(isTrusted(First), 20000);
        QVERIFY(!m_core->training()->hasFault(TrainingFault::LinkDown, First));
        QVERIFY(!isChecked(TrainingFault::LinkDown, First));
        // The replug took the column away and brought it back: the reader
        // chosen stays chosen.
        QCOMPARE(m_page->currentReader(), First);
    }

    void consoleWideFaultIsOneCheckBox()
    {
        const QModelIndex second = model()->index(model()->rowOf(TrainingFault::OverLicence),
                                                  model()->columnOf(Second));
        QVERIFY(!(second.flags() & Qt::ItemIsUserCheckable));
        QCOMPARE(m_table->columnSpan(second.row(), Views::TrainingFaultModel::FirstReaderColumn), 2);
        toggle(TrainingFault::OverLicence);
        QVERIFY(m_core->training()->hasFault(TrainingFault::OverLicence));
        QVERIFY(isChecked(TrainingFault::OverLicence));
        toggle(TrainingFault::OverLicence);
        QVERIFY(!m_core->training()->hasFault(TrainingFault::OverLicence));
        QVERIFY(!isChecked(TrainingFault::OverLicence));
        // USBポートを変更した is a button, not a box.
        QVERIFY(!(cell(TrainingFault::PortChanged, First).flags() & Qt::ItemIsUserCheckable));
    }

    void practiseOpensTheGuide()
    {
        m_table->setCurrentIndex(cell(TrainingFault::LinkDown, Second));
        QCOMPARE(m_page->currentReader(), Second);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"practiseFlow"_s), Qt::LeftButton);
        auto *troubleshooting = m_window->findChild<Views::TroubleshootingPage *>();
        QTRY_VERIFY(troubleshooting->isVisible());
        QVERIFY(troubleshooting->run());
        QCOMPARE(troubleshooting->run()->flow().id, trainingFaultFlow(TrainingFault::LinkDown));
        QCOMPARE(troubleshooting->run()->serial(), Second);
        m_window->showPage(u"training"_s);
        QTRY_VERIFY(m_page->isVisible());
    }

    void turningOffClearsEveryFault()
    {
        toggle(TrainingFault::FrozenScreen, Second);
        toggle(TrainingFault::LogDiskFull);
        QVERIFY(m_core->training()->hasFault(TrainingFault::FrozenScreen, Second));
        QVERIFY(m_core->training()->hasFault(TrainingFault::LogDiskFull));
        m_table->setCurrentIndex(cell(TrainingFault::FrozenScreen, Second));

        const QString shots = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QVERIFY(m_window->grab().save(QDir(shots).filePath(
                u"training-%1.png"_s.arg(qEnvironmentVariable("MADOGUCHI_SCREENSHOT_LANG", u"ja"_s)))));
        }

        m_window->trainingAction()->trigger();
        QVERIFY(!m_core->training()->isEnabled());
        for (TrainingFault fault : allTrainingFaults()) {
            QVERIFY(!m_core->training()->hasFault(fault));
            QVERIFY(!isChecked(fault, First));
        }
        QVERIFY(!bannerShown());
        QVERIFY(!m_page->isVisible());
        QVERIFY(trainingItem()->isHidden());
        QVERIFY(!m_window->windowTitle().contains(Views::MainWindow::tr("[Training]")));
        QVERIFY(!m_window->findChild<QLabel *>(u"trainingStatus"_s)->isVisible());
        QVERIFY(!(cell(TrainingFault::LinkDown, First).flags() & Qt::ItemIsUserCheckable));
        QTRY_VERIFY_WITH_TIMEOUT(isTrusted(First) && isTrusted(Second), 20000);
    }
};

QTEST_MAIN(TestTrainingPage)
#include "testtrainingpage.moc"
