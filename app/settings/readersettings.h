// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QByteArray>
#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace DeviceLink {
class ReaderFleet;
class ReaderRegistry;
} // namespace DeviceLink

namespace Console {

class ConfigStore;

// The settings the console keeps on its readers: 画面メッセージ (with the
// reader's own preview of the idle screen) and 電源連動. Each change is
// checked here with the same rules the reader applies, kept in config.db
// with an audit entry, and pushed to the reader, which keeps it in its
// state.json. A reader that comes back gets the console's message again.
//
// Thread: GUI thread. Every call ends in exactly one signal per reader.
class ReaderSettings : public QObject
{
    Q_OBJECT

public:
    ReaderSettings(DeviceLink::ReaderFleet *fleet, DeviceLink::ReaderRegistry *registry, ConfigStore *config,
                   QObject *parent = nullptr);

    // Readers a setting can be pushed to now (registered, link trusted).
    QStringList reachableReaders() const;

    // The message for one reader, or for every registered reader when serial
    // is empty. Refused before anything is sent if it breaks the rules.
    DeviceLink::Result<void> pushScreenMessage(const QString &serial, const QString &message);
    // What the console last pushed to the reader (or to all).
    QString screenMessage(const QString &serial) const;

    // The reader paints its idle screen with the candidate message; only the
    // newest request's answer is reported.
    void requestPreview(const QString &serial, const QString &message);

    void setPowerLink(const QString &serial, bool on);
    void fetchPowerSettings(const QString &serial);
    // The emulated USB power line (emulated and test readers).
    void setVbus(const QString &serial, bool present, bool busSuspended = false);

    // The reader's admin-screen password (6-16 digits); only its hash is
    // kept, on the reader. Audited without the value.
    void setAdminPassword(const QString &serial, const QString &password);

    struct Power
    {
        bool known = false;
        bool powerLink = false;
        bool vbus = false;
        bool alwaysPowered = false;
    };
    Power power(const QString &serial) const { return m_power.value(serial); }

Q_SIGNALS:
    void messagePushed(const QString &serial, const DeviceLink::Error &error);
    // The PNG the reader rendered (decoded by the view: app has no QtGui).
    void previewReady(const QString &serial, const QByteArray &png);
    void previewFailed(const QString &serial, const DeviceLink::Error &error);
    void powerSettingsChanged(const QString &serial, const DeviceLink::Error &error);
    void adminPasswordSet(const QString &serial, const DeviceLink::Error &error);

private:
    void sendMessage(const QString &serial, const QString &message);
    // A request to the reader; without a link, done gets ReaderNotConnected
    // (S510: power, cable, 最新の情報に更新) later, as a reply would come.
    void send(const QString &serial, const QString &op, const QCborMap &args,
              std::function<void(const DeviceLink::Result<QCborMap> &)> done);
    void onPower(const QString &serial, const DeviceLink::Result<QCborMap> &reply);
    void onTrusted(const QString &serial);

    DeviceLink::ReaderFleet *m_fleet;
    DeviceLink::ReaderRegistry *m_registry;
    ConfigStore *m_config;
    QHash<QString, Power> m_power;
    QHash<QString, bool> m_trusted;
    quint64 m_previewSequence = 0;
};

} // namespace Console
