// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/registration/registrationservice.h"

#include "app/configstore.h"
#include "app/registration/accountname.h"
#include "app/secrets/secretstore.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerregistry.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRegistration, "madoguchi.registration")

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

RegistrationService::RegistrationService(ReaderFleet *fleet, ReaderRegistry *registry, ConfigStore *config,
                                         SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_registry(registry)
    , m_config(config)
    , m_secrets(secrets)
{
    connect(m_registry, &ReaderRegistry::summaryChanged, this, &RegistrationService::changed);
    connect(m_registry, &QAbstractItemModel::dataChanged, this, &RegistrationService::changed);
}

QString RegistrationService::secretKey(const QString &accountName)
{
    return u"login/"_s + accountName;
}

QString RegistrationService::accountOf(const QString &serial) const
{
    for (const ConfigStore::Account &account : m_config->accounts()) {
        if (account.serial == serial)
            return account.name;
    }
    return {};
}

QStringList RegistrationService::unregisteredConnected() const
{
    QStringList serials;
    for (const QString &serial : m_registry->serials()) {
        const ReaderLink *link = m_fleet->link(serial);
        const ReaderEntry *entry = m_registry->entry(serial);
        if (link && link->hello().has_value() && entry && !isLinkAbnormal(*entry) && accountOf(serial).isEmpty())
            serials.append(serial);
    }
    return serials;
}

bool RegistrationService::isLinkAbnormal(const ReaderEntry &entry)
{
    const int code = entry.error.number();
    if (code < 100 || code >= 300)
        return false;
    // Refusals about who the reader trusts are registration matters, not a
    // broken USB network.
    switch (entry.error.code()) {
    case ErrorCode::NotPaired:
    case ErrorCode::PairedToAnotherConsole:
    case ErrorCode::CertificateMismatch:
    case ErrorCode::SerialMismatch:
    case ErrorCode::MirrorFrameMalformed:
    case ErrorCode::MirrorOutOfSync:
    case ErrorCode::MirrorUnavailable:
        return false;
    default:
        return entry.state == ReaderState::WaitingForConnection || entry.state == ReaderState::Error;
    }
}

QStringList RegistrationService::abnormalLinks() const
{
    QStringList serials;
    for (int row = 0; row < m_registry->rowCount(); ++row) {
        const ReaderEntry &entry = m_registry->entryAt(row);
        if (isLinkAbnormal(entry))
            serials.append(entry.description.serial);
    }
    return serials;
}

Error RegistrationService::addBlocker() const
{
    if (const QStringList abnormal = abnormalLinks(); !abnormal.isEmpty())
        return Error(ErrorCode::ReaderLinkAbnormal, abnormal.join(u", "_s));
    if (unregisteredConnected().isEmpty())
        return Error(ErrorCode::ReaderNotConnected, u"no connected reader without a login name"_s);
    return {};
}

Result<QString> RegistrationService::check(const QString &serial, const QString &accountName,
                                           const QString &password) const
{
    Result<QString> name = checkAccountName(accountName);
    if (!name)
        return name;
    if (Result<void> secret = checkAccountPassword(password); !secret)
        return secret.error();
    for (const ConfigStore::Account &account : m_config->accounts()) {
        if (account.serial == serial)
            return Error(ErrorCode::ReaderAlreadyHasAccount, serial + u" has "_s + account.name);
        if (account.name == name.value())
            return Error(ErrorCode::AccountAlreadyRegistered, name.value() + u" is registered to "_s + account.serial);
    }
    if (const QStringList abnormal = abnormalLinks(); !abnormal.isEmpty())
        return Error(ErrorCode::ReaderLinkAbnormal, abnormal.join(u", "_s));
    const ReaderLink *link = m_fleet->link(serial);
    if (!link || !link->hello().has_value())
        return Error(ErrorCode::ReaderNotConnected, serial);
    return name;
}

void RegistrationService::registerAccount(const QString &serial, const QString &accountName, const QString &password)
{
    Result<QString> name = check(serial, accountName, password);
    if (!name) {
        qCInfo(lcRegistration).noquote() << serial << "registration refused:" << name.error().toLogString();
        QMetaObject::invokeMethod(
            this, [this, serial, error = name.error()] { Q_EMIT registrationFinished(serial, error); },
            Qt::QueuedConnection);
        return;
    }
    const ReaderEntry *entry = m_registry->entry(serial);
    if (entry && entry->registered) {
        storeAccount(serial, name.value(), password);
        return;
    }
    m_fleet->registerReader(
        serial, this, [this, serial, account = name.value(), password](const Result<QCborMap> &paired) {
            if (!paired) {
                qCWarning(lcRegistration).noquote() << serial << "pairing failed:" << paired.error().toLogString();
                Q_EMIT registrationFinished(serial, paired.error());
                return;
            }
            storeAccount(serial, account, password);
        });
}

void RegistrationService::storeAccount(const QString &serial, const QString &name, const QString &password)
{
    m_secrets->write(secretKey(name), password.toUtf8(), this, [this, serial, name](const Result<void> &written) {
        if (!written) {
            qCWarning(lcRegistration).noquote() << serial << "password not stored:" << written.error().toLogString();
            Q_EMIT registrationFinished(serial, written.error());
            return;
        }
        if (Result<void> saved = m_config->addAccount(serial, name); !saved) {
            m_secrets->remove(secretKey(name), this, [](const Result<void> &) {});
            Q_EMIT registrationFinished(serial, saved.error());
            return;
        }
        qCInfo(lcRegistration).noquote() << serial << "registered to" << name << "(password in" << m_secrets->backend()
                                         << "store)";
        Q_EMIT registrationFinished(serial, Error());
        Q_EMIT changed();
    });
}

void RegistrationService::deleteRegistration(const QString &serial)
{
    const QString name = accountOf(serial);
    auto forget = [this, serial, name] {
        if (!name.isEmpty()) {
            if (Result<void> removed = m_config->removeAccount(serial); !removed) {
                Q_EMIT deletionFinished(serial, removed.error());
                return;
            }
        }
        if (m_registry->entry(serial) && m_registry->entry(serial)->registered) {
            m_config->recordChange(u"certificate/"_s + serial, u"pinned"_s, u"deleted"_s);
            m_fleet->forgetReader(serial);
        }
        qCInfo(lcRegistration).noquote() << serial << "registration deleted";
        Q_EMIT deletionFinished(serial, Error());
        Q_EMIT changed();
    };
    if (name.isEmpty()) {
        QMetaObject::invokeMethod(this, forget, Qt::QueuedConnection);
        return;
    }
    m_secrets->remove(secretKey(name), this, [this, serial, forget](const Result<void> &removed) {
        if (!removed) {
            Q_EMIT deletionFinished(serial, removed.error());
            return;
        }
        forget();
    });
}

void RegistrationService::readPassword(const QString &serial, QObject *context,
                                       std::function<void(const Result<QByteArray> &)> done) const
{
    const QString name = accountOf(serial);
    if (name.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done] { done(QByteArray()); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->read(secretKey(name), context, std::move(done));
}

} // namespace Console
