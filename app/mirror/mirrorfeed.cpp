// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/mirror/mirrorfeed.h"

#include "devicelink/monotonicclock.h"
#include "devicelink/protocol.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerlink.h"
#include "devicelink/readerregistry.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMirror, "madoguchi.mirror")

namespace Console {

using namespace DeviceLink;

namespace {

constexpr qint64 SecondNs = 1'000'000'000;

} // namespace

MirrorFeed::MirrorFeed(QString serial, ReaderFleet *fleet, ReaderRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_serial(std::move(serial))
    , m_fleet(fleet)
    , m_registry(registry)
{
    // The fleet may replace a reader's link (a typed-in address adopted,
    // a reader forgotten and found again); follow it through the registry,
    // which changes whenever that happens.
    connect(m_registry, &ReaderRegistry::dataChanged, this, &MirrorFeed::followLink);
    connect(m_registry, &ReaderRegistry::rowsInserted, this, &MirrorFeed::followLink);
}

MirrorFeed::~MirrorFeed()
{
    setActive(false);
}

void MirrorFeed::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        attachLink();
    } else {
        unsubscribe();
        for (const QMetaObject::Connection &c : std::as_const(m_linkConnections))
            disconnect(c);
        m_linkConnections.clear();
        m_link.clear();
    }
}

void MirrorFeed::followLink()
{
    if (m_active && m_fleet->link(m_serial) != m_link)
        attachLink();
}

void MirrorFeed::attachLink()
{
    for (const QMetaObject::Connection &c : std::as_const(m_linkConnections))
        disconnect(c);
    m_linkConnections.clear();
    m_link = m_fleet->link(m_serial);
    if (!m_link)
        return;
    m_linkConnections << connect(m_link, &ReaderLink::videoReceived, this, &MirrorFeed::onVideo);
    m_linkConnections << connect(m_link, &ReaderLink::phaseChanged, this, [this](ReaderLink::Phase phase) {
        if (phase == ReaderLink::Phase::Trusted)
            subscribe();
    });
    if (m_link->isTrusted())
        subscribe();
}

void MirrorFeed::subscribe()
{
    if (!m_link || !m_link->isTrusted())
        return;
    m_awaitingKeyframe = true;
    const qint64 sentNs = monotonicNs();
    m_link->request(QString(Op::MirrorSubscribe), {}, this, [this, sentNs](const Result<QCborMap> &reply) {
        if (!reply) {
            qCWarning(lcMirror).noquote() << m_serial << "mirror refused:" << reply.error().toLogString();
            Q_EMIT problem(reply.error());
            return;
        }
        // The reader read its clock about halfway through the round trip.
        const qint64 readerNs = reply->value(QString(Field::ClockNs)).toInteger();
        m_clockOffsetNs = readerNs - (sentNs + monotonicNs()) / 2;
    });
}

void MirrorFeed::unsubscribe()
{
    if (m_link && m_link->isTrusted())
        m_link->request(QString(Op::MirrorUnsubscribe), {}, this, [](const Result<QCborMap> &) {});
}

void MirrorFeed::onVideo(const QByteArray &payload)
{
    if (!m_active)
        return;
    m_bytes += quint64(payload.size());
    Result<DecodedMirrorFrame> frame = m_decoder.decode(payload);
    if (!frame) {
        // Deltas still in flight from before a resubscribe: wait for the keyframe.
        if (m_awaitingKeyframe && frame.error().code() == ErrorCode::MirrorOutOfSync)
            return;
        qCWarning(lcMirror).noquote() << m_serial << frame.error().toLogString();
        Q_EMIT problem(frame.error());
        m_decoder.reset();
        subscribe();
        return;
    }
    const qint64 decodedNs = monotonicNs();
    if (frame->keyframe)
        m_awaitingKeyframe = false;
    ++m_frames;
    m_latencyMs = double(decodedNs - (frame->renderTimeNs - m_clockOffsetNs)) / 1e6;
    m_recentFrames.push_back(decodedNs);
    while (!m_recentFrames.empty() && m_recentFrames.front() < decodedNs - SecondNs)
        m_recentFrames.pop_front();
    Q_EMIT frameDecoded(frame->sequence, frame->renderTimeNs, decodedNs);
    Q_EMIT frameUpdated(frame->bounds);
}

double MirrorFeed::framesPerSecond() const
{
    const qint64 now = monotonicNs();
    return double(std::count_if(m_recentFrames.begin(), m_recentFrames.end(),
                                [now](qint64 t) { return t >= now - SecondNs; }));
}

} // namespace Console
