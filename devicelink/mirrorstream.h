// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/frame.h"
#include "devicelink/mirrorcodec.h"

#include <QList>
#include <QObject>
#include <QRect>

namespace DeviceLink {

class LinkConnection;
class MirrorSource;

// The screen mirror sent to one subscribed console session. Starts with a
// keyframe, then sends only changed tiles. At most one frame is queued on
// the connection: while it waits, newer renders only widen the pending dirty
// area, and when the queue drains the newest screen is encoded. A slow viewer
// therefore sees fewer, fresher frames and the reader's memory stays bounded;
// the control channel never waits behind video (LinkConnection).
//
// Thread: the reader's thread, with its connection and source.
class DEVICELINK_EXPORT MirrorStream : public QObject
{
    Q_OBJECT

public:
    // Both must outlive the stream. Sends the keyframe at once.
    MirrorStream(LinkConnection *connection, const MirrorSource *source, QObject *parent = nullptr);
    ~MirrorStream() override;

    // The screen was rendered at renderTimeNs (monotonicNs()); dirty may
    // have changed.
    void frameRendered(const QList<QRect> &dirty, qint64 renderTimeNs);

    const MirrorEncoder &encoder() const { return m_encoder; }
    // Renders folded into a later frame because the viewer was still busy.
    quint64 coalescedRenders() const { return m_coalesced; }

private:
    void sendPending();
    void onChannelDrained(Channel channel);

    LinkConnection *m_connection;
    const MirrorSource *m_source;
    MirrorEncoder m_encoder;
    TileMask m_pending;
    qint64 m_renderTimeNs = 0;
    bool m_hasPending = false;
    quint64 m_coalesced = 0;
};

} // namespace DeviceLink
