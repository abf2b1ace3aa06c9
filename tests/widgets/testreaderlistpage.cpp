// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/consolecore.h"
#include "app/emulatedreaders.h"
#include "app/languagemanager.h"
#include "devicelink/readerregistry.h"
#include "views/mainwindow/mainwindow.h"
#include "views/readerlist/readerlistpage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

// The console window on the offscreen platform with emulated readers: what
// the manager sees and what the buttons do.
class TestReaderListPage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleCore> makeCore(const QTemporaryDir &dir, const QString &language = u"ja"_s)
    {
        ConsoleOptions options;
        options.dataDirectory = dir.path();
        options.discoveryAddress = QHostAddress::LocalHost;
        options.discoveryPort = 0;
        options.language = language;
        Result<std::unique_ptr<ConsoleCore>> core = ConsoleCore::create(options);
        return core ? std::move(core).value() : nullptr;
    }

    static ReaderState stateOf(ConsoleCore &core, const QString &serial)
    {
        const ReaderEntry *entry = core.registry()->entry(serial);
        return entry ? entry->state : ReaderState::WaitingForConnection;
    }

    static void click(QWidget *root, const QString &name)
    {
        auto *button = root->findChild<QPushButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name + u" is disabled"_s));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static bool enabled(QWidget *root, const QString &name)
    {
        return root->findChild<QPushButton *>(name)->isEnabled();
    }

private Q_SLOTS:
    void buttonsActOnTheSelectedReader()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir);
        QVERIFY(core);
        QAbstractItemModelTester tester(core->registry(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Views::MainWindow window(core.get());
        window.show();
        QVERIFY(core->emulated()->attach(3).ok());

        auto *table = window.findChild<QTableView *>(u"readerTable"_s);
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 5000);
        for (const QString &serial : {u"EMU-0001"_s, u"EMU-0002"_s, u"EMU-0003"_s})
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(*core, serial), ReaderState::Stopped, 5000);
        QCOMPARE(table->model()->index(1, ReaderRegistry::StateColumn).data().toString(), u"停止中"_s);

        Views::ReaderListPage *page = window.readerListPage();
        page->selectSerial(u"EMU-0002"_s);
        QCOMPARE(page->selectedSerial(), u"EMU-0002"_s);
        QTRY_VERIFY(enabled(page, u"startButton"_s));
        QVERIFY(!enabled(page, u"stopButton"_s));
        QVERIFY(!enabled(page, u"closeReceptionButton"_s));

        click(page, u"startButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*core, u"EMU-0002"_s), ReaderState::Running, 5000);
        QCOMPARE(stateOf(*core, u"EMU-0001"_s), ReaderState::Stopped);
        QCOMPARE(stateOf(*core, u"EMU-0003"_s), ReaderState::Stopped);
        QCOMPARE(table->model()->index(1, ReaderRegistry::StateColumn).data().toString(), u"稼働中"_s);
        QTRY_VERIFY(!enabled(page, u"startButton"_s));

        click(page, u"closeReceptionButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*core, u"EMU-0002"_s), ReaderState::ReceptionClosed, 5000);

        // Another row, another reader.
        table->selectRow(2);
        QCOMPARE(page->selectedSerial(), u"EMU-0003"_s);
        click(page, u"startButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*core, u"EMU-0003"_s), ReaderState::Running, 5000);
        QCOMPARE(stateOf(*core, u"EMU-0002"_s), ReaderState::ReceptionClosed);
        QCOMPARE(stateOf(*core, u"EMU-0001"_s), ReaderState::Stopped);

        page->selectSerial(u"EMU-0002"_s);
        QTRY_VERIFY(enabled(page, u"stopButton"_s));
        click(page, u"stopButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*core, u"EMU-0002"_s), ReaderState::Stopped, 5000);
        QCOMPARE(stateOf(*core, u"EMU-0003"_s), ReaderState::Running);

        QTRY_VERIFY(window.summaryText().contains(u"稼働中 1台"_s));
        QVERIFY(window.summaryText().contains(u"停止中 2台"_s));
    }

    void emptyListOffersAnEmulatedReader()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir);
        QVERIFY(core);
        Views::MainWindow window(core.get());
        window.show();
        auto *emptyAttach = window.findChild<QPushButton *>(u"emptyAttachButton"_s);
        QVERIFY(emptyAttach);
        QVERIFY(emptyAttach->isVisible());
        QTest::mouseClick(emptyAttach, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(core->registry()->rowCount(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!emptyAttach->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*core, u"EMU-0001"_s), ReaderState::Stopped, 5000);
    }

    void switchesLanguageAtRunTime()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir);
        QVERIFY(core);
        {
            Views::MainWindow window(core.get());
            auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
            QCOMPARE(navigation->item(0)->text(), u"カードリーダー"_s);
            QVERIFY(core->changeLanguage(u"en"_s).ok());
            QTRY_COMPARE(navigation->item(0)->text(), u"Card readers"_s);
            QCOMPARE(window.findChild<QPushButton *>(u"startButton"_s)->text(), u"&Start"_s);
            QCOMPARE(core->registry()->headerData(0, Qt::Horizontal).toString(), u"Serial No."_s);
            QVERIFY(core->changeLanguage(u"ja"_s).ok());
            QTRY_COMPARE(window.findChild<QPushButton *>(u"startButton"_s)->text(), u"起動(&S)"_s);
            QCOMPARE(core->registry()->headerData(0, Qt::Horizontal).toString(), u"シリアルNo."_s);
            QVERIFY(core->changeLanguage(u"en"_s).ok());
        }
        // The choice is remembered for the next start.
        core.reset();
        core = makeCore(dir, QString());
        QVERIFY(core);
        QCOMPARE(core->language()->language(), u"en"_s);
        QVERIFY(core->changeLanguage(u"ja"_s).ok());
    }
};

QTEST_MAIN(TestReaderListPage)
#include "testreaderlistpage.moc"
