// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/controlmessage.h"
#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"
#include "devicelink/readerinfo.h"
#include "devicelink/tlsidentity.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QSslSocket;

namespace DeviceLink {

class LinkConnection;

// The console's end of the link to one reader. Once opened it keeps the link
// up by itself: it reconnects with backoff (sooner when discovery hears the
// reader again), checks the reader's certificate against the pinned one
// before believing anything the reader says, and re-pairs a reader whose
// certificate is pinned but which has forgotten this console.
//
// Thread: lives in one thread (the console's); callbacks run there.
class DEVICELINK_EXPORT ReaderLink : public QObject
{
    Q_OBJECT

public:
    enum class Phase {
        Closed,     // close() was called; no retries
        Connecting, // TCP, TLS and hello under way, or waiting to retry
        Untrusted,  // hello received; the reader does not trust this console
        Trusted,    // paired: requests and status flow
        Refused,    // certificate or serial do not match the pin; retrying slowly
    };
    Q_ENUM(Phase)

    using ReplyHandler = std::function<void(const Result<QCborMap> &)>;

    explicit ReaderLink(TlsIdentity consoleIdentity, QObject *parent = nullptr);
    ~ReaderLink() override;

    void setEndpoint(const QString &host, quint16 port);
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }

    // The certificate fingerprint the reader must present; empty accepts any
    // reader, which then stays Untrusted until paired.
    void setPinnedFingerprint(const QByteArray &fingerprint);
    QByteArray pinnedFingerprint() const { return m_pinned; }
    // When set, a reader reporting another serial is refused.
    void setExpectedSerial(const QString &serial) { m_expectedSerial = serial; }

    void open();
    void close();
    // Retry now instead of waiting for the backoff, e.g. on a fresh beacon.
    void reconnectNow();

    // Sends a request; handler runs exactly once, with the reply or with an
    // error (NotPaired before trust, LinkDown, RequestTimeout), unless
    // context is destroyed first.
    void request(const QString &op, const QCborMap &args, QObject *context, ReplyHandler handler,
                 int timeoutMs = -1);
    // Asks the reader to trust this console (it accepts only if it trusts
    // no other console).
    void pair(QObject *context, ReplyHandler handler);
    // Queues a bulk-channel payload behind control traffic; dropped unless
    // the link is Trusted. bulkDrained() says when the queue ran empty.
    void sendBulk(const QByteArray &payload);
    qsizetype queuedBulkBytes() const;

    Phase phase() const { return m_phase; }
    bool isTrusted() const { return m_phase == Phase::Trusted; }
    const std::optional<ReaderHello> &hello() const { return m_hello; }
    QSslCertificate peerCertificate() const { return m_peerCertificate; }
    Error lastError() const { return m_lastError; }
    int nextRetryDelayMs() const { return m_retryDelayMs; }
    // Bytes of the current connection, for tests and benchmarks.
    quint64 bytesReceived() const;

    static constexpr int MinRetryDelayMs = 50;
    static constexpr int MaxRetryDelayMs = 2000;
    static constexpr int RefusedRetryDelayMs = 5000;
    static constexpr int ConnectTimeoutMs = 3000;

Q_SIGNALS:
    void phaseChanged(DeviceLink::ReaderLink::Phase phase);
    void helloReceived(const DeviceLink::ReaderHello &hello);
    void statusReceived(const DeviceLink::ReaderStatus &status);
    // Events and other unsolicited control messages of later protocol minors.
    void messageReceived(const DeviceLink::ControlMessage &message);
    // A screen-mirror frame (MirrorDecoder's input), while subscribed.
    void videoReceived(const QByteArray &payload);
    // A batch of the reader's log (decodeLogBatch's input), while subscribed.
    void logReceived(const QByteArray &payload);
    void bulkDrained();
    // The link is not usable: why it failed or went down.
    void failed(const DeviceLink::Error &reason);

private:
    struct Pending
    {
        QPointer<QObject> context;
        bool hasContext = false;
        ReplyHandler handler;
        qint64 deadline = 0;
    };

    void connectNow();
    void onEncrypted();
    void onControl(const ControlMessage &message);
    void onHello(const ControlMessage &message);
    void onClosed(const Error &reason);
    void onSocketFailed(const Error &reason);
    void sweepRequests();
    void completeRequest(quint64 id, const Result<QCborMap> &result);
    void failAllRequests(const Error &reason);
    void setPhase(Phase phase);
    void scheduleRetry();
    void dropConnection();

    TlsIdentity m_identity;
    QString m_host;
    quint16 m_port = 0;
    QByteArray m_pinned;
    QString m_expectedSerial;
    Phase m_phase = Phase::Closed;
    QSslSocket *m_socket = nullptr;     // while connecting
    LinkConnection *m_connection = nullptr; // once encrypted
    std::optional<ReaderHello> m_hello;
    QSslCertificate m_peerCertificate;
    Error m_lastError;
    QTimer m_retryTimer;
    QTimer m_connectTimer;
    QTimer m_sweepTimer;
    QElapsedTimer m_clock;
    int m_retryDelayMs = MinRetryDelayMs;
    quint64 m_nextId = 1;
    QHash<quint64, Pending> m_pending;
};

} // namespace DeviceLink
