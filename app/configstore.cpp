// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/configstore.h"

#include "devicelink/tlsidentity.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// Step i brings the schema from version i to i + 1.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            u"CREATE TABLE readers ("
            " serial TEXT PRIMARY KEY,"
            " model TEXT NOT NULL DEFAULT '',"
            " certificate BLOB NOT NULL,"
            " fingerprint TEXT NOT NULL,"
            " host TEXT NOT NULL DEFAULT '',"
            " port INTEGER NOT NULL DEFAULT 0,"
            " registered_at TEXT NOT NULL)"_s,
            u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        },
        {
            u"CREATE TABLE accounts ("
            " serial TEXT PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE,"
            " registered_at TEXT NOT NULL)"_s,
            u"CREATE TABLE audit ("
            " id INTEGER PRIMARY KEY,"
            " at TEXT NOT NULL,"
            " what TEXT NOT NULL,"
            " old_value TEXT NOT NULL,"
            " new_value TEXT NOT NULL)"_s,
        },
    };
    return steps;
}

Error databaseError(const QString &what, const QSqlError &error)
{
    return Error(ErrorCode::DatabaseError, what + u": "_s + error.text());
}

// QtSql binds a null QString as SQL NULL; the columns are NOT NULL ''.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"config-"_s + QString::number(counter.fetchAndAddRelaxed(1));
}

} // namespace

ConfigStore::ConfigStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

ConfigStore::~ConfigStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ConfigStore>> ConfigStore::open(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(ErrorCode::DatabaseError, path + u": cannot create the folder"_s);
    const QString name = nextConnectionName();
    std::unique_ptr<ConfigStore> store(new ConfigStore(path, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return databaseError(path, db.lastError());
        QSqlQuery query(db);
        // The first statement that reads the file tells a database from junk.
        if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.next())
            return databaseError(path, query.lastError());
        if (query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            return Error(ErrorCode::DatabaseError, path + u": WAL journal not available"_s);
        query.exec(u"PRAGMA synchronous=NORMAL"_s);
        query.exec(u"PRAGMA foreign_keys=ON"_s);
    }
    if (Result<void> migrated = store->migrate(); !migrated)
        return migrated.error();
    return store;
}

int ConfigStore::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString ConfigStore::journalMode() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(u"PRAGMA journal_mode"_s) || !query.next())
        return {};
    return query.value(0).toString();
}

Result<void> ConfigStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const int current = schemaVersion();
    if (current < 0)
        return Error(ErrorCode::DatabaseError, m_path + u": cannot read the schema version"_s);
    if (current > SchemaVersion) {
        return Error(ErrorCode::DatabaseError,
                     m_path + u": written by a newer Madoguchi (schema %1, this build knows %2)"_s.arg(current).arg(SchemaVersion));
    }
    for (int version = current; version < SchemaVersion; ++version) {
        if (!db.transaction())
            return databaseError(u"begin migration"_s, db.lastError());
        QSqlQuery query(db);
        for (const QString &statement : migrations().at(version)) {
            if (!query.exec(statement)) {
                const Error error = databaseError(u"migration to %1"_s.arg(version + 1), query.lastError());
                db.rollback();
                return error;
            }
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version + 1)) || !db.commit()) {
            const Error error = databaseError(u"migration to %1"_s.arg(version + 1), db.lastError());
            db.rollback();
            return error;
        }
    }
    return {};
}

QList<PinnedReader> ConfigStore::pinnedReaders() const
{
    QList<PinnedReader> readers;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(u"SELECT serial, model, certificate, host, port FROM readers ORDER BY serial"_s))
        return readers;
    while (query.next()) {
        PinnedReader r;
        r.serial = query.value(0).toString();
        r.model = query.value(1).toString();
        r.certificate = QSslCertificate(query.value(2).toByteArray(), QSsl::Der);
        r.host = query.value(3).toString();
        r.port = quint16(query.value(4).toUInt());
        readers.append(r);
    }
    return readers;
}

Result<void> ConfigStore::savePin(const PinnedReader &reader)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"INSERT INTO readers (serial, model, certificate, fingerprint, host, port, registered_at)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?)"
                  " ON CONFLICT(serial) DO UPDATE SET model = excluded.model, certificate = excluded.certificate,"
                  " fingerprint = excluded.fingerprint, host = excluded.host, port = excluded.port,"
                  " registered_at = excluded.registered_at"_s);
    query.addBindValue(reader.serial);
    query.addBindValue(notNull(reader.model));
    query.addBindValue(reader.certificate.toDer());
    query.addBindValue(QString::fromLatin1(certificateFingerprint(reader.certificate).toHex()));
    query.addBindValue(notNull(reader.host));
    query.addBindValue(reader.port);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec())
        return databaseError(u"save reader "_s + reader.serial, query.lastError());
    return {};
}

Result<void> ConfigStore::removePin(const QString &serial)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"DELETE FROM readers WHERE serial = ?"_s);
    query.addBindValue(serial);
    if (!query.exec())
        return databaseError(u"remove reader "_s + serial, query.lastError());
    return {};
}

Result<void> ConfigStore::saveAddress(const QString &serial, const QString &host, quint16 port)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"UPDATE readers SET host = ?, port = ? WHERE serial = ? AND (host <> ? OR port <> ?)"_s);
    query.addBindValue(notNull(host));
    query.addBindValue(port);
    query.addBindValue(serial);
    query.addBindValue(notNull(host));
    query.addBindValue(port);
    if (!query.exec())
        return databaseError(u"save address of "_s + serial, query.lastError());
    return {};
}

QString ConfigStore::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return fallback;
    return query.value(0).toString();
}

Result<void> ConfigStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"
                  " ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return databaseError(u"save setting "_s + key, query.lastError());
    return {};
}

QList<ConfigStore::Account> ConfigStore::accounts() const
{
    QList<Account> list;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(u"SELECT serial, name, registered_at FROM accounts ORDER BY serial"_s))
        return list;
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString(),
                     QDateTime::fromString(query.value(2).toString(), Qt::ISODate)});
    }
    return list;
}

Result<void> ConfigStore::addAccount(const QString &serial, const QString &name)
{
    for (const Account &account : accounts()) {
        if (account.name == name && account.serial != serial)
            return Error(ErrorCode::AccountAlreadyRegistered, name + u" is registered to "_s + account.serial);
        if (account.serial == serial)
            return Error(ErrorCode::ReaderAlreadyHasAccount, serial + u" has "_s + account.name);
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"INSERT INTO accounts (serial, name, registered_at) VALUES (?, ?, ?)"_s);
    query.addBindValue(serial);
    query.addBindValue(name);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec())
        return databaseError(u"save account of "_s + serial, query.lastError());
    return recordChange(u"account/"_s + serial, QString(), name);
}

Result<void> ConfigStore::removeAccount(const QString &serial)
{
    QString previous;
    for (const Account &account : accounts()) {
        if (account.serial == serial)
            previous = account.name;
    }
    if (previous.isEmpty())
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"DELETE FROM accounts WHERE serial = ?"_s);
    query.addBindValue(serial);
    if (!query.exec())
        return databaseError(u"remove account of "_s + serial, query.lastError());
    return recordChange(u"account/"_s + serial, previous, QString());
}

int ConfigStore::startupDelaySeconds() const
{
    bool ok = false;
    const int value = setting(QString::fromLatin1(SettingKey::StartupDelay)).toInt(&ok);
    return ok && value >= 0 && value <= MaxStartupDelayS ? value : DefaultStartupDelayS;
}

Result<void> ConfigStore::setStartupDelaySeconds(int seconds)
{
    if (seconds < 0 || seconds > MaxStartupDelayS)
        return Error(ErrorCode::StartupDelayOutOfRange, QString::number(seconds));
    const int previous = startupDelaySeconds();
    if (previous == seconds)
        return {};
    if (Result<void> saved = setSetting(QString::fromLatin1(SettingKey::StartupDelay), QString::number(seconds)); !saved)
        return saved;
    return recordChange(QString::fromLatin1(SettingKey::StartupDelay), QString::number(previous),
                        QString::number(seconds));
}

bool ConfigStore::autoRestartEnabled() const
{
    return setting(QString::fromLatin1(SettingKey::AutoRestartEnabled), u"1"_s) == u"1"_s;
}

int ConfigStore::autoRestartMinutes() const
{
    bool ok = false;
    const int value = setting(QString::fromLatin1(SettingKey::AutoRestartMinutes)).toInt(&ok);
    return ok && value >= 1 && value <= 5 ? value : DefaultRestartMinutes;
}

Result<void> ConfigStore::setAutoRestart(bool enabled, int minutes)
{
    if (minutes < 1 || minutes > 5)
        return Error(ErrorCode::RestartMinutesOutOfRange, QString::number(minutes));
    const bool wasEnabled = autoRestartEnabled();
    const int previous = autoRestartMinutes();
    if (wasEnabled != enabled) {
        if (Result<void> saved = setSetting(QString::fromLatin1(SettingKey::AutoRestartEnabled),
                                            enabled ? u"1"_s : u"0"_s);
            !saved) {
            return saved;
        }
        if (Result<void> logged = recordChange(QString::fromLatin1(SettingKey::AutoRestartEnabled),
                                               wasEnabled ? u"on"_s : u"off"_s, enabled ? u"on"_s : u"off"_s);
            !logged) {
            return logged;
        }
    }
    if (previous != minutes) {
        if (Result<void> saved = setSetting(QString::fromLatin1(SettingKey::AutoRestartMinutes),
                                            QString::number(minutes));
            !saved) {
            return saved;
        }
        return recordChange(QString::fromLatin1(SettingKey::AutoRestartMinutes), QString::number(previous),
                            QString::number(minutes));
    }
    return {};
}

QString ConfigStore::screenMessage(const QString &serial) const
{
    return setting(QString::fromLatin1(SettingKey::ScreenMessagePrefix) + (serial.isEmpty() ? u"*"_s : serial));
}

Result<void> ConfigStore::setScreenMessage(const QString &serial, const QString &message)
{
    const QString key = QString::fromLatin1(SettingKey::ScreenMessagePrefix) + (serial.isEmpty() ? u"*"_s : serial);
    const QString previous = setting(key);
    if (previous == message)
        return {};
    if (Result<void> saved = setSetting(key, message); !saved)
        return saved;
    return recordChange(key, previous, message);
}

Result<void> ConfigStore::recordChange(const QString &what, const QString &oldValue, const QString &newValue)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"INSERT INTO audit (at, what, old_value, new_value) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(what);
    query.addBindValue(notNull(oldValue));
    query.addBindValue(notNull(newValue));
    if (!query.exec())
        return databaseError(u"audit "_s + what, query.lastError());
    return {};
}

QList<ConfigStore::AuditEntry> ConfigStore::auditTrail(int limit) const
{
    QList<AuditEntry> entries;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(u"SELECT at, what, old_value, new_value FROM audit ORDER BY id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec())
        return entries;
    while (query.next()) {
        entries.append({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString()});
    }
    return entries;
}

} // namespace Console
