// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/logs/logfilter.h"
#include "app/logs/logrecord.h"
#include "app/logs/logtokenizer.h"
#include "devicelink/error.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Console {

class LogCatalog;
class LogDayFile;

// Read access to a LogStore: counting, windowed fetch by row position,
// positions of times and neighbouring matches. Results are in time order
// (oldest first) over all days; a row position is an index into that order
// for one filter.
//
// Threading: a reader has its own SQLite connections (one per day, opened
// when needed, a few kept open) and is used by one thread at a time; create
// one per thread with LogStore::createReader(). interrupt() is the one
// thread-safe member. Readers see every committed record (WAL) and drop the
// connections of deleted days at their next call. A reader must not outlive
// its store.
class LogReader
{
public:
    explicit LogReader(std::shared_ptr<LogCatalog> catalog);
    ~LogReader();
    LogReader(const LogReader &) = delete;
    LogReader &operator=(const LogReader &) = delete;

    DeviceLink::Result<qint64> count(const LogFilter &filter);
    // Up to limit records from row position on.
    DeviceLink::Result<QList<LogRecord>> fetch(const LogFilter &filter, qint64 position, int limit);
    // The number of matching records before key, i.e. the row position of the
    // first match at or after key. For a time: LogDayFile::keyOf(ms).
    DeviceLink::Result<qint64> positionOfKey(const LogFilter &filter, qint64 key);
    DeviceLink::Result<qint64> positionOfTime(const LogFilter &filter, qint64 utcMs);
    // The first match after key (forward) or the last one before it.
    DeviceLink::Result<std::optional<LogRecord>> neighbour(const LogFilter &filter, qint64 key, bool forward);
    // Every record of one day in time order, to sink until it returns false;
    // the day's connection is closed afterwards (collection reads each day
    // once). A record as stored, UTF-8, valid only during the sink call: for
    // collecting millions of records without converting them to QString.
    // fields is "key=value" lines, values with '\\' and '\n' escaped.
    struct RawRecord
    {
        qint64 timeMs = 0;
        LogLevel level = LogLevel::Info;
        QByteArrayView source;
        QByteArrayView category;
        QByteArrayView code;
        QByteArrayView message;
        QByteArrayView fields;
    };
    DeviceLink::Result<qint64> forEachRawOfDay(qint64 dayNumber, const std::function<bool(const RawRecord &)> &sink);

    // Makes the running call, and every later one, fail with
    // LogQueryCancelled until clearInterrupt(). Thread-safe.
    void interrupt();
    // From the reader's thread, before starting a query that is wanted.
    void clearInterrupt();

private:
    struct Plan;
    void sync();
    DeviceLink::Result<LogDayFile *> day(qint64 dayNumber);
    const LogTokenizer::Match &compiled(const LogFilter &filter);
    bool plan(LogDayFile &day, const LogFilter &filter, Plan &plan);
    DeviceLink::Result<qint64> dayCount(qint64 dayNumber, const LogFilter &filter);
    DeviceLink::Result<qint64> countPlan(LogDayFile &day, const Plan &plan);
    DeviceLink::Error failure(LogDayFile &day, int rc, const QString &what) const;

    std::shared_ptr<LogCatalog> m_catalog;
    quint64 m_epoch = 0;
    std::atomic<bool> m_interrupted{false};
    QHash<qint64, std::shared_ptr<LogDayFile>> m_days;
    QList<qint64> m_recent; // most recently used last
    QString m_compiledText;
    LogTokenizer::Match m_compiled;
    // Per-day counts of the last filter, valid while the day's row count is.
    LogFilter m_countFilter;
    QHash<qint64, std::pair<qint64, qint64>> m_counts; // day -> (rows, count)
};

} // namespace Console
