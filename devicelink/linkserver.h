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

class ControlMessage;
class LinkConnection;
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

    int sessionCount() const;
    int trustedSessionCount() const;

    static constexpr int MaxSessions = 8;
    static constexpr int HandshakeTimeoutMs = 5000;

Q_SIGNALS:
    // For the reader's log: a peer was refused or a session broke.
    void sessionFailed(const DeviceLink::Error &error, const QString &peer);
    void trustedSessionsChanged(int count);

private:
    class Listener;
    struct Session;

    void onEncrypted(LinkConnection *connection);
    void onControl(Session *session, const ControlMessage &message);
    void handleRequest(Session *session, const ControlMessage &message);
    void sendHello(Session *session);
    void sendStatus(Session *session);
    void removeSession(Session *session, const Error &reason);

    TlsIdentity m_identity;
    ReaderEndpoint *m_endpoint;
    std::unique_ptr<Listener> m_listener;
    std::vector<std::unique_ptr<Session>> m_sessions;
};

} // namespace DeviceLink
