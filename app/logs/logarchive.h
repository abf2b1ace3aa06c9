// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Console {

class LogStore;

// ログ収集: writes the stored records of chosen days and sources to a zip for
// support. Names in the archive are UTF-8 (QuaZip setUtf8Enabled).
//
// Two formats of a day (docs/ARCHITECTURE.md, "Log collection"):
//  - Text: "logs/2026-12-02.log", one LogRecord::toLine() per line, UTF-8.
//  - Database: "logs/logs-20261202.db", a consistent snapshot of the day's
//    SQLite file (sqlite3_serialize under one read transaction) in rollback
//    journal mode, with a view "lines" that any sqlite3 can read
//    (SELECT * FROM lines) giving the columns of a text line. When every
//    source of the day is selected the file goes as it is (full-text index
//    included, which needs Madoguchi's tokenizer); otherwise only the
//    selected sources' records are copied, without the index. Copying pages
//    instead of formatting rows is what makes collecting 10 million records
//    take seconds. With textExportLimit, a selection of at most that many
//    records gets the text entries as well.
//
// Days are prepared and compressed by two worker threads (each with its own
// connections), written to the zip in order by the calling thread; memory
// stays bounded to two days. The zip is written through QSaveFile: a failed
// or cancelled collection leaves no file behind.
//
// Blocks the calling thread: run it off the GUI thread. The store's writer
// and its other readers keep working meanwhile (WAL).
class LogArchive
{
public:
    enum class Format { Text, Database };

    struct Entry
    {
        QString name;
        QByteArray data;
    };

    // Codes of warnings and worse, per source and code, over the selection.
    struct ErrorCount
    {
        QString source;
        QString code;
        qint64 count = 0;
        qint64 lastMs = 0;
        QString lastMessage;
    };

    struct Totals
    {
        qint64 records = 0;
        QMap<QString, qint64> recordsBySource;
        // Most recent first.
        QList<ErrorCount> errors;
        // Names of the entries written before the trailing ones, in order.
        QStringList entries;
    };

    struct Selection
    {
        // Inclusive days in Asia/Tokyo; an invalid date is no bound.
        QDate from;
        QDate to;
        // Reader serials and/or LogRecord::ConsoleSource; empty: every source.
        QStringList sources;
        Format format = Format::Text;
        qint64 textExportLimit = 0;
        // Written before the days.
        QList<Entry> leadingEntries;
        // Called from the calling thread after the days, to make the last
        // entries (a summary) from what was collected.
        std::function<QList<Entry>(const Totals &)> trailingEntries;
    };

    struct Progress
    {
        int daysDone = 0;
        int daysTotal = 0;
    };

    // Every day of every source, as text.
    static DeviceLink::Result<qint64> write(const LogStore &store, const QString &zipPath,
                                            const std::atomic<bool> *cancel = nullptr,
                                            const std::function<void(Progress)> &progress = {});

    // What was collected. LogCollectFailed when the zip cannot be written;
    // LogQueryCancelled when cancel became true.
    static DeviceLink::Result<Totals> write(const LogStore &store, const QString &zipPath, const Selection &selection,
                                            const std::atomic<bool> *cancel = nullptr,
                                            const std::function<void(Progress)> &progress = {});
};

} // namespace Console
