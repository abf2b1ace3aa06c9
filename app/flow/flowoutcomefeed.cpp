// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/flow/flowoutcomefeed.h"

#include "devicelink/controlmessage.h"
#include "devicelink/protocol.h"
#include "devicelink/readerfleet.h"

namespace Console {

using namespace DeviceLink;

FlowOutcomeFeed::FlowOutcomeFeed(ReaderFleet *fleet, QObject *parent)
    : QObject(parent)
{
    connect(fleet, &ReaderFleet::messageReceived, this, &FlowOutcomeFeed::onMessage);
}

FlowOutcomeFeed::~FlowOutcomeFeed() = default;

void FlowOutcomeFeed::onMessage(const QString &serial, const ControlMessage &message)
{
    if (message.type() != MessageType::Event || message.string(QString(Field::Kind)) != EventKind::FlowOutcome)
        return;
    const QCborMap outcome = message.map(QString(Field::Outcome));
    if (outcome.isEmpty())
        return;
    QList<QCborMap> &recent = m_recent[serial];
    // Remove before appending, so the list never holds more than MaxPerReader.
    if (recent.size() >= MaxPerReader)
        recent.remove(0, recent.size() - MaxPerReader + 1);
    recent.append(outcome);
    Q_EMIT outcomeReceived(serial, outcome);
}

} // namespace Console
