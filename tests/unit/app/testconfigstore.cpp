// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/configstore.h"
#include "devicelink/tlsidentity.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

class TestConfigStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsTheCurrentSchemaInWalMode()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<ConfigStore>> store = ConfigStore::open(QDir(dir.path()).filePath(u"config.db"_s));
        QVERIFY(store.ok());
        QCOMPARE(store.value()->schemaVersion(), ConfigStore::SchemaVersion);
        QCOMPARE(store.value()->journalMode(), u"wal"_s);
    }

    void keepsPinsAndSettingsAcrossRestarts()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(u"config.db"_s);
        const TlsIdentity reader = TlsIdentity::generate(u"MDG-0001"_s).value();
        {
            auto store = ConfigStore::open(path).value();
            PinnedReader pinned;
            pinned.serial = u"MDG-0001"_s;
            pinned.model = u"MDG-R1"_s;
            pinned.certificate = reader.certificate();
            pinned.host = u"192.168.250.2"_s;
            pinned.port = 45455;
            QVERIFY(store->savePin(pinned).ok());
            QVERIFY(store->saveAddress(u"MDG-0001"_s, u"192.168.250.3"_s, 45456).ok());
            QVERIFY(store->setSetting(QString::fromLatin1(SettingKey::Language), u"en"_s).ok());
        }
        auto store = ConfigStore::open(path).value();
        const QList<PinnedReader> pins = store->pinnedReaders();
        QCOMPARE(pins.size(), 1);
        QCOMPARE(pins.first().certificate, reader.certificate());
        QCOMPARE(pins.first().host, u"192.168.250.3"_s);
        QCOMPARE(pins.first().port, quint16(45456));
        QCOMPARE(store->setting(QString::fromLatin1(SettingKey::Language)), u"en"_s);
        QCOMPARE(store->setting(u"missing"_s, u"fallback"_s), u"fallback"_s);
        QVERIFY(store->removePin(u"MDG-0001"_s).ok());
        QVERIFY(store->pinnedReaders().isEmpty());
    }

    void reRegisteringReplacesThePin()
    {
        QTemporaryDir dir;
        auto store = ConfigStore::open(QDir(dir.path()).filePath(u"config.db"_s)).value();
        PinnedReader pinned;
        pinned.serial = u"MDG-0002"_s;
        pinned.certificate = TlsIdentity::generate(u"MDG-0002"_s)->certificate();
        QVERIFY(store->savePin(pinned).ok());
        pinned.certificate = TlsIdentity::generate(u"MDG-0002"_s)->certificate();
        QVERIFY(store->savePin(pinned).ok());
        QCOMPARE(store->pinnedReaders().size(), 1);
        QCOMPARE(store->pinnedReaders().first().certificate, pinned.certificate);
    }

    void migratesAnEmptyVersionZeroDatabase()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(u"config.db"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v0"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE unrelated (x)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v0"_s);
        auto store = ConfigStore::open(path);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->schemaVersion(), ConfigStore::SchemaVersion);
    }

    void refusesADatabaseFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(u"config.db"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        auto store = ConfigStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code(), ErrorCode::DatabaseError);
        QVERIFY(store.error().detail().contains(u"newer"_s));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(u"config.db"_s);
        QFile junk(path);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'j'));
        junk.close();
        auto store = ConfigStore::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().code(), ErrorCode::DatabaseError);
    }
};

QTEST_GUILESS_MAIN(TestConfigStore)
#include "testconfigstore.moc"
