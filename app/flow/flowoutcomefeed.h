// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QCborMap>
#include <QHash>
#include <QList>
#include <QObject>

namespace DeviceLink {
class ControlMessage;
class ReaderFleet;
} // namespace DeviceLink

namespace Console {

// The patient checks the readers report (flowOutcome events): passes each on
// as it arrives and keeps the latest MaxPerReader of every reader, newest
// last, for the statistics. Outcomes hold no personal data by design (see
// ReaderStack::FlowOutcome); the feed keeps them in memory only.
//
// Thread: GUI thread. fleet must outlive the feed.
class FlowOutcomeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxPerReader = 200;

    explicit FlowOutcomeFeed(DeviceLink::ReaderFleet *fleet, QObject *parent = nullptr);
    ~FlowOutcomeFeed() override;

    QList<QCborMap> recent(const QString &serial) const { return m_recent.value(serial); }
    // Forgets the outcomes of one reader (e.g. when it is removed).
    void clear(const QString &serial) { m_recent.remove(serial); }

Q_SIGNALS:
    void outcomeReceived(const QString &serial, const QCborMap &outcome);

private:
    void onMessage(const QString &serial, const DeviceLink::ControlMessage &message);

    QHash<QString, QList<QCborMap>> m_recent;
};

} // namespace Console
