// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/configstore.h"
#include "app/consolecore.h"
#include "app/settings/autostartentry.h"
#include "views/settings/settingspage.h"

#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

// The 設定 page's start-with-the-PC box: saved as an autostart entry and
// recorded in the audit trail, like every other setting.
class TestSettingsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startWithThePcWritesTheEntryAndTheAudit()
    {
        QTemporaryDir dir;
        ConsoleOptions options;
        options.dataDirectory = dir.filePath(u"data"_s);
        options.autostartDirectory = dir.filePath(u"autostart"_s);
        options.discovery = false;
        options.secretBackend = u"file"_s;
        Result<std::unique_ptr<ConsoleCore>> created = ConsoleCore::create(options);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toLogString()));
        ConsoleCore &core = *created.value();

        Views::SettingsPage page(core.config(), core.autoRestart(), core.readerSettings(), core.secrets(),
                                 core.licences(), core.registry(), core.autostart());
        page.show();
        auto *box = page.findChild<QCheckBox *>(u"startWithPc"_s);
        auto *save = page.findChild<QPushButton *>(u"saveSettings"_s);
        QVERIFY(box && save);
        QVERIFY(!box->isChecked());

        box->setChecked(true);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(core.autostart()->isInstalled());
        QVERIFY(QFile::exists(dir.filePath(u"autostart/madoguchi.desktop"_s)));
        const QList<ConfigStore::AuditEntry> audit = core.config()->auditTrail();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.constFirst().what, u"startWithPc"_s);
        QCOMPARE(audit.constFirst().newValue, u"on"_s);

        box->setChecked(false);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!core.autostart()->isInstalled());
        QCOMPARE(core.config()->auditTrail().constFirst().newValue, u"off"_s);
    }
};

QTEST_MAIN(TestSettingsPage)
#include "testsettingspage.moc"
