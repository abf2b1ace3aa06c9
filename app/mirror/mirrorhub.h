// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QHash>
#include <QObject>

namespace DeviceLink {
class ReaderFleet;
class ReaderRegistry;
} // namespace DeviceLink

namespace Console {

class MirrorFeed;

// Hands out one MirrorFeed per reader to the views that show it. A reader is
// subscribed while at least one view holds its feed, and unsubscribed when
// the last one lets go: mirroring costs nothing while no mirror is open.
//
// Thread: GUI thread.
class MirrorHub : public QObject
{
    Q_OBJECT

public:
    MirrorHub(DeviceLink::ReaderFleet *fleet, DeviceLink::ReaderRegistry *registry, QObject *parent = nullptr);
    ~MirrorHub() override;

    // Every acquire() needs one release() of the same serial.
    MirrorFeed *acquire(const QString &serial);
    void release(const QString &serial);

    int activeFeeds() const;

private:
    struct Holder
    {
        MirrorFeed *feed = nullptr;
        int users = 0;
    };

    DeviceLink::ReaderFleet *m_fleet;
    DeviceLink::ReaderRegistry *m_registry;
    QHash<QString, Holder> m_feeds;
};

} // namespace Console
