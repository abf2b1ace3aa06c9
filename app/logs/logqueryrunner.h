// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/logs/logfilter.h"
#include "app/logs/logrecord.h"
#include "devicelink/error.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Console {

class LogReader;
class LogStore;

// Runs one client's log queries (a view's model) in a thread of its own, so
// the client's thread never waits for SQLite. Every request belongs to the
// filter set last: setFilter() cancels what runs for the previous filter
// (LogReader::interrupt) and drops what waits, and results are delivered
// only while their filter is still the current one.
//
// Threading: create, use and destroy the runner in one thread (normally the
// GUI thread); signals arrive there, queued. The destructor interrupts the
// running query, then quits and joins the thread. It must be destroyed
// before the store.
class LogQueryRunner final : public QObject
{
    Q_OBJECT

public:
    explicit LogQueryRunner(const LogStore &store, QObject *parent = nullptr);
    ~LogQueryRunner() override;

    void setFilter(const LogFilter &filter);
    LogFilter filter() const { return m_filter; }

    void requestCount();
    void requestPage(qint64 position, int limit);
    void requestPositionOfTime(qint64 utcMs);
    // The next (previous) record after key that also matches find, and its
    // row position under the current filter.
    void requestNeighbour(const LogFilter &find, qint64 key, bool forward);
    // Rows [position, position + count) for copying or export.
    void requestRecords(int tag, qint64 position, qint64 count);

Q_SIGNALS:
    void countReady(qint64 count);
    void pageReady(qint64 position, const QList<Console::LogRecord> &records);
    void positionReady(qint64 utcMs, qint64 position);
    void neighbourReady(bool found, qint64 position, const Console::LogRecord &record);
    void recordsReady(int tag, const QList<Console::LogRecord> &records);
    void failed(const DeviceLink::Error &error);

private:
    template<typename Query, typename Deliver>
    void post(Query query, Deliver deliver);

    QThread m_thread;
    QObject *m_worker;
    std::shared_ptr<LogReader> m_reader;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    LogFilter m_filter;
};

} // namespace Console
