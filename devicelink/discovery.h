// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"
#include "devicelink/readerinfo.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QUdpSocket;

namespace DeviceLink {

// What a reader announces on its link interface once a second: who it is
// and on which TCP port it listens. Unauthenticated by design: a beacon only
// tells the console where to try; trust comes from the TLS pin.
struct DEVICELINK_EXPORT Beacon
{
    ReaderDescription description;
    quint16 port = 0;

    QByteArray encode() const;
    static Result<Beacon> decode(const QByteArray &datagram);

    static constexpr qsizetype MaxDatagramSize = 1024;
};

// Reader side: sends the beacon to the console's discovery address.
class DEVICELINK_EXPORT DiscoveryBeacon : public QObject
{
    Q_OBJECT

public:
    DiscoveryBeacon(QHostAddress target, quint16 targetPort, QObject *parent = nullptr);

    void setBeacon(const Beacon &beacon);
    void start();
    void stop();
    void announceNow();

private:
    QUdpSocket *m_socket;
    QHostAddress m_target;
    quint16 m_targetPort;
    QByteArray m_datagram;
    QTimer m_timer;
};

// Console side: listens for beacons; malformed datagrams are counted and
// reported, never trusted.
class DEVICELINK_EXPORT DiscoveryListener : public QObject
{
    Q_OBJECT

public:
    explicit DiscoveryListener(QObject *parent = nullptr);

    // DiscoveryUnavailable when the port cannot be bound; port 0 picks one.
    Result<void> listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    int malformedCount() const { return m_malformed; }

Q_SIGNALS:
    void readerAnnounced(const DeviceLink::Beacon &beacon, const QHostAddress &sender);
    void malformedDatagram(const DeviceLink::Error &error, const QHostAddress &sender);

private:
    void onReadyRead();

    QUdpSocket *m_socket;
    int m_malformed = 0;
};

} // namespace DeviceLink
