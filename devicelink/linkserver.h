// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"
#include "devicelink/tlsidentity.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace DeviceLink {

class BundleSink;
class ControlMessage;
class LinkConnection;
class LogSource;
class MirrorSource;
class ReaderEndpoint;

// The reader's end of devicelink: accepts TLS connections from consoles on
// the link address, sends every console the hello, and serves requests and
// status only to the console the reader is paired with. An unpaired console
// may ask to pair; a reader that already trusts a console refuses others.
//
// Thread: lives in the reader's thread; the endpoint is called there too.
class DEVICELINK_EXPORT LinkServer : public QObject
{
    Q_OBJECT

public:
    LinkServer(TlsIdentity identity, ReaderEndpoint *endpoint, QObject *parent = nullptr);
    ~LinkServer() override;

    // AddressInUse when the port is taken; listening on port 0 picks one.
    Result<void> listen(const QHostAddress &address, quint16 port);
    void close();
    QHostAddress address() const;
    quint16 port() const;

    // Pushes the endpoint's current status to the paired console.
    void publishStatus();
    // Sends {t: "event", kind, …fields} to trusted sessions only; an
    // untrusted console never learns what happens at the reader.
    void publishEvent(const QString &kind, const QCborMap &fields);

    // Where mirror frames come from; without one, mirrorSubscribe is refused
    // with MirrorUnavailable. source must outlive the server.
    void setMirrorSource(const MirrorSource *source) { m_mirrorSource = source; }
    // The screen was rendered: streams the change to subscribed sessions.
    void publishMirrorFrame(const QList<QRect> &dirty, qint64 renderTimeNs);
    int mirrorSubscriberCount() const;

    // The reader's log, streamed to a trusted session once it sends
    // logSubscribe; without one, logSubscribe is refused with
    // ReaderLogUnavailable. source must outlive the server.
    void setLogSource(const LogSource *source) { m_logSource = source; }
    // A record became durable in the log: streams it to subscribed sessions.
    void publishLogAppended();
    // Takes the paired console's updateBegin/updateFinish and its bundle
    // chunks on the bulk channel; without one, those are refused with
    // UnsupportedMessage. sink must outlive the server.
    void setBundleSink(BundleSink *sink) { m_bundleSink = sink; }

    // An unresponsive reader (the training mode's frozen reader) keeps its
    // connections alive but answers no request and sends no status: the
    // console sees it still connected while its commands time out.
    void setResponding(bool responding) { m_responding = responding; }
    bool isResponding() const { return m_responding; }

    int sessionCount() const;
    int trustedSessionCount() const;

    static constexpr int MaxSessions = 8;
    static constexpr int HandshakeTimeoutMs = 5000;

Q_SIGNALS:
    // For the reader's log: a peer was refused or a session broke.
    void sessionFailed(const DeviceLink::Error &error, const QString &peer);
    void trustedSessionsChanged(int count);
    // A console confirmed it has committed the reader's log up to sequence
    // (logAck, or logSubscribe after it): those records are safe from a
    // crash of that console.
    void logAcknowledged(quint64 sequence);

private:
    class Listener;
    struct Session;

    void onEncrypted(LinkConnection *connection);
    void onControl(Session *session, const ControlMessage &message);
    void handleRequest(Session *session, const ControlMessage &message);
    void sendHello(Session *session);
    void sendStatus(Session *session);
    void removeSession(Session *session, const Error &reason);
    Result<QCborMap> subscribeMirror();
    void subscribeLog(Session *session, const ControlMessage &message);
    void onBulk(Session *session, const QByteArray &payload);
    QCborMap diagnostics() const;

    TlsIdentity m_identity;
    ReaderEndpoint *m_endpoint;
    const MirrorSource *m_mirrorSource = nullptr;
    const LogSource *m_logSource = nullptr;
    BundleSink *m_bundleSink = nullptr;
    bool m_responding = true;
    quint64 m_framesPublished = 0;
    std::unique_ptr<Listener> m_listener;
    std::vector<std::unique_ptr<Session>> m_sessions;
};

} // namespace DeviceLink
