// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

namespace Console {

// Where the console keeps passwords of login names: the OS keychain when
// there is one (KeychainSecretStore), otherwise an encrypted file
// (EncryptedFileSecretStore). Secrets never reach config.db or a log; only
// their key names ("login/F0...") may be logged.
//
// Asynchronous because keychains are: every call answers exactly once
// through its callback, later in the event loop, unless context was
// destroyed first. Thread: GUI thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const DeviceLink::Result<void> &)>;
    using ReadDone = std::function<void(const DeviceLink::Result<QByteArray> &)>;

    using QObject::QObject;
    // "keychain" or "file": what the settings page shows.
    virtual QString backend() const = 0;
    virtual void write(const QString &key, const QByteArray &secret, QObject *context, Done done) = 0;
    // An empty value when nothing is stored under key.
    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    virtual void remove(const QString &key, QObject *context, Done done) = 0;

    // "auto" (keychain, falling back to the file), "keychain" or "file".
    // The file store lives in directory.
    static std::unique_ptr<SecretStore> create(const QString &backend, const QString &directory);
};

// libsodium secretbox (XSalsa20-Poly1305) per secret with a random nonce;
// the 32-byte key is in secrets.key and the boxes in secrets.json, both
// readable by their owner only and written atomically.
//
// Typed errors: SecretStoreUnavailable (cannot write or read the files),
// SecretStoreDamaged (a box does not open with the key).
class EncryptedFileSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit EncryptedFileSecretStore(QString directory, QObject *parent = nullptr);

    QString backend() const override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override;
    void read(const QString &key, QObject *context, ReadDone done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    // Synchronous forms, used by the asynchronous ones.
    DeviceLink::Result<void> writeNow(const QString &key, const QByteArray &secret);
    DeviceLink::Result<QByteArray> readNow(const QString &key);
    DeviceLink::Result<void> removeNow(const QString &key);

    QString keyPath() const;
    QString boxesPath() const;

private:
    DeviceLink::Result<QByteArray> loadKey(bool create);
    DeviceLink::Result<QHash<QString, QByteArray>> loadBoxes() const;
    DeviceLink::Result<void> saveBoxes(const QHash<QString, QByteArray> &boxes) const;

    QString m_directory;
};

// QtKeychain (Secret Service on Linux, Credential Manager on Windows),
// service "Madoguchi". With fallback set, any failure of the keychain other
// than "no such entry" sends this and every later call to the fallback.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(std::unique_ptr<SecretStore> fallback = nullptr, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QString backend() const override;
    void write(const QString &key, const QByteArray &secret, QObject *context, Done done) override;
    void read(const QString &key, QObject *context, ReadDone done) override;
    void remove(const QString &key, QObject *context, Done done) override;

private:
    std::unique_ptr<SecretStore> m_fallback;
    bool m_useFallback = false;
};

} // namespace Console
