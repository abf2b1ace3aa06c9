// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/pinstore.h"

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
    static constexpr int SchemaVersion = 1;

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
} // namespace SettingKey

} // namespace Console
