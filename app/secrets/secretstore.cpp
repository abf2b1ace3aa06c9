// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/secrets/secretstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <qt6keychain/keychain.h>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcSecrets, "madoguchi.secrets")

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
const QString KeychainService = u"Madoguchi"_s;

// Answers later in the event loop, and not at all once context is gone.
template<typename Callback, typename Value> void answer(QObject *context, Callback done, Value value)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), value = std::move(value)] { done(value); }, Qt::QueuedConnection);
}

Result<void> writeOwnerOnly(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::SecretStoreUnavailable, path + u": "_s + file.errorString());
    // Before any byte is written, so the data is never readable by others.
    file.setPermissions(OwnerOnly);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::SecretStoreUnavailable, path + u": "_s + file.errorString());
    QFile::setPermissions(path, OwnerOnly);
    return {};
}

} // namespace

std::unique_ptr<SecretStore> SecretStore::create(const QString &backend, const QString &directory)
{
    if (backend == u"file"_s)
        return std::make_unique<EncryptedFileSecretStore>(directory);
    if (backend == u"keychain"_s)
        return std::make_unique<KeychainSecretStore>();
    return std::make_unique<KeychainSecretStore>(std::make_unique<EncryptedFileSecretStore>(directory));
}

EncryptedFileSecretStore::EncryptedFileSecretStore(QString directory, QObject *parent)
    : SecretStore(parent)
    , m_directory(std::move(directory))
{
    // Thread-safe and idempotent; failure means no usable random source,
    // which every later call then reports.
    if (sodium_init() < 0)
        qCWarning(lcSecrets) << "libsodium could not be initialised";
}

QString EncryptedFileSecretStore::backend() const
{
    return u"file"_s;
}

QString EncryptedFileSecretStore::keyPath() const
{
    return QDir(m_directory).filePath(u"secrets.key"_s);
}

QString EncryptedFileSecretStore::boxesPath() const
{
    return QDir(m_directory).filePath(u"secrets.json"_s);
}

Result<QByteArray> EncryptedFileSecretStore::loadKey(bool create)
{
    QFile file(keyPath());
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::SecretStoreUnavailable, keyPath() + u": "_s + file.errorString());
        const QByteArray key = file.readAll();
        if (key.size() != crypto_secretbox_KEYBYTES)
            return Error(ErrorCode::SecretStoreDamaged, keyPath() + u": wrong size"_s);
        return key;
    }
    if (!create)
        return QByteArray();
    if (!QDir().mkpath(m_directory))
        return Error(ErrorCode::SecretStoreUnavailable, m_directory + u": cannot create"_s);
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    if (Result<void> saved = writeOwnerOnly(keyPath(), key); !saved)
        return saved.error();
    return key;
}

Result<QHash<QString, QByteArray>> EncryptedFileSecretStore::loadBoxes() const
{
    QHash<QString, QByteArray> boxes;
    QFile file(boxesPath());
    if (!file.exists())
        return boxes;
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::SecretStoreUnavailable, boxesPath() + u": "_s + file.errorString());
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return Error(ErrorCode::SecretStoreDamaged, boxesPath() + u": not a JSON object"_s);
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        boxes.insert(it.key(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    return boxes;
}

Result<void> EncryptedFileSecretStore::saveBoxes(const QHash<QString, QByteArray> &boxes) const
{
    QJsonObject object;
    for (auto it = boxes.begin(); it != boxes.end(); ++it)
        object.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    return writeOwnerOnly(boxesPath(), QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<void> EncryptedFileSecretStore::writeNow(const QString &key, const QByteArray &secret)
{
    Result<QByteArray> boxKey = loadKey(true);
    if (!boxKey)
        return boxKey.error();
    Result<QHash<QString, QByteArray>> boxes = loadBoxes();
    if (!boxes)
        return boxes.error();
    QByteArray box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + secret.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(box.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(secret.constData()), quint64(secret.size()), nonce,
                          reinterpret_cast<const unsigned char *>(boxKey->constData()));
    boxes->insert(key, box);
    sodium_memzero(boxKey->data(), size_t(boxKey->size()));
    return saveBoxes(boxes.value());
}

Result<QByteArray> EncryptedFileSecretStore::readNow(const QString &key)
{
    Result<QHash<QString, QByteArray>> boxes = loadBoxes();
    if (!boxes)
        return boxes.error();
    const QByteArray box = boxes->value(key);
    if (box.isEmpty())
        return QByteArray();
    Result<QByteArray> boxKey = loadKey(false);
    if (!boxKey)
        return boxKey.error();
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (boxKey->isEmpty() || box.size() < overhead)
        return Error(ErrorCode::SecretStoreDamaged, key);
    QByteArray secret(box.size() - overhead, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(box.constData());
    const int opened = crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(secret.data()),
                                                  nonce + crypto_secretbox_NONCEBYTES,
                                                  quint64(box.size() - crypto_secretbox_NONCEBYTES), nonce,
                                                  reinterpret_cast<const unsigned char *>(boxKey->constData()));
    sodium_memzero(boxKey->data(), size_t(boxKey->size()));
    if (opened != 0)
        return Error(ErrorCode::SecretStoreDamaged, key);
    return secret;
}

Result<void> EncryptedFileSecretStore::removeNow(const QString &key)
{
    Result<QHash<QString, QByteArray>> boxes = loadBoxes();
    if (!boxes)
        return boxes.error();
    if (boxes->remove(key) == 0)
        return {};
    return saveBoxes(boxes.value());
}

void EncryptedFileSecretStore::write(const QString &key, const QByteArray &secret, QObject *context, Done done)
{
    answer(context ? context : this, std::move(done), writeNow(key, secret));
}

void EncryptedFileSecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    answer(context ? context : this, std::move(done), readNow(key));
}

void EncryptedFileSecretStore::remove(const QString &key, QObject *context, Done done)
{
    answer(context ? context : this, std::move(done), removeNow(key));
}

KeychainSecretStore::KeychainSecretStore(std::unique_ptr<SecretStore> fallback, QObject *parent)
    : SecretStore(parent)
    , m_fallback(std::move(fallback))
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::backend() const
{
    return m_useFallback ? m_fallback->backend() : u"keychain"_s;
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, QObject *context, Done done)
{
    if (m_useFallback) {
        m_fallback->write(key, secret, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(KeychainService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(secret);
    QPointer<QObject> guard(context ? context : this);
    connect(job, &QKeychain::Job::finished, this, [this, key, secret, guard, done](QKeychain::Job *finished) {
        if (!guard)
            return;
        if (finished->error() == QKeychain::NoError) {
            done(Result<void>());
            return;
        }
        qCWarning(lcSecrets).noquote() << "keychain write of" << key << "failed:" << finished->errorString();
        if (m_fallback) {
            m_useFallback = true;
            m_fallback->write(key, secret, guard, done);
            return;
        }
        done(Error(ErrorCode::SecretStoreUnavailable, finished->errorString()));
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    if (m_useFallback) {
        m_fallback->read(key, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(KeychainService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context ? context : this);
    connect(job, &QKeychain::Job::finished, this, [this, key, guard, done](QKeychain::Job *finished) {
        if (!guard)
            return;
        if (finished->error() == QKeychain::NoError) {
            done(static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData());
            return;
        }
        if (finished->error() != QKeychain::EntryNotFound) {
            qCWarning(lcSecrets).noquote() << "keychain read of" << key << "failed:" << finished->errorString();
            if (m_fallback)
                m_useFallback = true;
        }
        // A secret written while the keychain was unavailable is in the file.
        if (m_fallback) {
            m_fallback->read(key, guard, done);
            return;
        }
        if (finished->error() == QKeychain::EntryNotFound)
            done(QByteArray());
        else
            done(Error(ErrorCode::SecretStoreUnavailable, finished->errorString()));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Done done)
{
    if (m_useFallback) {
        m_fallback->remove(key, context, std::move(done));
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(KeychainService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    QPointer<QObject> guard(context ? context : this);
    connect(job, &QKeychain::Job::finished, this, [this, key, guard, done](QKeychain::Job *finished) {
        if (!guard)
            return;
        const bool gone = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        if (m_fallback) {
            if (!gone)
                m_useFallback = true;
            // Also where it may have been kept while the keychain was away.
            m_fallback->remove(key, guard, done);
            return;
        }
        done(gone ? Result<void>() : Result<void>(Error(ErrorCode::SecretStoreUnavailable, finished->errorString())));
    });
    job->start();
}

} // namespace Console
