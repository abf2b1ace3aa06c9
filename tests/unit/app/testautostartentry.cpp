// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/settings/autostartentry.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

class TestAutostartEntry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void installsAndRemoves()
    {
        QTemporaryDir dir;
        const AutostartEntry entry(dir.filePath(u"autostart"_s), u"/opt/madoguchi/bin/madoguchi"_s);
        QVERIFY(!entry.isInstalled());
        QVERIFY(entry.setInstalled(true).ok());
        QVERIFY(entry.isInstalled());
        QFile file(entry.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(u"[Desktop Entry]\n"_s));
        // The delay stays in config.db: the entry only says "at boot".
        QVERIFY2(text.contains(u"\nExec=\"/opt/madoguchi/bin/madoguchi\" --at-boot --minimized\n"_s), qPrintable(text));
        QVERIFY(!text.contains(u"40"_s));
        file.close();

        QVERIFY(entry.setInstalled(false).ok());
        QVERIFY(!entry.isInstalled());
        // Removing what is not there is not an error.
        QVERIFY(entry.setInstalled(false).ok());
    }

    void programPathIsQuoted()
    {
        QTemporaryDir dir;
        const AutostartEntry entry(dir.path(), u"/home/受付 PC/$bin/\"m\"\\adoguchi"_s);
        const QString text = QString::fromUtf8(entry.contents());
        QVERIFY2(text.contains(u"Exec=\"/home/受付 PC/\\\\$bin/\\\\\"m\\\\\"\\\\\\\\adoguchi\" --at-boot"_s),
                 qPrintable(text));
    }

    void unwritableFolderIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"config"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const AutostartEntry entry(dir.filePath(u"config/autostart"_s), u"/usr/bin/madoguchi"_s);
        Result<void> installed = entry.setInstalled(true);
        QVERIFY(!installed);
        QCOMPARE(installed.error().code(), ErrorCode::AutostartNotWritten);
        QCOMPARE(installed.error().codeString(), u"S523"_s);
        QVERIFY(!entry.isInstalled());
    }
};

QTEST_GUILESS_MAIN(TestAutostartEntry)
#include "testautostartentry.moc"
