// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>

#include <utility>

namespace DeviceLink {

// One record of a reader's own log, as kept by the reader and streamed to its
// console on the log channel (docs/PROTOCOL.md). It carries what the reader
// did, with codes and counts: never My Number, PIN digits, 照合番号B, names or
// images.
struct DEVICELINK_EXPORT LogEntry
{
    // Numbered as the console's LogLevel, so a level crosses the link as is.
    enum class Level : quint8 { Debug = 0, Info = 1, Warning = 2, Error = 3, Critical = 4 };

    // Assigned by the reader's log when the record is durable: 1, 2, 3, ...
    // with no reuse, so the console can resume after the last one it stored.
    quint64 sequence = 0;
    qint64 timeMs = 0; // UTC ms since the epoch
    Level level = Level::Info;
    QString category;
    QString code;
    QString message;
    QList<std::pair<QString, QString>> fields;

    QCborMap toCbor() const;
    // MalformedMessage when a required key is missing or of the wrong type.
    static Result<LogEntry> fromCbor(const QCborMap &map);

    friend bool operator==(const LogEntry &, const LogEntry &) = default;
};

// A batch on the log channel: {"records": [entry, ...]}, in sequence order.
DEVICELINK_EXPORT QByteArray encodeLogBatch(const QList<LogEntry> &entries);
// LogStreamMalformed for anything that is not such a batch.
DEVICELINK_EXPORT Result<QList<LogEntry>> decodeLogBatch(const QByteArray &payload);

// Where a LinkServer takes the records it streams: the reader's log.
// Called in the server's thread only.
class DEVICELINK_EXPORT LogSource
{
public:
    virtual ~LogSource();
    // The sequence number of the newest durable record; 0 when there is none.
    virtual quint64 lastSequence() const = 0;
    // Up to maxEntries records with a sequence number above after, oldest
    // first. Records gone with the retention are skipped, so the first may
    // be well above after + 1.
    virtual QList<LogEntry> entriesAfter(quint64 after, int maxEntries) const = 0;
};

} // namespace DeviceLink
