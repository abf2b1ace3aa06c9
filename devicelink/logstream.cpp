// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/logstream.h"

#include "devicelink/linkconnection.h"
#include "devicelink/logentry.h"
#include "devicelink/protocol.h"

namespace DeviceLink {

LogStream::LogStream(LinkConnection *connection, const LogSource *source, quint64 after, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_source(source)
    , m_sent(after)
    , m_acked(after)
{
    connect(m_connection, &LinkConnection::channelDrained, this, &LogStream::onChannelDrained);
    pump();
}

LogStream::~LogStream() = default;

void LogStream::logAppended()
{
    pump();
}

void LogStream::acknowledge(quint64 sequence)
{
    // An ack can only confirm what this stream sent; an older one (from
    // before a resubscription) confirms nothing new.
    const quint64 confirmed = qMin(sequence, m_sent);
    if (confirmed <= m_acked)
        return;
    m_acked = confirmed;
    pump();
}

void LogStream::pump()
{
    // Sequence numbers, not records, are counted as unacknowledged: after a
    // gap left by the retention the window is smaller for one round trip,
    // never larger.
    while (m_connection->isOpen() && m_connection->queuedBytes(Channel::Log) == 0) {
        const quint64 unacked = m_sent - m_acked;
        if (unacked >= quint64(LogMaxUnacked))
            return;
        const int room = int(qMin<quint64>(quint64(LogBatchEntries), quint64(LogMaxUnacked) - unacked));
        const QList<LogEntry> entries = m_source->entriesAfter(m_sent, room);
        if (entries.isEmpty())
            return;
        m_sent = entries.constLast().sequence;
        m_connection->send(Channel::Log, encodeLogBatch(entries));
    }
}

void LogStream::onChannelDrained(Channel channel)
{
    if (channel == Channel::Log)
        pump();
}

} // namespace DeviceLink
