// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/linkconnection.h"

#include "devicelink/protocol.h"
#include "devicelink/tlsidentity.h"

#include <QLoggingCategory>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcLink, "madoguchi.link")

namespace DeviceLink {

using namespace Qt::StringLiterals;

namespace {

// Order in which queued channels get the socket: video is latency-bound,
// logs are small, bulk transfers can always wait.
constexpr std::array<Channel, 3> QueuedChannelOrder{Channel::Video, Channel::Log, Channel::Bulk};

} // namespace

LinkConnection::LinkConnection(QSslSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // A small kernel send buffer keeps what waits for a slow peer short:
    // the mirror then drops stale frames on our side (MirrorStream) instead
    // of the kernel holding seconds of them.
    m_socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, KernelSendBuffer);
    connect(m_socket, &QSslSocket::readyRead, this, &LinkConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &LinkConnection::onDisconnected);
    connect(m_socket, &QSslSocket::bytesWritten, this, &LinkConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &LinkConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            m_peerGone = true;
        else
            finish(Error(ErrorCode::LinkDown, m_socket->errorString()));
    });
    m_watchdog.setInterval(WatchdogTickMs);
    connect(&m_watchdog, &QTimer::timeout, this, &LinkConnection::onWatchdogTick);
    m_watchdog.start();
    m_sinceReceived.start();
    m_sinceSent.start();
    // Bytes may have arrived together with the end of the handshake.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &LinkConnection::onReadyRead, Qt::QueuedConnection);
}

LinkConnection::~LinkConnection()
{
    m_closed = true;
    m_socket->disconnect(this);
    m_socket->abort();
}

void LinkConnection::sendControl(const ControlMessage &message)
{
    if (m_closed)
        return;
    const QByteArray payload = message.encode();
    if (quint64(payload.size()) > maxPayloadSize(Channel::Control)) {
        qCWarning(lcLink) << "dropping oversize control message" << message.type();
        return;
    }
    write(encodeFrame(Channel::Control, payload));
    // Round trips are the point of the control channel: do not wait for the
    // event loop to push the record out.
    m_socket->flush();
}

void LinkConnection::send(Channel channel, const QByteArray &payload)
{
    if (channel == Channel::Control) {
        Q_ASSERT_X(false, "LinkConnection::send", "use sendControl");
        return;
    }
    if (m_closed || quint64(payload.size()) > maxPayloadSize(channel))
        return;
    const auto index = size_t(channel);
    m_queues[index].push_back(encodeFrame(channel, payload));
    m_queuedBytes[index] += m_queues[index].back().size();
    flushQueues();
}

qsizetype LinkConnection::queuedBytes(Channel channel) const
{
    return m_queuedBytes[size_t(channel)];
}

qint64 LinkConnection::socketBufferedBytes() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void LinkConnection::abort(const Error &reason)
{
    if (m_closed)
        return;
    // finish() first: aborting the socket emits disconnected() at once,
    // which would otherwise report a plain LinkDown instead of the reason.
    finish(reason);
    m_socket->abort();
}

QByteArray LinkConnection::peerFingerprint() const
{
    return certificateFingerprint(m_socket->peerCertificate());
}

QString LinkConnection::peerAddress() const
{
    return m_socket->peerAddress().toString() + u':' + QString::number(m_socket->peerPort());
}

void LinkConnection::write(const QByteArray &frame)
{
    m_bytesSent += quint64(frame.size());
    m_socket->write(frame);
    m_sinceSent.restart();
}

void LinkConnection::flushQueues()
{
    std::array<bool, ChannelCount> drained{};
    bool wrote = false;
    // QSslSocket encrypts on write(): what waits for the kernel is in its
    // encrypted buffer, not in bytesToWrite().
    while (!m_closed && !m_peerGone && socketBufferedBytes() < LowWaterMark) {
        bool any = false;
        for (Channel channel : QueuedChannelOrder) {
            auto &queue = m_queues[size_t(channel)];
            if (queue.empty())
                continue;
            m_queuedBytes[size_t(channel)] -= queue.front().size();
            write(queue.front());
            queue.pop_front();
            drained[size_t(channel)] = queue.empty();
            any = wrote = true;
            break;
        }
        if (!any)
            break;
    }
    // A peer that reset the connection during write() leaves a socket whose
    // TLS state is already gone: flushing it then crashes inside OpenSSL.
    if (!wrote || m_closed || m_peerGone || !m_socket->isEncrypted()
        || m_socket->state() != QAbstractSocket::ConnectedState
        || m_socket->error() != QAbstractSocket::UnknownSocketError) {
        return;
    }
    // Video is latency-bound: hand it to the kernel now rather than on the
    // next turn of the event loop.
    m_socket->flush();
    for (Channel channel : QueuedChannelOrder) {
        if (drained[size_t(channel)] && !m_closed)
            Q_EMIT channelDrained(channel);
    }
}

void LinkConnection::onBytesWritten()
{
    // Not from inside the socket's own signal: writing there re-enters
    // QSslSocket, and a peer that reset the connection at that moment has
    // Qt 6.4 free the TLS state under the nested write (SIGSEGV in OpenSSL).
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_flushQueued = false;
            flushQueues();
        },
        Qt::QueuedConnection);
}

void LinkConnection::onReadyRead()
{
    if (m_closed)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    m_bytesReceived += quint64(bytes.size());
    m_sinceReceived.restart();
    m_decoder.append(bytes);
    for (;;) {
        Result<std::optional<Frame>> next = m_decoder.next();
        if (!next) {
            abort(next.error());
            return;
        }
        if (!next.value())
            return;
        Frame frame = std::move(*next.value());
        if (frame.channel != Channel::Control) {
            Q_EMIT dataReceived(frame.channel, frame.payload);
        } else {
            Result<ControlMessage> message = ControlMessage::decode(frame.payload);
            if (!message) {
                abort(message.error());
                return;
            }
            if (message->type() != MessageType::Ping)
                Q_EMIT controlReceived(message.value());
        }
        // A handler may have closed the connection.
        if (m_closed)
            return;
    }
}

void LinkConnection::onDisconnected()
{
    // Whatever arrived just before the close is still a valid message.
    onReadyRead();
    if (m_closed)
        return;
    const Result<void> tail = m_decoder.finish();
    finish(tail ? Error(ErrorCode::LinkDown, u"peer closed the connection"_s) : tail.error());
}

void LinkConnection::onWatchdogTick()
{
    if (m_closed)
        return;
    if (m_sinceReceived.elapsed() > DeadAfterMs) {
        abort(Error(ErrorCode::HeartbeatTimeout,
                    QStringLiteral("nothing received for %1 ms").arg(m_sinceReceived.elapsed())));
        return;
    }
    if (m_sinceSent.elapsed() >= PingIntervalMs) {
        ControlMessage ping{QString(MessageType::Ping)};
        ping.insert(QString(Field::Sequence), qint64(++m_pingSequence));
        sendControl(ping);
    }
}

void LinkConnection::finish(const Error &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_watchdog.stop();
    for (auto &queue : m_queues)
        queue.clear();
    m_queuedBytes.fill(0);
    qCInfo(lcLink).noquote() << "link" << peerAddress() << "closed:" << reason.toLogString();
    // Queued so that a handler running inside readyRead never sees the
    // connection vanish under it.
    QMetaObject::invokeMethod(this, [this, reason] { Q_EMIT closed(reason); }, Qt::QueuedConnection);
}

} // namespace DeviceLink
