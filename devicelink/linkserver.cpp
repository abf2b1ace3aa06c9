// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/linkserver.h"

#include "devicelink/controlmessage.h"
#include "devicelink/firmware/bundlesink.h"
#include "devicelink/linkconnection.h"
#include "devicelink/logentry.h"
#include "devicelink/logstream.h"
#include "devicelink/mirrorsource.h"
#include "devicelink/mirrorstream.h"
#include "devicelink/monotonicclock.h"
#include "devicelink/protocol.h"
#include "devicelink/readerendpoint.h"
#include "devicelink/readerinfo.h"

#include <QCborArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcLink)

namespace DeviceLink {

using namespace Qt::StringLiterals;

ReaderEndpoint::~ReaderEndpoint() = default;

struct LinkServer::Session
{
    LinkConnection *connection = nullptr;
    QByteArray peerFingerprint;
    bool trusted = false;
    std::unique_ptr<MirrorStream> mirror;
    std::unique_ptr<LogStream> log;
};

// QTcpServer that wraps every accepted socket in TLS and hands it over only
// once the handshake is complete; stalled or failed handshakes are dropped.
class LinkServer::Listener : public QTcpServer
{
public:
    Listener(LinkServer *server, QSslConfiguration configuration)
        : m_server(server)
        , m_configuration(std::move(configuration))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        const QString peer = socket->peerAddress().toString();
        if (m_server->sessionCount() >= MaxSessions) {
            Q_EMIT m_server->sessionFailed(Error(ErrorCode::ConnectionRefused, u"too many sessions"_s), peer);
            socket->abort();
            socket->deleteLater();
            return;
        }
        socket->setSslConfiguration(m_configuration);
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, socket, [this, socket, peer] {
            Q_EMIT m_server->sessionFailed(Error(ErrorCode::TlsHandshakeFailed, u"handshake timed out"_s), peer);
            socket->abort();
            socket->deleteLater();
        });
        connect(socket, &QSslSocket::encrypted, this, [this, socket, timeout] {
            timeout->stop();
            timeout->deleteLater();
            socket->disconnect(this);
            m_server->onEncrypted(new LinkConnection(socket, m_server));
        });
        // Before encryption, any socket error (garbage instead of TLS, a
        // peer that gives up) ends the attempt; the session never existed.
        connect(socket, &QSslSocket::errorOccurred, this, [this, socket, peer] {
            Q_EMIT m_server->sessionFailed(Error(ErrorCode::TlsHandshakeFailed, socket->errorString()), peer);
            socket->abort();
            socket->deleteLater();
        });
        timeout->start(HandshakeTimeoutMs);
        socket->startServerEncryption();
    }

private:
    LinkServer *m_server;
    QSslConfiguration m_configuration;
};

LinkServer::LinkServer(TlsIdentity identity, ReaderEndpoint *endpoint, QObject *parent)
    : QObject(parent)
    , m_identity(std::move(identity))
    , m_endpoint(endpoint)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_3OrLater);
    configuration.setLocalCertificate(m_identity.certificate());
    configuration.setPrivateKey(m_identity.privateKey());
    // Consoles are recognised by fingerprint, not by a CA: ask for the
    // certificate but let the session decide what it may do.
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    m_listener = std::make_unique<Listener>(this, configuration);
}

LinkServer::~LinkServer()
{
    close();
}

Result<void> LinkServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_listener->listen(address, port)) {
        const ErrorCode code = m_listener->serverError() == QAbstractSocket::AddressInUseError
            ? ErrorCode::AddressInUse
            : ErrorCode::ConnectionRefused;
        return Error(code, address.toString() + u':' + QString::number(port) + u": "_s + m_listener->errorString());
    }
    return {};
}

void LinkServer::close()
{
    m_listener->close();
    // Sessions die with their connections, without their closed() signals;
    // the reader's log still hears that its console is gone.
    const bool hadTrusted = trustedSessionCount() > 0;
    for (auto &session : m_sessions) {
        session->mirror.reset();
        session->log.reset();
        session->connection->disconnect(this);
        delete session->connection;
    }
    m_sessions.clear();
    if (hadTrusted)
        Q_EMIT trustedSessionsChanged(0);
}

QHostAddress LinkServer::address() const
{
    return m_listener->serverAddress();
}

quint16 LinkServer::port() const
{
    return m_listener->serverPort();
}

int LinkServer::sessionCount() const
{
    return int(m_sessions.size());
}

int LinkServer::trustedSessionCount() const
{
    return int(std::count_if(m_sessions.begin(), m_sessions.end(), [](const auto &s) { return s->trusted; }));
}

void LinkServer::publishStatus()
{
    if (!m_responding)
        return;
    for (auto &session : m_sessions) {
        if (session->trusted)
            sendStatus(session.get());
    }
}

void LinkServer::publishEvent(const QString &kind, const QCborMap &fields)
{
    ControlMessage message{QString(MessageType::Event)};
    message.insert(QString(Field::Kind), kind);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        message.insert(it.key().toString(), it.value());
    for (auto &session : m_sessions) {
        if (session->trusted)
            session->connection->sendControl(message);
    }
}

void LinkServer::publishMirrorFrame(const QList<QRect> &dirty, qint64 renderTimeNs)
{
    ++m_framesPublished;
    for (auto &session : m_sessions) {
        if (session->mirror)
            session->mirror->frameRendered(dirty, renderTimeNs);
    }
}

void LinkServer::publishLogAppended()
{
    for (auto &session : m_sessions) {
        if (session->log)
            session->log->logAppended();
    }
}

void LinkServer::subscribeLog(Session *session, const ControlMessage &message)
{
    LinkConnection *connection = session->connection;
    if (!m_logSource) {
        connection->sendControl(ControlMessage::replyError(
            message.id(), Error(ErrorCode::ReaderLogUnavailable, u"this reader keeps no log"_s)));
        return;
    }
    const QCborValue after = message.map(QString(Field::Args)).value(QString(LogField::After));
    if (!after.isInteger() || after.toInteger() < 0) {
        connection->sendControl(ControlMessage::replyError(
            message.id(), Error(ErrorCode::InvalidArgument, u"logSubscribe needs after >= 0"_s)));
        return;
    }
    const quint64 last = m_logSource->lastSequence();
    quint64 from = quint64(after.toInteger());
    // A console that has stored more than this log ever held saw an earlier
    // log of this reader (its state folder was reset): start over, and say so.
    const bool restart = from > last;
    if (restart)
        from = 0;
    QCborMap result;
    result.insert(QString(LogField::Last), qint64(last));
    result.insert(QString(LogField::Restart), restart);
    connection->sendControl(ControlMessage::replyOk(message.id(), result));
    // Subscribing after n says n is stored: a commit whose ack found no
    // link is confirmed this way. Before the stream, whose acks come later.
    if (from > 0)
        Q_EMIT logAcknowledged(from);
    // After the reply, so that the console knows about a restart before the
    // first batch arrives.
    session->log = std::make_unique<LogStream>(connection, m_logSource, from);
}

int LinkServer::mirrorSubscriberCount() const
{
    return int(std::count_if(m_sessions.begin(), m_sessions.end(), [](const auto &s) { return bool(s->mirror); }));
}

QCborMap LinkServer::diagnostics() const
{
    QCborArray sessions;
    for (const auto &session : m_sessions) {
        QCborMap s;
        s.insert(QString(Field::Trusted), session->trusted);
        s.insert(QString(Field::QueuedVideo), qint64(session->connection->queuedBytes(Channel::Video)));
        s.insert(QString(Field::SocketBuffered), session->connection->socketBufferedBytes());
        s.insert(QString(Field::Mirroring), bool(session->mirror));
        if (session->mirror)
            s.insert(QString(Field::Coalesced), qint64(session->mirror->coalescedRenders()));
        sessions.append(s);
    }
    QCborMap result;
    result.insert(QString(Field::Sessions), sessions);
    result.insert(QString(Field::FramesPublished), qint64(m_framesPublished));
    return result;
}

Result<QCborMap> LinkServer::subscribeMirror()
{
    if (!m_mirrorSource)
        return Error(ErrorCode::MirrorUnavailable, u"this reader has no screen to mirror"_s);
    const PixelView frame = m_mirrorSource->mirrorFrame();
    QCborMap result;
    result.insert(QString(Field::ClockNs), monotonicNs());
    result.insert(QString(Field::Width), frame.width);
    result.insert(QString(Field::Height), frame.height);
    return result;
}

void LinkServer::onEncrypted(LinkConnection *connection)
{
    auto owned = std::make_unique<Session>();
    Session *session = owned.get();
    session->connection = connection;
    session->peerFingerprint = connection->peerFingerprint();
    const QByteArray paired = m_endpoint->pairedConsole();
    session->trusted = !paired.isEmpty() && session->peerFingerprint == paired;
    m_sessions.push_back(std::move(owned));

    connect(connection, &LinkConnection::controlReceived, this,
            [this, session](const ControlMessage &message) { onControl(session, message); });
    connect(connection, &LinkConnection::closed, this,
            [this, session](const Error &reason) { removeSession(session, reason); });
    connect(connection, &LinkConnection::dataReceived, this,
            [this, session](Channel channel, const QByteArray &payload) {
                if (channel == Channel::Bulk)
                    onBulk(session, payload);
            });

    sendHello(session);
    if (session->trusted) {
        sendStatus(session);
        Q_EMIT trustedSessionsChanged(trustedSessionCount());
    }
}

void LinkServer::sendHello(Session *session)
{
    ReaderHello hello;
    hello.description = m_endpoint->description();
    hello.protocolMajor = ProtocolMajor;
    hello.protocolMinor = ProtocolMinor;
    hello.paired = !m_endpoint->pairedConsole().isEmpty();
    hello.trusted = session->trusted;
    session->connection->sendControl(hello.toMessage());
}

void LinkServer::sendStatus(Session *session)
{
    ControlMessage message{QString(MessageType::Status)};
    const QCborMap fields = m_endpoint->status().toFields();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        message.insert(it.key().toString(), it.value());
    session->connection->sendControl(message);
}

void LinkServer::onControl(Session *session, const ControlMessage &message)
{
    if (message.type() == MessageType::Hello) {
        const qint64 major = message.integer(QString(Field::Version));
        if (major != ProtocolMajor) {
            session->connection->abort(Error(ErrorCode::ProtocolVersionMismatch,
                                             QStringLiteral("console speaks v%1, reader v%2").arg(major).arg(ProtocolMajor)));
        }
        return;
    }
    if (message.type() == MessageType::Request) {
        handleRequest(session, message);
        return;
    }
    if (message.hasId()) {
        session->connection->sendControl(ControlMessage::replyError(
            message.id(), Error(ErrorCode::UnsupportedMessage, u"unknown message type "_s + message.type())));
    }
}

void LinkServer::handleRequest(Session *session, const ControlMessage &message)
{
    LinkConnection *connection = session->connection;
    if (!message.hasId()) {
        connection->abort(Error(ErrorCode::MalformedMessage, u"request without id"_s));
        return;
    }
    if (!m_responding)
        return;
    const QString op = message.string(QString(Field::Op));

    if (op == Op::Pair) {
        if (session->peerFingerprint.isEmpty()) {
            connection->sendControl(ControlMessage::replyError(message.id(), Error(ErrorCode::NoClientCertificate)));
            return;
        }
        const QByteArray paired = m_endpoint->pairedConsole();
        if (!paired.isEmpty() && paired != session->peerFingerprint) {
            connection->sendControl(
                ControlMessage::replyError(message.id(), Error(ErrorCode::PairedToAnotherConsole)));
            return;
        }
        if (paired.isEmpty()) {
            if (Result<void> stored = m_endpoint->setPairedConsole(session->peerFingerprint); !stored) {
                connection->sendControl(ControlMessage::replyError(message.id(), stored.error()));
                return;
            }
            qCInfo(lcLink).noquote() << "paired with console" << formatFingerprint(session->peerFingerprint);
        }
        session->trusted = true;
        connection->sendControl(ControlMessage::replyOk(message.id()));
        sendStatus(session);
        Q_EMIT trustedSessionsChanged(trustedSessionCount());
        return;
    }

    // Everything but pairing is for the paired console only.
    if (!session->trusted) {
        connection->sendControl(ControlMessage::replyError(message.id(), Error(ErrorCode::NotPaired)));
        return;
    }

    if (op == Op::Unpair) {
        if (Result<void> cleared = m_endpoint->setPairedConsole({}); !cleared) {
            connection->sendControl(ControlMessage::replyError(message.id(), cleared.error()));
            return;
        }
        connection->sendControl(ControlMessage::replyOk(message.id()));
        for (auto &other : m_sessions) {
            other->trusted = false;
            other->mirror.reset();
            other->log.reset();
        }
        Q_EMIT trustedSessionsChanged(0);
        return;
    }

    if (op == Op::MirrorSubscribe) {
        Result<QCborMap> result = subscribeMirror();
        connection->sendControl(ControlMessage::reply(message.id(), result));
        // After the reply, so that the console knows the stream's clock before its first frame.
        if (result)
            session->mirror = std::make_unique<MirrorStream>(connection, m_mirrorSource);
        return;
    }
    if (op == Op::LinkDiagnostics) {
        connection->sendControl(ControlMessage::replyOk(message.id(), diagnostics()));
        return;
    }
    if (op == Op::LogSubscribe) {
        subscribeLog(session, message);
        return;
    }
    if (op == Op::LogAck) {
        const QCborValue sequence = message.map(QString(Field::Args)).value(QString(LogField::Sequence));
        if (session->log && sequence.isInteger() && sequence.toInteger() > 0) {
            const quint64 before = session->log->acknowledgedUpTo();
            session->log->acknowledge(quint64(sequence.toInteger()));
            // Read again, and before replying: a write can handle the next
            // message (a later ack) before it returns, and the signal must
            // not go back to an older number after it.
            if (session->log && session->log->acknowledgedUpTo() > before)
                Q_EMIT logAcknowledged(session->log->acknowledgedUpTo());
        }
        connection->sendControl(ControlMessage::replyOk(message.id()));
        return;
    }
    if (op == Op::MirrorUnsubscribe) {
        session->mirror.reset();
        connection->sendControl(ControlMessage::replyOk(message.id()));
        return;
    }
    if (op == Op::UpdateBegin || op == Op::UpdateFinish) {
        if (!m_bundleSink) {
            connection->sendControl(ControlMessage::replyError(message.id(), Error(ErrorCode::UnsupportedMessage, op)));
            return;
        }
        m_bundleSink->handleUpdateRequest(op, message.map(QString(Field::Args)),
                                          [target = QPointer<LinkConnection>(connection),
                                           id = message.id()](const Result<QCborMap> &result) {
                                              if (target)
                                                  target->sendControl(ControlMessage::reply(id, result));
                                          });
        return;
    }

    connection->sendControl(
        ControlMessage::reply(message.id(), m_endpoint->handleRequest(op, message.map(QString(Field::Args)))));
}

void LinkServer::onBulk(Session *session, const QByteArray &payload)
{
    // Bulk data of anyone but the paired console is dropped unread.
    if (!session->trusted || !m_bundleSink)
        return;
    const Result<BundleChunk> chunk = BundleChunk::decode(payload);
    const Result<qint64> accepted = chunk ? m_bundleSink->acceptChunk(chunk.value()) : Result<qint64>(chunk.error());
    ControlMessage event{QString(MessageType::Event)};
    event.insert(QString(Field::Kind), QString(EventKind::UpdateProgress));
    event.insert(QString(UpdateField::Offset), accepted ? accepted.value() : m_bundleSink->expectedOffset());
    if (!accepted)
        event.insert(QString(Field::Error), accepted.error().number());
    session->connection->sendControl(event);
}

void LinkServer::removeSession(Session *session, const Error &reason)
{
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
                                 [session](const auto &s) { return s.get() == session; });
    if (it == m_sessions.end())
        return;
    const bool wasTrusted = session->trusted;
    if (reason.code() != ErrorCode::LinkDown)
        Q_EMIT sessionFailed(reason, session->connection->peerAddress());
    session->connection->deleteLater();
    m_sessions.erase(it);
    if (wasTrusted)
        Q_EMIT trustedSessionsChanged(trustedSessionCount());
}

} // namespace DeviceLink
