// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/readerlink.h"

#include "devicelink/linkconnection.h"
#include "devicelink/protocol.h"

#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslSocket>

Q_DECLARE_LOGGING_CATEGORY(lcLink)

namespace DeviceLink {

using namespace Qt::StringLiterals;

ReaderLink::ReaderLink(TlsIdentity consoleIdentity, QObject *parent)
    : QObject(parent)
    , m_identity(std::move(consoleIdentity))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ReaderLink::connectNow);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        onSocketFailed(Error(ErrorCode::ConnectionRefused, u"no answer within %1 ms"_s.arg(ConnectTimeoutMs)));
    });
    m_sweepTimer.setInterval(250);
    connect(&m_sweepTimer, &QTimer::timeout, this, &ReaderLink::sweepRequests);
    m_clock.start();
}

ReaderLink::~ReaderLink()
{
    // Handlers must not run into a half-destroyed link.
    m_pending.clear();
    dropConnection();
}

void ReaderLink::setEndpoint(const QString &host, quint16 port)
{
    if (host == m_host && port == m_port)
        return;
    m_host = host;
    m_port = port;
    if (m_phase != Phase::Closed) {
        dropConnection();
        failAllRequests(Error(ErrorCode::LinkDown, u"reader moved to "_s + host + u':' + QString::number(port)));
        // Trust was proven by the connection just dropped: at the new
        // address the reader proves it again, and whoever waits for it to
        // be trusted hears so.
        if (m_phase != Phase::Refused)
            setPhase(Phase::Connecting);
        m_retryDelayMs = MinRetryDelayMs;
        connectNow();
    }
}

void ReaderLink::setPinnedFingerprint(const QByteArray &fingerprint)
{
    m_pinned = fingerprint;
}

void ReaderLink::open()
{
    if (m_phase != Phase::Closed)
        return;
    m_retryDelayMs = MinRetryDelayMs;
    setPhase(Phase::Connecting);
    connectNow();
}

void ReaderLink::close()
{
    m_retryTimer.stop();
    dropConnection();
    failAllRequests(Error(ErrorCode::LinkDown, u"link closed by the console"_s));
    setPhase(Phase::Closed);
}

void ReaderLink::reconnectNow()
{
    if (m_phase == Phase::Closed || m_socket || m_connection)
        return;
    m_retryTimer.stop();
    connectNow();
}

quint64 ReaderLink::bytesReceived() const
{
    return m_connection ? m_connection->bytesReceived() : 0;
}

void ReaderLink::connectNow()
{
    if (m_phase == Phase::Closed || m_socket || m_connection || m_host.isEmpty())
        return;
    m_socket = new QSslSocket(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_3OrLater);
    configuration.setLocalCertificate(m_identity.certificate());
    configuration.setPrivateKey(m_identity.privateKey());
    // No CA can vouch for a reader: its certificate is checked against the
    // pinned fingerprint below, before anything it says is used.
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    m_socket->setSslConfiguration(configuration);
    connect(m_socket, &QSslSocket::encrypted, this, &ReaderLink::onEncrypted);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        const ErrorCode code = error == QAbstractSocket::SslHandshakeFailedError ? ErrorCode::TlsHandshakeFailed
                                                                                 : ErrorCode::ConnectionRefused;
        onSocketFailed(Error(code, m_socket ? m_socket->errorString() : QString()));
    });
    m_connectTimer.start(ConnectTimeoutMs);
    m_socket->connectToHostEncrypted(m_host, m_port);
}

void ReaderLink::onEncrypted()
{
    m_connectTimer.stop();
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    m_peerCertificate = socket->peerCertificate();
    m_connection = new LinkConnection(socket, this);
    connect(m_connection, &LinkConnection::controlReceived, this, &ReaderLink::onControl);
    connect(m_connection, &LinkConnection::closed, this, &ReaderLink::onClosed);
    connect(m_connection, &LinkConnection::dataReceived, this, [this](Channel channel, const QByteArray &payload) {
        // Only a reader proven to be the pinned one may fill the mirror or the log.
        if (channel == Channel::Video && m_phase == Phase::Trusted)
            Q_EMIT videoReceived(payload);
        else if (channel == Channel::Log && m_phase == Phase::Trusted)
            Q_EMIT logReceived(payload);
    });
    connect(m_connection, &LinkConnection::channelDrained, this, [this](Channel channel) {
        if (channel == Channel::Bulk)
            Q_EMIT bulkDrained();
    });

    const QByteArray fingerprint = certificateFingerprint(m_peerCertificate);
    if (!m_pinned.isEmpty() && fingerprint != m_pinned) {
        m_connection->abort(Error(ErrorCode::CertificateMismatch,
                                  u"presented "_s + formatFingerprint(fingerprint).left(23) + u"…"_s));
        return;
    }

    ControlMessage hello{QString(MessageType::Hello)};
    hello.insert(QString(Field::Version), ProtocolMajor);
    hello.insert(QString(Field::Minor), ProtocolMinor);
    hello.insert(QString(Field::Role), QString(Role::Console));
    hello.insert(QString(Field::App), QStringLiteral(MADOGUCHI_VERSION));
    m_connection->sendControl(hello);
    m_sweepTimer.start();
}

void ReaderLink::onControl(const ControlMessage &message)
{
    const QString type = message.type();
    if (type == MessageType::Reply) {
        completeRequest(message.id(), message.replyResult());
    } else if (type == MessageType::Hello) {
        onHello(message);
    } else if (type == MessageType::Status) {
        if (m_phase != Phase::Trusted)
            return;
        Result<ReaderStatus> status = ReaderStatus::fromFields(message.fields());
        if (!status) {
            qCWarning(lcLink).noquote() << "ignoring status from" << m_host << status.error().toLogString();
            return;
        }
        Q_EMIT statusReceived(status.value());
    } else if (m_phase == Phase::Trusted) {
        Q_EMIT messageReceived(message);
    }
}

void ReaderLink::onHello(const ControlMessage &message)
{
    Result<ReaderHello> hello = ReaderHello::fromMessage(message);
    if (!hello) {
        m_connection->abort(hello.error());
        return;
    }
    const QString serial = hello->description.serial;
    if (!m_expectedSerial.isEmpty() && serial != m_expectedSerial) {
        m_connection->abort(Error(ErrorCode::SerialMismatch, u"expected "_s + m_expectedSerial + u", got "_s + serial));
        return;
    }
    // A reader's certificate names its serial; a mismatch means someone else's
    // certificate is being replayed.
    if (!m_peerCertificate.subjectInfo(QSslCertificate::CommonName).contains(serial)) {
        m_connection->abort(Error(ErrorCode::SerialMismatch, u"certificate is not issued to "_s + serial));
        return;
    }
    m_hello = hello.value();
    m_retryDelayMs = MinRetryDelayMs;
    Q_EMIT helloReceived(m_hello.value());

    if (m_hello->trusted) {
        setPhase(Phase::Trusted);
        return;
    }
    setPhase(Phase::Untrusted);
    if (m_pinned.isEmpty())
        return;
    if (m_hello->paired) {
        m_lastError = Error(ErrorCode::PairedToAnotherConsole);
        Q_EMIT failed(m_lastError);
        return;
    }
    // The console pinned this exact certificate earlier and the reader has
    // lost its pairing (reset or state damage): restore it.
    pair(this, [this](const Result<QCborMap> &result) {
        if (!result) {
            m_lastError = result.error();
            Q_EMIT failed(m_lastError);
        }
    });
}

void ReaderLink::pair(QObject *context, ReplyHandler handler)
{
    request(QString(Op::Pair), {}, context, [this, handler = std::move(handler)](const Result<QCborMap> &result) {
        if (result && m_connection)
            setPhase(Phase::Trusted);
        handler(result);
    });
}

void ReaderLink::sendBulk(const QByteArray &payload)
{
    if (m_connection && m_phase == Phase::Trusted)
        m_connection->send(Channel::Bulk, payload);
}

qsizetype ReaderLink::queuedBulkBytes() const
{
    return m_connection ? m_connection->queuedBytes(Channel::Bulk) : 0;
}

void ReaderLink::request(const QString &op, const QCborMap &args, QObject *context, ReplyHandler handler,
                         int timeoutMs)
{
    const bool mayRequest = m_phase == Phase::Trusted || (m_phase == Phase::Untrusted && op == Op::Pair);
    if (!m_connection || !mayRequest) {
        const Error error = m_connection ? Error(ErrorCode::NotPaired) : Error(ErrorCode::LinkDown);
        // Asynchronous like every other completion, so callers have one path.
        QMetaObject::invokeMethod(
            this,
            [guard = QPointer<QObject>(context), hasContext = context != nullptr, handler, error] {
                if (!hasContext || guard)
                    handler(error);
            },
            Qt::QueuedConnection);
        return;
    }
    const quint64 id = m_nextId++;
    Pending pending;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.handler = std::move(handler);
    pending.deadline = m_clock.elapsed() + (timeoutMs > 0 ? timeoutMs : RequestTimeoutMs);
    m_pending.insert(id, std::move(pending));
    m_connection->sendControl(ControlMessage::request(id, op, args));
}

void ReaderLink::completeRequest(quint64 id, const Result<QCborMap> &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending pending = it.value();
    m_pending.erase(it);
    if (!pending.hasContext || pending.context)
        pending.handler(result);
}

void ReaderLink::sweepRequests()
{
    const qint64 now = m_clock.elapsed();
    QList<quint64> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->deadline <= now)
            expired.append(it.key());
    }
    for (quint64 id : expired)
        completeRequest(id, Error(ErrorCode::RequestTimeout));
}

void ReaderLink::failAllRequests(const Error &reason)
{
    const QList<quint64> ids = m_pending.keys();
    for (quint64 id : ids)
        completeRequest(id, reason);
}

void ReaderLink::onClosed(const Error &reason)
{
    if (m_connection) {
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    m_sweepTimer.stop();
    failAllRequests(reason);
    m_lastError = reason;
    if (m_phase == Phase::Closed)
        return;
    const bool refused = reason.code() == ErrorCode::CertificateMismatch || reason.code() == ErrorCode::SerialMismatch;
    setPhase(refused ? Phase::Refused : Phase::Connecting);
    Q_EMIT failed(reason);
    if (refused)
        m_retryDelayMs = RefusedRetryDelayMs;
    scheduleRetry();
}

void ReaderLink::onSocketFailed(const Error &reason)
{
    if (!m_socket)
        return;
    m_connectTimer.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    m_lastError = reason;
    if (m_phase == Phase::Closed)
        return;
    if (m_phase != Phase::Refused)
        setPhase(Phase::Connecting);
    Q_EMIT failed(reason);
    scheduleRetry();
}

void ReaderLink::scheduleRetry()
{
    m_retryTimer.start(m_retryDelayMs);
    if (m_retryDelayMs < RefusedRetryDelayMs)
        m_retryDelayMs = qMin(m_retryDelayMs * 2, MaxRetryDelayMs);
}

void ReaderLink::dropConnection()
{
    m_connectTimer.stop();
    m_sweepTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->deleteLater();
        m_connection = nullptr;
    }
}

void ReaderLink::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

} // namespace DeviceLink
