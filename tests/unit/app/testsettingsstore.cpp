// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/configstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

// The clinic's settings in config.db: validation, defaults, the one-account
// rules, persistence across a restart, and the audit trail.
class TestSettingsStore final : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<ConfigStore> open(const QTemporaryDir &dir)
    {
        Result<std::unique_ptr<ConfigStore>> store = ConfigStore::open(dir.filePath(u"config.db"_s));
        return store ? std::move(store).value() : nullptr;
    }

private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        auto store = open(dir);
        QVERIFY(store);
        QCOMPARE(store->startupDelaySeconds(), 40);
        QVERIFY(store->autoRestartEnabled());
        QCOMPARE(store->autoRestartMinutes(), 3);
        QVERIFY(store->accounts().isEmpty());
        QVERIFY(store->auditTrail().isEmpty());
    }

    void startupDelayRange_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("ok");
        QTest::newRow("0") << 0 << true;
        QTest::newRow("40") << 40 << true;
        QTest::newRow("300") << 300 << true;
        QTest::newRow("600") << 600 << true;
        QTest::newRow("-1") << -1 << false;
        QTest::newRow("601") << 601 << false;
    }

    void startupDelayRange()
    {
        QFETCH(int, seconds);
        QFETCH(bool, ok);
        QTemporaryDir dir;
        auto store = open(dir);
        Result<void> set = store->setStartupDelaySeconds(seconds);
        QCOMPARE(set.ok(), ok);
        QCOMPARE(store->startupDelaySeconds(), ok ? seconds : 40);
        if (!ok)
            QCOMPARE(set.error().code(), ErrorCode::StartupDelayOutOfRange);
    }

    void restartMinutesRange_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("ok");
        for (int m = 0; m <= 6; ++m)
            QTest::addRow("%d", m) << m << (m >= 1 && m <= 5);
    }

    void restartMinutesRange()
    {
        QFETCH(int, minutes);
        QFETCH(bool, ok);
        QTemporaryDir dir;
        auto store = open(dir);
        Result<void> set = store->setAutoRestart(false, minutes);
        QCOMPARE(set.ok(), ok);
        QCOMPARE(store->autoRestartMinutes(), ok ? minutes : 3);
        // A refused value changes nothing, the switch included.
        QCOMPARE(store->autoRestartEnabled(), !ok);
        if (!ok)
            QCOMPARE(set.error().code(), ErrorCode::RestartMinutesOutOfRange);
    }

    void handEditedValueFallsBackToDefault()
    {
        QTemporaryDir dir;
        auto store = open(dir);
        QVERIFY(store->setSetting(QString::fromLatin1(SettingKey::StartupDelay), u"9999"_s).ok());
        QVERIFY(store->setSetting(QString::fromLatin1(SettingKey::AutoRestartMinutes), u"abc"_s).ok());
        QCOMPARE(store->startupDelaySeconds(), 40);
        QCOMPARE(store->autoRestartMinutes(), 3);
    }

    void oneReaderOneAccount()
    {
        QTemporaryDir dir;
        auto store = open(dir);
        QVERIFY(store->addAccount(u"EMU-0001"_s, u"F0clinic01"_s).ok());
        Result<void> duplicate = store->addAccount(u"EMU-0002"_s, u"F0clinic01"_s);
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code(), ErrorCode::AccountAlreadyRegistered);
        Result<void> second = store->addAccount(u"EMU-0001"_s, u"F0clinic02"_s);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code(), ErrorCode::ReaderAlreadyHasAccount);
        QVERIFY(store->removeAccount(u"EMU-0001"_s).ok());
        QVERIFY(store->addAccount(u"EMU-0002"_s, u"F0clinic01"_s).ok());
    }

    void persistsAcrossRestart()
    {
        QTemporaryDir dir;
        {
            auto store = open(dir);
            QVERIFY(store->setStartupDelaySeconds(300).ok());
            QVERIFY(store->setAutoRestart(false, 5).ok());
            QVERIFY(store->addAccount(u"EMU-0001"_s, u"F0clinic01"_s).ok());
            QVERIFY(store->setScreenMessage(u"EMU-0001"_s, u"さくら内科"_s).ok());
        }
        auto store = open(dir);
        QCOMPARE(store->startupDelaySeconds(), 300);
        QVERIFY(!store->autoRestartEnabled());
        QCOMPARE(store->autoRestartMinutes(), 5);
        QCOMPARE(store->accounts().size(), 1);
        QCOMPARE(store->accounts().first().name, u"F0clinic01"_s);
        QCOMPARE(store->screenMessage(u"EMU-0001"_s), u"さくら内科"_s);
        QCOMPARE(store->schemaVersion(), ConfigStore::SchemaVersion);
    }

    void auditTrailRecordsOldAndNew()
    {
        QTemporaryDir dir;
        auto store = open(dir);
        QVERIFY(store->setStartupDelaySeconds(300).ok());
        QVERIFY(store->setStartupDelaySeconds(300).ok()); // no change, no entry
        QVERIFY(store->setAutoRestart(true, 2).ok());
        QVERIFY(store->addAccount(u"EMU-0001"_s, u"F0clinic01"_s).ok());
        const QList<ConfigStore::AuditEntry> trail = store->auditTrail();
        QCOMPARE(trail.size(), 3);
        QCOMPARE(trail.at(2).what, QString::fromLatin1(SettingKey::StartupDelay));
        QCOMPARE(trail.at(2).oldValue, u"40"_s);
        QCOMPARE(trail.at(2).newValue, u"300"_s);
        QCOMPARE(trail.at(1).oldValue, u"3"_s);
        QCOMPARE(trail.at(1).newValue, u"2"_s);
        QCOMPARE(trail.at(0).what, u"account/EMU-0001"_s);
        QCOMPARE(trail.at(0).newValue, u"F0clinic01"_s);
        QVERIFY(trail.at(0).at.isValid());
        QVERIFY(trail.at(0).at >= trail.at(2).at);
    }

    void upgradesVersionOneDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config.db"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE readers (serial TEXT PRIMARY KEY, model TEXT NOT NULL DEFAULT '',"
                           " certificate BLOB NOT NULL, fingerprint TEXT NOT NULL, host TEXT NOT NULL DEFAULT '',"
                           " port INTEGER NOT NULL DEFAULT 0, registered_at TEXT NOT NULL)"_s));
            QVERIFY(q.exec(u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s));
            QVERIFY(q.exec(u"INSERT INTO settings VALUES ('ui/language', 'en')"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        Result<std::unique_ptr<ConfigStore>> store = ConfigStore::open(path);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->schemaVersion(), 2);
        QCOMPARE(store.value()->setting(QString::fromLatin1(SettingKey::Language)), u"en"_s);
        QVERIFY(store.value()->addAccount(u"EMU-0001"_s, u"F0clinic01"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "testsettingsstore.moc"
