// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/frame.h"

#include <QObject>

namespace DeviceLink {

class LinkConnection;
class LogSource;

// The reader's log sent to one subscribed console session: every record
// after the number the console subscribed with, in batches of at most
// LogBatchEntries on the log channel, while fewer than LogMaxUnacked are
// unacknowledged and no batch of ours still waits in the connection's queue.
// New records go out as they are appended (logAppended()). A record is only
// ever sent once per stream; one lost with the connection is sent again by
// the next session's stream, which starts where the console says it stopped.
//
// Thread: the reader's thread, with its connection and source.
class DEVICELINK_EXPORT LogStream : public QObject
{
    Q_OBJECT

public:
    // Both must outlive the stream. Starts sending at once.
    LogStream(LinkConnection *connection, const LogSource *source, quint64 after, QObject *parent = nullptr);
    ~LogStream() override;

    void logAppended();
    // The console has stored everything up to sequence.
    void acknowledge(quint64 sequence);

    quint64 sentUpTo() const { return m_sent; }
    quint64 acknowledgedUpTo() const { return m_acked; }

private:
    void pump();
    void onChannelDrained(Channel channel);

    LinkConnection *m_connection;
    const LogSource *m_source;
    quint64 m_sent;
    quint64 m_acked;
};

} // namespace DeviceLink
