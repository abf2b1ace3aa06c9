// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/consolecore.h"
#include "app/emulatedreaders.h"
#include "app/registration/registrationservice.h"
#include "devicelink/readerregistry.h"
#include "views/mainwindow/mainwindow.h"
#include "views/registration/registrationpage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"Widget-Pass-9182"_s;

} // namespace

// ログイン名管理 on the offscreen platform with emulated readers: the count
// of unregistered readers, the add dialog and its checks, the greyed-out
// 新規追加 with its reason, the start reminder, and deleting a registration.
class TestRegistrationPage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleCore> makeCore(const QTemporaryDir &dir, const QString &language)
    {
        ConsoleOptions options;
        options.dataDirectory = dir.path();
        options.discoveryAddress = QHostAddress::LocalHost;
        options.discoveryPort = 0;
        options.language = language;
        options.secretBackend = u"file"_s;
        Result<std::unique_ptr<ConsoleCore>> core = ConsoleCore::create(options);
        return core ? std::move(core).value() : nullptr;
    }

    static QLabel *label(QWidget *root, const QString &name) { return root->findChild<QLabel *>(name); }

    // The count line in the UI language; once the Japanese catalogue has it,
    // it must be the vendor's wording.
    static QString countText(int n)
    {
        const char *source = "%n card reader(s) not registered to any login name are connected.";
        const QString text = Views::RegistrationPage::tr(source, nullptr, n);
        if (text != QString::fromLatin1(source).replace(u"%n"_s, QString::number(n)))
            [&] {
                QCOMPARE(text, u"どのログイン名にも登録されていないカードリーダーが%1台接続されています"_s.arg(n));
            }();
        return text;
    }
    static QPushButton *button(QWidget *root, const QString &name) { return root->findChild<QPushButton *>(name); }

private Q_SLOTS:
    void registersThroughTheDialog()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir, u"ja"_s);
        QVERIFY(core);
        Views::MainWindow window(core.get());
        window.show();
        window.showPage(u"registration"_s);
        Views::RegistrationPage *page = window.registrationPage();
        QVERIFY(core->emulated()->attach(2).ok());
        QTRY_COMPARE_WITH_TIMEOUT(core->registration()->unregisteredConnected().size(), 2, 10000);
        QTRY_COMPARE(label(page, u"unregisteredCount"_s)->text(), countText(2));
        QTRY_VERIFY(button(page, u"addButton"_s)->isEnabled());

        QTest::mouseClick(button(page, u"addButton"_s), Qt::LeftButton);
        QTRY_VERIFY(page->openDialog());
        Views::RegistrationDialog *dialog = page->openDialog();
        auto *reader = dialog->findChild<QComboBox *>(u"readerChoice"_s);
        QCOMPARE(reader->count(), 2);
        QVERIFY(dialog->findChild<QLabel *>(u"readerIdentity"_s)->text().contains(u':'));
        auto *ok = dialog->findChild<QPushButton *>(u"registerOk"_s);
        QVERIFY(!ok->isEnabled());
        auto *account = dialog->findChild<QLineEdit *>(u"accountName"_s);
        auto *password = dialog->findChild<QLineEdit *>(u"accountPassword"_s);
        QTest::keyClicks(account, u"FOclinic"_s);
        QTest::keyClicks(password, Password);
        auto *problem = dialog->findChild<QLabel *>(u"registrationProblem"_s);
        QVERIFY(problem->text().contains(u"S501"_s));
        QVERIFY(!ok->isEnabled());
        account->setText(u"F0clinic01"_s);
        QVERIFY(problem->text().isEmpty());
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        auto *reminder = label(page, u"startReminder"_s);
        QTRY_VERIFY_WITH_TIMEOUT(reminder->isVisible(), 10000);
        QVERIFY(reminder->text().contains(u"起動"_s) || reminder->text().contains(u"Start"_s));
        QTRY_COMPARE(label(page, u"unregisteredCount"_s)->text(), countText(1));
        auto *table = page->findChild<QTableWidget *>(u"accountTable"_s);
        QTRY_COMPARE(table->item(0, 1)->text(), u"F0clinic01"_s);

        // The same login name for the second reader is refused in the dialog.
        QTest::mouseClick(button(page, u"addButton"_s), Qt::LeftButton);
        QTRY_VERIFY(page->openDialog() && page->openDialog() != dialog);
        dialog = page->openDialog();
        QCOMPARE(dialog->findChild<QComboBox *>(u"readerChoice"_s)->count(), 1);
        dialog->findChild<QLineEdit *>(u"accountName"_s)->setText(u"F0clinic01"_s);
        dialog->findChild<QLineEdit *>(u"accountPassword"_s)->setText(Password);
        QVERIFY(dialog->findChild<QLabel *>(u"registrationProblem"_s)->text().contains(u"S504"_s));
        QVERIFY(!dialog->findChild<QPushButton *>(u"registerOk"_s)->isEnabled());
        dialog->reject();

        // No password on disk in the clear: config.db, logs, secrets.
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(Password.toUtf8()), qPrintable(file.fileName()));
        }
    }

    void addIsGreyedOutWhileALinkIsAbnormal()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir, u"en"_s);
        QVERIFY(core);
        Views::RegistrationPage page(core->registration(), core->fleet(), core->registry(), core->commands());
        page.show();
        QVERIFY(core->emulated()->attach(1).ok());
        QTRY_VERIFY_WITH_TIMEOUT(button(&page, u"addButton"_s)->isEnabled(), 10000);
        QVERIFY(!label(&page, u"addBlocker"_s)->isVisible());

        // A reader the console hears of but cannot reach over its USB network.
        core->registry()->addReader(u"MDG-BROKEN-01"_s);
        core->registry()->setDisconnected(u"MDG-BROKEN-01"_s, Error(ErrorCode::HeartbeatTimeout));
        QTRY_VERIFY(!button(&page, u"addButton"_s)->isEnabled());
        QLabel *blocker = label(&page, u"addBlocker"_s);
        QVERIFY(blocker->isVisible());
        QVERIFY(blocker->text().contains(u"S509"_s));
        QVERIFY(blocker->text().contains(u"another USB port"_s));
        QVERIFY(blocker->text().contains(u"Refresh all"_s));
        QVERIFY(blocker->text().contains(u"USB network adapter"_s));

        core->registry()->removeReader(u"MDG-BROKEN-01"_s);
        QTRY_VERIFY(button(&page, u"addButton"_s)->isEnabled());
    }

    void deleteAsksForConfirmation()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir, u"en"_s);
        QVERIFY(core);
        Views::RegistrationPage page(core->registration(), core->fleet(), core->registry(), core->commands());
        page.show();
        QVERIFY(core->emulated()->attach(1).ok());
        const QString serial = u"EMU-0001"_s;
        QTRY_COMPARE_WITH_TIMEOUT(core->registration()->unregisteredConnected().size(), 1, 10000);
        QSignalSpy registered(core->registration(), &RegistrationService::registrationFinished);
        core->registration()->registerAccount(serial, u"F0clinic01"_s, Password);
        QVERIFY(registered.wait(10000));
        auto *table = page.findChild<QTableWidget *>(u"accountTable"_s);
        QTRY_COMPARE(table->rowCount(), 1);
        table->selectRow(0);
        QTRY_VERIFY(button(&page, u"deleteButton"_s)->isEnabled());

        // Cancel keeps everything.
        QTest::mouseClick(button(&page, u"deleteButton"_s), Qt::LeftButton);
        QTRY_VERIFY(page.openConfirmation());
        QVERIFY(page.openConfirmation()->text().contains(u"F0clinic01"_s));
        page.openConfirmation()->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page.openConfirmation());
        QCOMPARE(core->registration()->accountOf(serial), u"F0clinic01"_s);

        QTest::mouseClick(button(&page, u"deleteButton"_s), Qt::LeftButton);
        QTRY_VERIFY(page.openConfirmation());
        QSignalSpy deleted(core->registration(), &RegistrationService::deletionFinished);
        page.openConfirmation()->button(QMessageBox::Yes)->click();
        QVERIFY(deleted.wait(10000));
        QVERIFY(core->registration()->accountOf(serial).isEmpty());
        // The reader comes back, unregistered, ready to be registered again.
        QTRY_COMPARE_WITH_TIMEOUT(core->registration()->unregisteredConnected(), QStringList{serial}, 15000);
    }
};

QTEST_MAIN(TestRegistrationPage)
#include "testregistrationpage.moc"
