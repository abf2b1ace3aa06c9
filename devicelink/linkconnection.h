// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/controlmessage.h"
#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"
#include "devicelink/frame.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <array>
#include <deque>

class QSslSocket;

namespace DeviceLink {

// One encrypted connection between a console and a reader, used by both
// ends: framing, heartbeat and the send queues. It starts once the TLS
// handshake is done and ends exactly once, with closed(reason).
//
// Control frames go straight to the socket. Frames of the other channels wait
// in per-channel queues and are handed to the socket only while its write
// buffer is below a low-water mark, so a control message is never stuck
// behind megabytes of video or firmware.
//
// Thread: lives in the thread of its socket; not thread-safe.
class DEVICELINK_EXPORT LinkConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of an encrypted socket.
    explicit LinkConnection(QSslSocket *socket, QObject *parent = nullptr);
    ~LinkConnection() override;

    void sendControl(const ControlMessage &message);
    void send(Channel channel, const QByteArray &payload);
    qsizetype queuedBytes(Channel channel) const;
    // Encrypted bytes the socket still holds, not yet taken by the kernel.
    qint64 socketBufferedBytes() const;

    // Drops the connection at once; closed() follows (queued) with the reason.
    void abort(const Error &reason);

    bool isOpen() const { return !m_closed; }
    QByteArray peerFingerprint() const;
    QString peerAddress() const;
    quint64 bytesReceived() const { return m_bytesReceived; }
    quint64 bytesSent() const { return m_bytesSent; }

    static constexpr qsizetype LowWaterMark = 256 * 1024;
    static constexpr int KernelSendBuffer = 128 * 1024;

Q_SIGNALS:
    void controlReceived(const DeviceLink::ControlMessage &message);
    void dataReceived(DeviceLink::Channel channel, const QByteArray &payload);
    // The channel's queue went empty: everything queued on it is in the
    // socket's hands. Senders that keep one frame in flight (the mirror)
    // send their next one then.
    void channelDrained(DeviceLink::Channel channel);
    void closed(const DeviceLink::Error &reason);

private:
    void onReadyRead();
    void onDisconnected();
    void onWatchdogTick();
    void onBytesWritten();
    void flushQueues();
    void write(const QByteArray &frame);
    void finish(const Error &reason);

    QSslSocket *m_socket;
    FrameDecoder m_decoder;
    std::array<std::deque<QByteArray>, ChannelCount> m_queues;
    std::array<qsizetype, ChannelCount> m_queuedBytes{};
    QTimer m_watchdog;
    QElapsedTimer m_sinceReceived;
    QElapsedTimer m_sinceSent;
    quint64 m_pingSequence = 0;
    quint64 m_bytesReceived = 0;
    quint64 m_bytesSent = 0;
    bool m_closed = false;
    // The peer closed or reset: writing on only tears down what TLS has left.
    bool m_peerGone = false;
    bool m_flushQueued = false;
};

} // namespace DeviceLink
