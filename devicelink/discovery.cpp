// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/discovery.h"

#include "devicelink/controlmessage.h"
#include "devicelink/protocol.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace DeviceLink {

using namespace Qt::StringLiterals;

QByteArray Beacon::encode() const
{
    ControlMessage m{QString(MessageType::Beacon)};
    const QCborMap fields = description.toFields();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        m.insert(it.key().toString(), it.value());
    m.insert(QString(Field::Version), ProtocolMajor);
    m.insert(QString(Field::Port), port);
    return m.encode();
}

Result<Beacon> Beacon::decode(const QByteArray &datagram)
{
    if (datagram.size() > MaxDatagramSize)
        return Error(ErrorCode::FrameTooLarge, u"beacon of %1 bytes"_s.arg(datagram.size()));
    Result<ControlMessage> message = ControlMessage::decode(datagram);
    if (!message)
        return message.error();
    if (message->type() != MessageType::Beacon)
        return Error(ErrorCode::MalformedMessage, u"not a beacon: "_s + message->type());
    if (message->integer(QString(Field::Version)) != ProtocolMajor)
        return Error(ErrorCode::ProtocolVersionMismatch, u"beacon of another protocol version"_s);
    const qint64 port = message->integer(QString(Field::Port));
    if (port <= 0 || port > 65535)
        return Error(ErrorCode::MalformedMessage, u"beacon without a valid port"_s);
    Result<ReaderDescription> description = ReaderDescription::fromFields(message->fields());
    if (!description)
        return description.error();
    Beacon beacon;
    beacon.description = description.value();
    beacon.port = quint16(port);
    return beacon;
}

DiscoveryBeacon::DiscoveryBeacon(QHostAddress target, quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_socket(new QUdpSocket(this))
    , m_target(std::move(target))
    , m_targetPort(targetPort)
{
    m_timer.setInterval(BeaconIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DiscoveryBeacon::announceNow);
}

void DiscoveryBeacon::setBeacon(const Beacon &beacon)
{
    m_datagram = beacon.encode();
}

void DiscoveryBeacon::start()
{
    announceNow();
    m_timer.start();
}

void DiscoveryBeacon::stop()
{
    m_timer.stop();
}

void DiscoveryBeacon::announceNow()
{
    // No console listening is normal (it may not run yet); nothing to report.
    if (!m_datagram.isEmpty() && !m_target.isNull())
        m_socket->writeDatagram(m_datagram, m_target, m_targetPort);
}

DiscoveryListener::DiscoveryListener(QObject *parent)
    : QObject(parent)
    , m_socket(new QUdpSocket(this))
{
    connect(m_socket, &QUdpSocket::readyRead, this, &DiscoveryListener::onReadyRead);
}

Result<void> DiscoveryListener::listen(const QHostAddress &address, quint16 port)
{
    if (!m_socket->bind(address, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
        return Error(ErrorCode::DiscoveryUnavailable, m_socket->errorString());
    return {};
}

quint16 DiscoveryListener::port() const
{
    return m_socket->localPort();
}

void DiscoveryListener::onReadyRead()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(Beacon::MaxDatagramSize + 1);
        Result<Beacon> beacon = Beacon::decode(datagram.data());
        if (!beacon) {
            ++m_malformed;
            Q_EMIT malformedDatagram(beacon.error(), datagram.senderAddress());
            continue;
        }
        Q_EMIT readerAnnounced(beacon.value(), datagram.senderAddress());
    }
}

} // namespace DeviceLink
