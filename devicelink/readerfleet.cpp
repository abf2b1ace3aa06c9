// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/readerfleet.h"

#include "devicelink/discovery.h"
#include "devicelink/pinstore.h"
#include "devicelink/protocol.h"
#include "devicelink/readerregistry.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLink)

namespace DeviceLink {

using namespace Qt::StringLiterals;

namespace {

// Beacons arrive on a dual-stack socket as ::ffff:a.b.c.d; connect by the
// plain IPv4 address the reader listens on.
QString hostOf(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

ReaderFleet::ReaderFleet(TlsIdentity consoleIdentity, PinStore *pins, ReaderRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_identity(std::move(consoleIdentity))
    , m_pinStore(pins)
    , m_registry(registry)
{
    for (const PinnedReader &pinned : m_pinStore->pinnedReaders()) {
        if (!isValidSerial(pinned.serial) || pinned.certificate.isNull())
            continue;
        m_pins.insert(pinned.serial, certificateFingerprint(pinned.certificate));
        m_registry->addReader(pinned.serial);
        m_registry->setRegistered(pinned.serial, true);
        ReaderLink *link = createLink(pinned.serial);
        if (!pinned.host.isEmpty()) {
            m_registry->setAddress(pinned.serial, pinned.host, pinned.port);
            link->setEndpoint(pinned.host, pinned.port);
        }
        link->open();
    }
}

ReaderFleet::~ReaderFleet() = default;

Result<void> ReaderFleet::startDiscovery(const QHostAddress &address, quint16 port)
{
    if (!m_discovery) {
        m_discovery = new DiscoveryListener(this);
        connect(m_discovery, &DiscoveryListener::readerAnnounced, this, &ReaderFleet::onBeacon);
        connect(m_discovery, &DiscoveryListener::malformedDatagram, this,
                [](const Error &error, const QHostAddress &sender) {
                    qCWarning(lcLink).noquote() << "ignored datagram from" << sender.toString() << error.toLogString();
                });
    }
    Result<void> bound = m_discovery->listen(address, port);
    if (!bound)
        Q_EMIT discoveryProblem(bound.error());
    return bound;
}

quint16 ReaderFleet::discoveryPort() const
{
    return m_discovery ? m_discovery->port() : 0;
}

ReaderLink *ReaderFleet::createLink(const QString &serial)
{
    auto *link = new ReaderLink(m_identity, this);
    if (!serial.isEmpty()) {
        link->setExpectedSerial(serial);
        link->setPinnedFingerprint(m_pins.value(serial));
        m_links.insert(serial, link);
    }
    connect(link, &ReaderLink::helloReceived, this, [this, link] { onHello(link); });
    connect(link, &ReaderLink::phaseChanged, this, [this, link](ReaderLink::Phase phase) { onPhase(link, phase); });
    connect(link, &ReaderLink::statusReceived, this, [this, link](const ReaderStatus &status) {
        m_registry->setStatus(serialOf(link), status);
    });
    connect(link, &ReaderLink::failed, this, [this, link](const Error &reason) { onFailed(link, reason); });
    connect(link, &ReaderLink::messageReceived, this, [this, link](const ControlMessage &message) {
        // A probe not yet adopted has no serial: nothing to attribute the message to.
        if (const QString from = serialOf(link); !from.isEmpty())
            Q_EMIT messageReceived(from, message);
    });
    connect(link, &ReaderLink::logReceived, this, [this, link](const QByteArray &payload) {
        if (const QString from = serialOf(link); !from.isEmpty())
            Q_EMIT logReceived(from, payload);
    });
    return link;
}

QString ReaderFleet::serialOf(ReaderLink *link) const
{
    return m_links.key(link);
}

void ReaderFleet::connectTo(const QString &host, quint16 port)
{
    for (ReaderLink *link : std::as_const(m_links)) {
        if (link->host() == host && link->port() == port) {
            link->reconnectNow();
            return;
        }
    }
    ReaderLink *probe = createLink({});
    m_probes.append(probe);
    probe->setEndpoint(host, port);
    probe->open();
}

void ReaderFleet::adoptProbe(ReaderLink *probe, const QString &serial)
{
    m_probes.removeOne(probe);
    if (ReaderLink *existing = m_links.value(serial)) {
        existing->setEndpoint(probe->host(), probe->port());
        probe->close();
        probe->deleteLater();
        return;
    }
    probe->setExpectedSerial(serial);
    probe->setPinnedFingerprint(m_pins.value(serial));
    m_links.insert(serial, probe);
}

void ReaderFleet::onBeacon(const Beacon &beacon, const QHostAddress &sender)
{
    const QString serial = beacon.description.serial;
    const QString host = hostOf(sender);
    ReaderLink *link = m_links.value(serial);
    if (!link) {
        m_registry->addReader(serial);
        m_registry->setDescription(beacon.description);
        m_registry->setAddress(serial, host, beacon.port);
        link = createLink(serial);
        link->setEndpoint(host, beacon.port);
        link->open();
        return;
    }
    if (link->host() != host || link->port() != beacon.port) {
        qCInfo(lcLink).noquote() << serial << "now announces" << host << beacon.port;
        link->setEndpoint(host, beacon.port);
    } else if (link->phase() == ReaderLink::Phase::Connecting) {
        link->reconnectNow();
    }
}

void ReaderFleet::onHello(ReaderLink *link)
{
    const ReaderHello &hello = link->hello().value();
    const QString serial = hello.description.serial;
    if (m_probes.contains(link))
        adoptProbe(link, serial);
    if (m_links.value(serial) != link)
        return;
    m_registry->addReader(serial);
    m_registry->setDescription(hello.description);
    m_registry->setAddress(serial, link->host(), link->port());
    m_registry->setRegistered(serial, isPinned(serial));
    if (isPinned(serial))
        m_pinStore->saveAddress(serial, link->host(), link->port());
    if (hello.paired && !hello.trusted)
        m_registry->setLinkError(serial, Error(ErrorCode::PairedToAnotherConsole));
}

void ReaderFleet::onPhase(ReaderLink *link, ReaderLink::Phase phase)
{
    const QString serial = serialOf(link);
    if (serial.isEmpty())
        return;
    if (phase == ReaderLink::Phase::Trusted) {
        m_registry->setTrusted(serial, true);
        Q_EMIT readerTrusted(serial);
    }
}

void ReaderFleet::onFailed(ReaderLink *link, const Error &reason)
{
    if (m_probes.contains(link)) {
        // A typed-in address that does not answer as a reader.
        Q_EMIT linkProblem(link->host() + u':' + QString::number(link->port()), reason);
        return;
    }
    const QString serial = serialOf(link);
    if (serial.isEmpty())
        return;
    Q_EMIT linkProblem(serial, reason);
    const bool refused = link->phase() == ReaderLink::Phase::Refused
        || reason.code() == ErrorCode::PairedToAnotherConsole;
    if (refused) {
        m_registry->setLinkError(serial, reason);
        return;
    }
    if (isPinned(serial)) {
        m_registry->setDisconnected(serial, reason);
        return;
    }
    // An unregistered reader that went away is forgotten; its next beacon
    // brings it back.
    if (link->phase() != ReaderLink::Phase::Untrusted) {
        m_links.remove(serial);
        link->close();
        link->deleteLater();
        m_registry->removeReader(serial);
    }
}

void ReaderFleet::registerReader(const QString &serial, QObject *context, ReplyHandler done)
{
    ReaderLink *link = m_links.value(serial);
    if (!link || link->peerCertificate().isNull() || !link->hello()) {
        QMetaObject::invokeMethod(
            context ? context : this, [done] { done(Error(ErrorCode::UnknownReader)); }, Qt::QueuedConnection);
        return;
    }
    PinnedReader pinned;
    pinned.serial = serial;
    pinned.model = link->hello()->description.model;
    pinned.certificate = link->peerCertificate();
    pinned.host = link->host();
    pinned.port = link->port();
    if (Result<void> saved = m_pinStore->savePin(pinned); !saved) {
        QMetaObject::invokeMethod(
            this, [done, error = saved.error()] { done(error); }, Qt::QueuedConnection);
        return;
    }
    const QByteArray fingerprint = certificateFingerprint(pinned.certificate);
    m_pins.insert(serial, fingerprint);
    link->setPinnedFingerprint(fingerprint);
    link->pair(context, [this, serial, done](const Result<QCborMap> &result) {
        if (!result) {
            // Nothing was agreed: the console keeps no pin the reader refused.
            m_pins.remove(serial);
            m_pinStore->removePin(serial);
            if (ReaderLink *l = m_links.value(serial))
                l->setPinnedFingerprint({});
            if (result.error().code() == ErrorCode::PairedToAnotherConsole)
                m_registry->setLinkError(serial, result.error());
        } else {
            m_registry->setRegistered(serial, true);
            m_registry->setTrusted(serial, true);
        }
        done(result);
    });
}

Result<void> ReaderFleet::trustCertificate(const QString &serial, const QSslCertificate &certificate,
                                           const QString &host, quint16 port)
{
    if (!isValidSerial(serial) || certificate.isNull())
        return Error(ErrorCode::InvalidArgument, u"serial or certificate missing"_s);
    PinnedReader pinned;
    pinned.serial = serial;
    pinned.certificate = certificate;
    pinned.host = host;
    pinned.port = port;
    if (Result<void> saved = m_pinStore->savePin(pinned); !saved)
        return saved;
    const QByteArray fingerprint = certificateFingerprint(certificate);
    m_pins.insert(serial, fingerprint);
    m_registry->addReader(serial);
    m_registry->setRegistered(serial, true);
    m_registry->setAddress(serial, host, port);
    ReaderLink *link = m_links.value(serial);
    if (!link)
        link = createLink(serial);
    link->setPinnedFingerprint(fingerprint);
    link->setEndpoint(host, port);
    if (link->phase() == ReaderLink::Phase::Closed)
        link->open();
    else
        link->reconnectNow();
    return {};
}

void ReaderFleet::forgetReader(const QString &serial)
{
    ReaderLink *link = m_links.take(serial);
    m_pins.remove(serial);
    m_pinStore->removePin(serial);
    m_registry->removeReader(serial);
    if (!link)
        return;
    if (link->isTrusted()) {
        // Best effort: release the reader so it can be registered again; the
        // link goes once the reader answered or the request timed out.
        link->request(QString(Op::Unpair), {}, nullptr, [link](const Result<QCborMap> &) {
            link->close();
            link->deleteLater();
        });
        return;
    }
    link->close();
    link->deleteLater();
}

void ReaderFleet::request(const QString &serial, const QString &op, const QCborMap &args, QObject *context,
                          ReplyHandler done)
{
    ReaderLink *link = m_links.value(serial);
    if (!link) {
        QMetaObject::invokeMethod(
            context ? context : this, [done] { done(Error(ErrorCode::UnknownReader)); }, Qt::QueuedConnection);
        return;
    }
    link->request(op, args, context, std::move(done));
}

void ReaderFleet::sendCommand(const QString &serial, ReaderCommand command, QObject *context, ReplyHandler done)
{
    ReaderLink *link = m_links.value(serial);
    if (!link) {
        QMetaObject::invokeMethod(
            context ? context : this, [done] { done(Error(ErrorCode::UnknownReader)); }, Qt::QueuedConnection);
        return;
    }
    link->request(wireName(command), {}, context, [this, serial, done](const Result<QCborMap> &result) {
        if (result) {
            // The reply carries the new status; the broadcast that follows
            // says the same, but the list should not wait for it.
            if (Result<ReaderStatus> status = ReaderStatus::fromFields(result.value()); status)
                m_registry->setStatus(serial, status.value());
            if (Result<ReaderDescription> d = ReaderDescription::fromFields(result.value()); d && d->serial == serial)
                m_registry->setDescription(d.value());
        }
        done(result);
    });
}

void ReaderFleet::refreshAll()
{
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        ReaderLink *link = it.value();
        if (link->isTrusted())
            sendCommand(it.key(), ReaderCommand::Refresh, this, [](const Result<QCborMap> &) {});
        else
            link->reconnectNow();
    }
}

ReaderLink *ReaderFleet::link(const QString &serial) const
{
    return m_links.value(serial);
}

} // namespace DeviceLink
