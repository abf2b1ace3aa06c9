// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/logentry.h"

#include "devicelink/protocol.h"

#include <QCborArray>
#include <QCborValue>

namespace DeviceLink {

using namespace Qt::StringLiterals;

LogSource::~LogSource() = default;

QCborMap LogEntry::toCbor() const
{
    QCborMap map;
    map.insert(QString(LogField::Sequence), qint64(sequence));
    map.insert(QString(LogField::Time), timeMs);
    map.insert(QString(LogField::Level), int(level));
    map.insert(QString(LogField::Category), category);
    if (!code.isEmpty())
        map.insert(QString(LogField::Code), code);
    map.insert(QString(LogField::Message), message);
    if (!fields.isEmpty()) {
        // A map would sort or merge keys; the order a record was written in
        // is part of how it reads.
        QCborArray pairs;
        for (const auto &[key, value] : fields)
            pairs.append(QCborArray{key, value});
        map.insert(QString(LogField::Fields), pairs);
    }
    return map;
}

Result<LogEntry> LogEntry::fromCbor(const QCborMap &map)
{
    const QCborValue sequence = map.value(QString(LogField::Sequence));
    const QCborValue time = map.value(QString(LogField::Time));
    const QCborValue level = map.value(QString(LogField::Level));
    if (!sequence.isInteger() || sequence.toInteger() <= 0 || !time.isInteger() || !level.isInteger())
        return Error(ErrorCode::MalformedMessage, u"log record without n, t or level"_s);
    LogEntry entry;
    entry.sequence = quint64(sequence.toInteger());
    entry.timeMs = time.toInteger();
    entry.level = Level(qBound<qint64>(0, level.toInteger(), qint64(Level::Critical)));
    entry.category = map.value(QString(LogField::Category)).toString();
    entry.code = map.value(QString(LogField::Code)).toString();
    entry.message = map.value(QString(LogField::Message)).toString();
    const QCborArray pairs = map.value(QString(LogField::Fields)).toArray();
    for (const QCborValue &pair : pairs) {
        const QCborArray kv = pair.toArray();
        if (kv.size() != 2 || !kv.at(0).isString() || !kv.at(1).isString())
            return Error(ErrorCode::MalformedMessage, u"log record field is not a [key, value] pair"_s);
        entry.fields.append({kv.at(0).toString(), kv.at(1).toString()});
    }
    return entry;
}

QByteArray encodeLogBatch(const QList<LogEntry> &entries)
{
    QCborArray records;
    for (const LogEntry &entry : entries)
        records.append(entry.toCbor());
    QCborMap batch;
    batch.insert(QString(LogField::Records), records);
    return batch.toCborValue().toCbor();
}

Result<QList<LogEntry>> decodeLogBatch(const QByteArray &payload)
{
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(payload, &parseError);
    if (parseError.error != QCborError::NoError || !value.isMap())
        return Error(ErrorCode::LogStreamMalformed, u"log batch is not a CBOR map"_s);
    const QCborValue records = value.toMap().value(QString(LogField::Records));
    if (!records.isArray())
        return Error(ErrorCode::LogStreamMalformed, u"log batch without records"_s);
    QList<LogEntry> entries;
    quint64 previous = 0;
    for (const QCborValue &record : records.toArray()) {
        Result<LogEntry> entry = LogEntry::fromCbor(record.toMap());
        if (!entry)
            return Error(ErrorCode::LogStreamMalformed, entry.error().detail());
        // The console resumes after the highest number it stored: numbers
        // out of order would make it skip records.
        if (entry->sequence <= previous)
            return Error(ErrorCode::LogStreamMalformed, u"log batch out of sequence order"_s);
        previous = entry->sequence;
        entries.append(std::move(entry).value());
    }
    return entries;
}

} // namespace DeviceLink
