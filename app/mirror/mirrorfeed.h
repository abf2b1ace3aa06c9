// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/mirrorcodec.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <deque>

namespace DeviceLink {
class ReaderFleet;
class ReaderLink;
class ReaderRegistry;
} // namespace DeviceLink

namespace Console {

// The console's live copy of one reader's screen. While it is active it
// keeps the reader subscribed: again after every reconnect, and again after
// a frame it could not use (which brings a fresh keyframe). Frames are
// decoded as they arrive, in the GUI thread; views paint pixels().
//
// Created and activated by MirrorHub, only while some view shows the reader,
// so an idle console costs the readers nothing.
//
// Thread: GUI thread.
class MirrorFeed : public QObject
{
    Q_OBJECT

public:
    MirrorFeed(QString serial, DeviceLink::ReaderFleet *fleet, DeviceLink::ReaderRegistry *registry,
               QObject *parent = nullptr);
    ~MirrorFeed() override;

    QString serial() const { return m_serial; }
    void setActive(bool active);
    bool isActive() const { return m_active; }

    bool hasFrame() const { return m_decoder.hasFrame(); }
    // Valid until the next frameUpdated(); empty before the first keyframe.
    DeviceLink::PixelView pixels() const { return m_decoder.pixels(); }

    // Delivered frames per second over the last second, and the latest
    // latency from the reader's render to decoded here, in milliseconds
    // (the reader's clock corrected by the offset measured at subscribe).
    double framesPerSecond() const;
    double latencyMs() const { return m_latencyMs; }
    quint64 framesDecoded() const { return m_frames; }
    quint64 bytesReceived() const { return m_bytes; }
    qint64 clockOffsetNs() const { return m_clockOffsetNs; }

Q_SIGNALS:
    void frameUpdated(const QRect &changed);
    // Every decoded frame, with the reader's render stamp as sent and the
    // local decode time, both on the monotonic clock: for benchmarks.
    void frameDecoded(quint32 sequence, qint64 renderTimeNs, qint64 decodedNs);
    void problem(const DeviceLink::Error &error);

private:
    void followLink();
    void attachLink();
    void subscribe();
    void unsubscribe();
    void onVideo(const QByteArray &payload);

    QString m_serial;
    DeviceLink::ReaderFleet *m_fleet;
    DeviceLink::ReaderRegistry *m_registry;
    QPointer<DeviceLink::ReaderLink> m_link;
    QList<QMetaObject::Connection> m_linkConnections;
    DeviceLink::MirrorDecoder m_decoder;
    bool m_active = false;
    bool m_awaitingKeyframe = true;
    qint64 m_clockOffsetNs = 0;
    double m_latencyMs = 0;
    quint64 m_frames = 0;
    quint64 m_bytes = 0;
    std::deque<qint64> m_recentFrames;
};

} // namespace Console
