// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/settings/readersettings.h"

#include "app/configstore.h"
#include "devicelink/protocol.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerregistry.h"
#include "devicelink/screenmessage.h"

#include <QCborValue>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReaderSettings, "madoguchi.readersettings")

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

ReaderSettings::ReaderSettings(ReaderFleet *fleet, ReaderRegistry *registry, ConfigStore *config, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_registry(registry)
    , m_config(config)
{
    connect(m_registry, &QAbstractItemModel::dataChanged, this, [this] {
        for (const QString &serial : m_registry->serials()) {
            const ReaderEntry *entry = m_registry->entry(serial);
            const bool trusted = entry->registered && entry->trusted;
            if (trusted && !m_trusted.value(serial))
                onTrusted(serial);
            m_trusted.insert(serial, trusted);
        }
    });
}

QStringList ReaderSettings::reachableReaders() const
{
    QStringList serials;
    for (const QString &serial : m_registry->serials()) {
        const ReaderEntry *entry = m_registry->entry(serial);
        if (entry->registered && entry->trusted)
            serials.append(serial);
    }
    return serials;
}

QString ReaderSettings::screenMessage(const QString &serial) const
{
    return m_config->screenMessage(serial);
}

Result<void> ReaderSettings::pushScreenMessage(const QString &serial, const QString &message)
{
    Result<QString> checked = checkScreenMessage(message);
    if (!checked)
        return checked.error();
    QStringList targets;
    if (serial.isEmpty()) {
        // "For all" is also the message of each reader from now on.
        for (const QString &s : m_registry->serials()) {
            if (m_registry->entry(s)->registered)
                targets.append(s);
        }
    } else {
        targets.append(serial);
    }
    if (Result<void> saved = m_config->setScreenMessage(serial, checked.value()); !saved)
        return saved;
    for (const QString &target : std::as_const(targets)) {
        if (serial.isEmpty()) {
            if (Result<void> saved = m_config->setScreenMessage(target, checked.value()); !saved)
                return saved;
        }
        sendMessage(target, checked.value());
    }
    return {};
}

void ReaderSettings::sendMessage(const QString &serial, const QString &message)
{
    QCborMap args;
    args.insert(QString(Field::ScreenMessage), message);
    send(serial, QString(Op::SetScreenMessage), args, [this, serial](const Result<QCborMap> &reply) {
        if (!reply)
            qCWarning(lcReaderSettings).noquote() << serial << "screen message:" << reply.error().toLogString();
        Q_EMIT messagePushed(serial, reply ? Error() : reply.error());
    });
}

void ReaderSettings::requestPreview(const QString &serial, const QString &message)
{
    const quint64 sequence = ++m_previewSequence;
    Result<QString> checked = checkScreenMessage(message);
    if (!checked) {
        QMetaObject::invokeMethod(
            this, [this, serial, error = checked.error()] { Q_EMIT previewFailed(serial, error); },
            Qt::QueuedConnection);
        return;
    }
    QCborMap args;
    args.insert(QString(Field::ScreenMessage), checked.value());
    send(serial, QString(Op::RenderIdlePreview), args, [this, serial, sequence](const Result<QCborMap> &reply) {
        if (sequence != m_previewSequence)
            return;
        if (!reply) {
            Q_EMIT previewFailed(serial, reply.error());
            return;
        }
        const QByteArray png = reply->value(QString(Field::Png)).toByteArray();
        if (!png.startsWith("\x89PNG")) {
            Q_EMIT previewFailed(serial, Error(ErrorCode::MalformedMessage, u"preview is not a PNG"_s));
            return;
        }
        Q_EMIT previewReady(serial, png);
    });
}

void ReaderSettings::setPowerLink(const QString &serial, bool on)
{
    const Power before = m_power.value(serial);
    QCborMap args;
    args.insert(QString(Field::PowerLink), on);
    send(serial, QString(Op::SetPowerLink), args, [this, serial, before, on](const Result<QCborMap> &reply) {
        if (reply) {
            m_config->recordChange(u"powerLink/"_s + serial,
                                   before.known ? (before.powerLink ? u"on"_s : u"off"_s) : QString(),
                                   on ? u"on"_s : u"off"_s);
        }
        onPower(serial, reply);
    });
}

void ReaderSettings::fetchPowerSettings(const QString &serial)
{
    send(serial, QString(Op::PowerSettings), {},
         [this, serial](const Result<QCborMap> &reply) { onPower(serial, reply); });
}

void ReaderSettings::setVbus(const QString &serial, bool present, bool busSuspended)
{
    ReaderLink *link = m_fleet->link(serial);
    if (!link)
        return;
    QCborMap args;
    args.insert(QString(Field::Vbus), present);
    args.insert(u"suspended"_s, busSuspended);
    link->request(QString(Op::SetVbus), args, this,
                  [this, serial](const Result<QCborMap> &reply) { onPower(serial, reply); });
}

void ReaderSettings::setAdminPassword(const QString &serial, const QString &password)
{
    QCborMap args;
    args.insert(QString(Field::Password), password);
    send(serial, QString(Op::SetAdminPassword), args, [this, serial](const Result<QCborMap> &reply) {
        if (reply)
            m_config->recordChange(u"adminPassword/"_s + serial, u"(hidden)"_s, u"(changed)"_s);
        Q_EMIT adminPasswordSet(serial, reply ? Error() : reply.error());
    });
}

void ReaderSettings::send(const QString &serial, const QString &op, const QCborMap &args,
                          std::function<void(const Result<QCborMap> &)> done)
{
    ReaderLink *link = m_fleet->link(serial);
    if (!link) {
        QMetaObject::invokeMethod(
            this, [serial, done] { done(Error(ErrorCode::ReaderNotConnected, serial)); }, Qt::QueuedConnection);
        return;
    }
    link->request(op, args, this, std::move(done));
}

void ReaderSettings::onPower(const QString &serial, const Result<QCborMap> &reply)
{
    if (!reply) {
        Q_EMIT powerSettingsChanged(serial, reply.error());
        return;
    }
    Power power;
    power.known = true;
    power.powerLink = reply->value(QString(Field::PowerLink)).toBool();
    power.vbus = reply->value(QString(Field::Vbus)).toBool();
    power.alwaysPowered = reply->value(u"alwaysPowered"_s).toBool();
    m_power.insert(serial, power);
    Q_EMIT powerSettingsChanged(serial, power.alwaysPowered ? Error(ErrorCode::PortAlwaysPowered, serial) : Error());
}

void ReaderSettings::onTrusted(const QString &serial)
{
    // The reader keeps its own copy, but one reset or replaced gets the
    // clinic's message back without anyone typing it again.
    const QString message = m_config->screenMessage(serial);
    if (!message.isEmpty())
        sendMessage(serial, message);
    fetchPowerSettings(serial);
}

} // namespace Console
