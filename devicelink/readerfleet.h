// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"
#include "devicelink/readerlink.h"
#include "devicelink/readerstate.h"
#include "devicelink/tlsidentity.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

namespace DeviceLink {

struct Beacon;
class DiscoveryListener;
class PinStore;
class ReaderRegistry;

// Keeps one ReaderLink per reader the console knows or hears of, and keeps
// the ReaderRegistry in step with them. Readers come from the pin store
// (registered earlier), from discovery beacons and from addresses typed in.
// Registering a reader pins the certificate it presents now; a reader whose
// certificate is pinned is then accepted with that certificate only.
//
// Thread: the console's GUI thread; owns its links and the discovery socket.
class DEVICELINK_EXPORT ReaderFleet : public QObject
{
    Q_OBJECT

public:
    using ReplyHandler = ReaderLink::ReplyHandler;

    ReaderFleet(TlsIdentity consoleIdentity, PinStore *pins, ReaderRegistry *registry, QObject *parent = nullptr);
    ~ReaderFleet() override;

    Result<void> startDiscovery(const QHostAddress &address, quint16 port);
    quint16 discoveryPort() const;

    // A reader at a known address (the manual "add by address").
    void connectTo(const QString &host, quint16 port);

    // Pins the certificate the reader presents now and asks it to pair.
    void registerReader(const QString &serial, QObject *context, ReplyHandler done);
    // Pins a certificate known out of band: readers this console runs itself.
    Result<void> trustCertificate(const QString &serial, const QSslCertificate &certificate, const QString &host,
                                  quint16 port);
    // Unpairs (when reachable), unpins and drops the reader.
    void forgetReader(const QString &serial);

    void sendCommand(const QString &serial, ReaderCommand command, QObject *context, ReplyHandler done);
    // Any other request (settings, confirmations); done gets UnknownReader
    // when the console has no link to that reader.
    void request(const QString &serial, const QString &op, const QCborMap &args, QObject *context,
                 ReplyHandler done);
    // 最新の情報に更新: refresh every trusted reader, retry every other one now.
    void refreshAll();

    ReaderLink *link(const QString &serial) const;
    QByteArray consoleFingerprint() const { return m_identity.fingerprint(); }

Q_SIGNALS:
    // A link failed or was refused; for the console log and status bar.
    void linkProblem(const QString &serial, const DeviceLink::Error &error);
    void discoveryProblem(const DeviceLink::Error &error);
    // An event or other unsolicited message from a trusted reader.
    void messageReceived(const QString &serial, const DeviceLink::ControlMessage &message);
    // The link to a reader became trusted (paired, hello received): the
    // moment to (re)subscribe to what it streams.
    void readerTrusted(const QString &serial);
    // A batch of a trusted reader's log stream.
    void logReceived(const QString &serial, const QByteArray &payload);

private:
    ReaderLink *createLink(const QString &serial);
    void adoptProbe(ReaderLink *probe, const QString &serial);
    void onBeacon(const Beacon &beacon, const QHostAddress &sender);
    void onHello(ReaderLink *link);
    void onPhase(ReaderLink *link, ReaderLink::Phase phase);
    void onFailed(ReaderLink *link, const Error &reason);
    QString serialOf(ReaderLink *link) const;
    bool isPinned(const QString &serial) const { return m_pins.contains(serial); }

    TlsIdentity m_identity;
    PinStore *m_pinStore;
    ReaderRegistry *m_registry;
    DiscoveryListener *m_discovery = nullptr;
    QHash<QString, ReaderLink *> m_links;
    QList<ReaderLink *> m_probes;
    QHash<QString, QByteArray> m_pins; // serial → pinned fingerprint
};

} // namespace DeviceLink
