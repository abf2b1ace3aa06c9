// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/consolecore.h"
#include "app/emulatedreaders.h"
#include "app/registration/registrationservice.h"
#include "app/settings/readersettings.h"
#include "devicelink/readerregistry.h"
#include "views/messages/messagespage.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

// 画面メッセージ登録 on the offscreen platform: limits shown while typing, the
// preview painted by the reader, sending to one reader or to all.
class TestMessagesPage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConsoleCore> makeCore(const QTemporaryDir &dir)
    {
        ConsoleOptions options;
        options.dataDirectory = dir.path();
        options.discoveryAddress = QHostAddress::LocalHost;
        options.discoveryPort = 0;
        options.language = u"en"_s;
        options.secretBackend = u"file"_s;
        Result<std::unique_ptr<ConsoleCore>> core = ConsoleCore::create(options);
        return core ? std::move(core).value() : nullptr;
    }

    // Emulated readers are pinned at attach; the page lists registered ones.
    bool attach(ConsoleCore &core, int count)
    {
        if (!core.emulated()->attach(count).ok())
            return false;
        return QTest::qWaitFor([&] { return core.readerSettings()->reachableReaders().size() == count; }, 15000);
    }

private Q_SLOTS:
    void limitsAndPreview()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir);
        QVERIFY(core);
        QVERIFY(attach(*core, 1));
        Views::MessagesPage page(core->readerSettings(), core->registry());
        page.resize(900, 700);
        page.show();
        auto *editor = page.findChild<QPlainTextEdit *>(u"messageEdit"_s);
        auto *limits = page.findChild<QLabel *>(u"messageLimits"_s);
        auto *send = page.findChild<QPushButton *>(u"sendMessageButton"_s);
        auto *target = page.findChild<QComboBox *>(u"messageTarget"_s);
        QCOMPARE(target->count(), 2);

        QTest::keyClicks(editor, u"Sakura Clinic"_s);
        QVERIFY(limits->text().contains(u"13/20"_s));
        QVERIFY(send->isEnabled());
        // The preview is the reader's own rendering of this message.
        QTRY_VERIFY_WITH_TIMEOUT(!page.previewImage().isNull(), 10000);
        QCOMPARE(page.previewImage().size(), QSize(1024, 600));
        const QImage first = page.previewImage();

        editor->setPlainText(u"Sakura Clinic\nReception\nthird line"_s);
        QVERIFY(limits->text().contains(u"S514"_s));
        QVERIFY(!send->isEnabled());
        editor->setPlainText(QString(21, u'x'));
        QVERIFY(limits->text().contains(u"S513"_s));
        QVERIFY(limits->text().contains(u"21/20"_s));
        QVERIFY(!send->isEnabled());
        editor->setPlainText(u"a\tb"_s);
        QVERIFY(limits->text().contains(u"S515"_s));
        editor->setPlainText(u"Sakura Clinic\nReception"_s);
        QVERIFY(send->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(page.previewImage() != first && !page.previewImage().isNull(), 10000);
    }

    void sendsToAllReaders()
    {
        QTemporaryDir dir;
        auto core = makeCore(dir);
        QVERIFY(core);
        QVERIFY(attach(*core, 2));
        Views::MessagesPage page(core->readerSettings(), core->registry());
        page.show();
        auto *editor = page.findChild<QPlainTextEdit *>(u"messageEdit"_s);
        auto *target = page.findChild<QComboBox *>(u"messageTarget"_s);
        QCOMPARE(target->count(), 3);
        target->setCurrentIndex(0);
        editor->setPlainText(u"さくら内科"_s);
        QSignalSpy pushed(core->readerSettings(), &ReaderSettings::messagePushed);
        QTest::mouseClick(page.findChild<QPushButton *>(u"sendMessageButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pushed.count(), 2, 10000);
        for (const QList<QVariant> &args : std::as_const(pushed))
            QVERIFY(!args.at(1).value<Error>().isError());
        QTRY_VERIFY(page.findChild<QLabel *>(u"messageReminder"_s)->isVisible());
        QCOMPARE(core->readerSettings()->screenMessage(u"EMU-0001"_s), u"さくら内科"_s);
        QCOMPARE(core->readerSettings()->screenMessage(u"EMU-0002"_s), u"さくら内科"_s);

        // Choosing one reader shows its own message.
        target->setCurrentIndex(target->findData(u"EMU-0002"_s));
        QCOMPARE(editor->toPlainText(), u"さくら内科"_s);
    }
};

QTEST_MAIN(TestMessagesPage)
#include "testmessagespage.moc"
