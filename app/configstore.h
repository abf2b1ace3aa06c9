// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/pinstore.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Console {

// config.db: the console's readers with their pinned certificates, and its
// settings (UI language, ...). SQLite in WAL mode through QtSql, on one named
// connection of the thread that opened it. The schema version lives in
// PRAGMA user_version; newer versions migrate forward on open, each step in
// one transaction that is rolled back on failure.
class ConfigStore final : public DeviceLink::PinStore
{
public:
    static constexpr int SchemaVersion = 2;

    // DatabaseError when the file cannot be opened, is not a database, or was
    // written by a newer Madoguchi.
    static DeviceLink::Result<std::unique_ptr<ConfigStore>> open(const QString &path);
    ~ConfigStore() override;

    QList<DeviceLink::PinnedReader> pinnedReaders() const override;
    DeviceLink::Result<void> savePin(const DeviceLink::PinnedReader &reader) override;
    DeviceLink::Result<void> removePin(const QString &serial) override;
    DeviceLink::Result<void> saveAddress(const QString &serial, const QString &host, quint16 port) override;

    QString setting(const QString &key, const QString &fallback = {}) const;
    DeviceLink::Result<void> setSetting(const QString &key, const QString &value);

    // Login-name registrations (one reader, one account; an account name is
    // unique). The password is never here: see SecretStore.
    struct Account
    {
        QString serial;
        QString name;
        QDateTime registeredAt;
    };
    QList<Account> accounts() const;
    // AccountAlreadyRegistered, ReaderAlreadyHasAccount, DatabaseError.
    DeviceLink::Result<void> addAccount(const QString &serial, const QString &name);
    DeviceLink::Result<void> removeAccount(const QString &serial);

    // 起動待ち時間 (the vendor's WAIT_TIME_SECOND): the one place it is kept.
    // Seconds after the PC starts before the console starts its readers.
    static constexpr int DefaultStartupDelayS = 40;
    static constexpr int MaxStartupDelayS = 600;
    int startupDelaySeconds() const;
    // StartupDelayOutOfRange unless 0..MaxStartupDelayS.
    DeviceLink::Result<void> setStartupDelaySeconds(int seconds);

    // 停止中のカードリーダーに対しn分後に自動的に起動を試みます (per console).
    static constexpr int DefaultRestartMinutes = 3;
    bool autoRestartEnabled() const;
    int autoRestartMinutes() const;
    // RestartMinutesOutOfRange unless 1..5.
    DeviceLink::Result<void> setAutoRestart(bool enabled, int minutes);

    // The screen message the console last pushed to a reader, and the one for
    // every reader (serial empty).
    QString screenMessage(const QString &serial) const;
    DeviceLink::Result<void> setScreenMessage(const QString &serial, const QString &message);

    // Audit trail of every settings change: when, what, old → new. Callers
    // pass descriptions, never secrets.
    struct AuditEntry
    {
        QDateTime at;
        QString what;
        QString oldValue;
        QString newValue;
    };
    DeviceLink::Result<void> recordChange(const QString &what, const QString &oldValue, const QString &newValue);
    // Newest first.
    QList<AuditEntry> auditTrail(int limit = 1000) const;

    QString path() const { return m_path; }
    int schemaVersion() const;
    QString journalMode() const;

private:
    ConfigStore(QString path, QString connectionName);
    DeviceLink::Result<void> migrate();

    QString m_path;
    QString m_connectionName;
};

namespace SettingKey {
inline constexpr char Language[] = "ui/language";
inline constexpr char StartupDelay[] = "readers/startupDelayS";
inline constexpr char AutoRestartEnabled[] = "readers/autoRestart";
inline constexpr char AutoRestartMinutes[] = "readers/autoRestartMinutes";
inline constexpr char ScreenMessagePrefix[] = "readers/message/";
} // namespace SettingKey

} // namespace Console
