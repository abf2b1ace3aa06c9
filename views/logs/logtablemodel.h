// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/logs/logfilter.h"
#include "app/logs/logrecord.h"
#include "devicelink/error.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <optional>

namespace Console {
class LogQueryRunner;
class LogStore;
} // namespace Console

namespace Views {

// The log records of one filter as a table, in time order, without ever
// holding them all: the row count comes from a background count, rows from
// pages of PageRows fetched on demand by a Console::LogQueryRunner and kept
// in a small cache (CachedPages, least recently used out). A row whose page
// is not there yet shows a placeholder and is filled in by dataChanged.
// A new filter cancels the queries of the old one.
//
// Live tail: records the store commits grow the table at its end (rows
// inserted, never a reset) while the tail is live; paused, the table stays
// as it is and catches up when resumed. Records that arrive late for an
// earlier time appear at their place after the next reset (new filter).
//
// GUI thread only. The store must outlive the model.
class LogTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SourceColumn, LevelColumn, CategoryColumn, CodeColumn, MessageColumn, ColumnCount };
    enum Role {
        RecordRole = Qt::UserRole + 1, // QVariant<Console::LogRecord>, invalid while loading
        LevelRole,                     // int (Console::LogLevel)
        LoadedRole,                    // bool
    };
    static constexpr int PageRows = 200;
    static constexpr int CachedPages = 12;

    explicit LogTableModel(Console::LogStore &store, QObject *parent = nullptr);
    ~LogTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const Console::LogFilter &filter);
    Console::LogFilter filter() const { return m_filter; }
    // True from setFilter() until the first count of that filter arrived.
    bool isCounting() const { return m_counting; }

    void setLiveTail(bool live);
    bool liveTail() const { return m_liveTail; }

    // The record of a row if its page is loaded.
    std::optional<Console::LogRecord> recordAt(int row) const;

    // Asks for the row of the first record at or after utcMs: rowFound().
    void locateTime(qint64 utcMs);
    // Asks for the next (previous) row after row whose record also contains
    // text: hitFound() or hitNotFound().
    void findHit(const QString &text, int row, bool forward);
    // Asks for the records of rows [first, last] in order, for copying and
    // export: recordsReady(tag, records) once per call.
    void requestRecords(int tag, int first, int last);

Q_SIGNALS:
    void countChanged(qint64 rows);
    void rowFound(int row);
    void hitFound(int row);
    void hitNotFound();
    void recordsReady(int tag, const QList<Console::LogRecord> &records);
    void queryFailed(const DeviceLink::Error &error);

private:
    void onCount(qint64 count);
    void onPage(qint64 position, const QList<Console::LogRecord> &records);
    void onNeighbour(bool found, qint64 position, const Console::LogRecord &record);
    void onStoreChanged();
    void refreshCount();
    void requestPage(int page) const;
    const Console::LogRecord *cached(int row) const;

    Console::LogStore &m_store;
    Console::LogQueryRunner *m_runner;
    Console::LogFilter m_filter;
    qint64 m_rows = 0;
    bool m_counting = false;
    bool m_liveTail = true;
    bool m_behind = false; // the store changed while the tail was paused
    QTimer m_tailTimer;
    mutable QHash<int, QList<Console::LogRecord>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently used last
    mutable QSet<int> m_requested;
};

} // namespace Views
