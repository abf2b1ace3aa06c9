// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/mirror/mirrorhub.h"

#include "app/mirror/mirrorfeed.h"

namespace Console {

MirrorHub::MirrorHub(DeviceLink::ReaderFleet *fleet, DeviceLink::ReaderRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_registry(registry)
{
}

MirrorHub::~MirrorHub()
{
    for (Holder &holder : m_feeds)
        delete holder.feed;
}

MirrorFeed *MirrorHub::acquire(const QString &serial)
{
    Holder &holder = m_feeds[serial];
    if (!holder.feed)
        holder.feed = new MirrorFeed(serial, m_fleet, m_registry, this);
    if (holder.users++ == 0)
        holder.feed->setActive(true);
    return holder.feed;
}

void MirrorHub::release(const QString &serial)
{
    auto it = m_feeds.find(serial);
    if (it == m_feeds.end() || it->users == 0)
        return;
    // The feed stays (with its last picture) for the next view; only the
    // stream stops.
    if (--it->users == 0)
        it->feed->setActive(false);
}

int MirrorHub::activeFeeds() const
{
    int count = 0;
    for (const Holder &holder : m_feeds)
        count += holder.users > 0 ? 1 : 0;
    return count;
}

} // namespace Console
