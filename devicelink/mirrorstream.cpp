// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/mirrorstream.h"

#include "devicelink/linkconnection.h"
#include "devicelink/mirrorsource.h"
#include "devicelink/monotonicclock.h"

namespace DeviceLink {

MirrorSource::~MirrorSource() = default;

MirrorStream::MirrorStream(LinkConnection *connection, const MirrorSource *source, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_source(source)
{
    connect(m_connection, &LinkConnection::channelDrained, this, &MirrorStream::onChannelDrained);
    const PixelView frame = m_source->mirrorFrame();
    m_pending = TileMask(frame.width, frame.height);
    m_pending.addAll();
    m_renderTimeNs = monotonicNs();
    m_hasPending = true;
    sendPending();
}

MirrorStream::~MirrorStream() = default;

void MirrorStream::frameRendered(const QList<QRect> &dirty, qint64 renderTimeNs)
{
    const PixelView frame = m_source->mirrorFrame();
    if (!m_pending.covers(frame.width, frame.height)) {
        m_pending = TileMask(frame.width, frame.height);
        m_pending.addAll();
    }
    for (const QRect &rect : dirty)
        m_pending.add(rect);
    if (m_hasPending)
        ++m_coalesced;
    m_hasPending = true;
    m_renderTimeNs = renderTimeNs;
    sendPending();
}

void MirrorStream::sendPending()
{
    if (!m_hasPending || !m_connection->isOpen() || m_connection->queuedBytes(Channel::Video) > 0)
        return;
    const QByteArray payload = m_encoder.encode(m_source->mirrorFrame(), m_pending, m_renderTimeNs);
    m_pending.clear();
    m_hasPending = false;
    if (!payload.isEmpty())
        m_connection->send(Channel::Video, payload);
}

void MirrorStream::onChannelDrained(Channel channel)
{
    if (channel == Channel::Video)
        sendPending();
}

} // namespace DeviceLink
