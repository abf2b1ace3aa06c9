// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace DeviceLink {
class ReaderFleet;
class ReaderRegistry;
struct ReaderEntry;
} // namespace DeviceLink

namespace Console {

class ConfigStore;
class SecretStore;

// ログイン名管理: registers each reader to one face-authentication account
// (ログイン名) and its password, and deletes a registration with the reader's
// pinned certificate and connection information (the first step of the
// 医療機関コード change; the second is registering again).
//
// Registering a reader that is not yet pinned pins the certificate it
// presents now and pairs it (ReaderFleet::registerReader); the account goes
// to config.db, the password to the SecretStore under "login/<name>". The
// password is never logged, kept in config.db or sent to the reader.
//
// Thread: GUI thread. Every registerAccount() and deleteRegistration() ends
// in exactly one finished signal.
class RegistrationService : public QObject
{
    Q_OBJECT

public:
    RegistrationService(DeviceLink::ReaderFleet *fleet, DeviceLink::ReaderRegistry *registry, ConfigStore *config,
                        SecretStore *secrets, QObject *parent = nullptr);

    // Empty when the reader is not registered to a login name.
    QString accountOf(const QString &serial) const;
    // Readers with a live link that no login name is registered to.
    QStringList unregisteredConnected() const;
    // A reader the console knows of whose USB network link is abnormal (it
    // is heard of or pinned, but the link fails with a link error).
    QStringList abnormalLinks() const;
    static bool isLinkAbnormal(const DeviceLink::ReaderEntry &entry);
    // Why 新規追加 cannot be used now: ReaderLinkAbnormal, ReaderNotConnected
    // (nothing to add), or no error.
    DeviceLink::Error addBlocker() const;

    // The checks registerAccount() makes before anything is changed: the
    // normalised login name, or S501-S506, S509, S510.
    DeviceLink::Result<QString> check(const QString &serial, const QString &accountName, const QString &password) const;

    void registerAccount(const QString &serial, const QString &accountName, const QString &password);
    // Removes the password, the account, the pinned certificate and the
    // connection information, and releases the reader's pairing.
    void deleteRegistration(const QString &serial);

    // Password of the reader's login name, for the service that signs the
    // reader in. Empty when there is none.
    void readPassword(const QString &serial, QObject *context,
                      std::function<void(const DeviceLink::Result<QByteArray> &)> done) const;

    static QString secretKey(const QString &accountName);

Q_SIGNALS:
    void registrationFinished(const QString &serial, const DeviceLink::Error &error);
    void deletionFinished(const QString &serial, const DeviceLink::Error &error);
    // Accounts, connected readers or link health changed: for views.
    void changed();

private:
    void storeAccount(const QString &serial, const QString &name, const QString &password);

    DeviceLink::ReaderFleet *m_fleet;
    DeviceLink::ReaderRegistry *m_registry;
    ConfigStore *m_config;
    SecretStore *m_secrets;
};

} // namespace Console
