// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/logs/logrecord.h"
#include "devicelink/error.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Console {

class LogCatalog;
class LogReader;

// logs/: the console's store of reader and console log records, one SQLite
// database (WAL) per day in Asia/Tokyo (see LogDayFile), with a full-text
// index that finds Japanese words of any length and ASCII codes
// (LogTokenizer). Days older than RetentionDays are deleted whole; so is a day
// on demand. There is no limit on the number of records.
//
// SQLite through its C API rather than QtSql: QSQLITE cannot register the
// FTS5 tokenizer this index needs (fts5_api) nor SQL functions.
//
// Threading: the store is created and destroyed in one thread (normally the
// GUI thread). append() may be called from any thread: records are queued
// and written in batches by the store's writer thread, which has its own
// connections; recordsAppended() is emitted from that thread after each
// commit (receivers get it queued). flush(), deleteDay() and purgeExpired()
// may be called from any thread but the writer's (never from a slot
// connected to the store's signals with Qt::DirectConnection): they block
// until the writer has done them. Queries go through readers
// (createReader()), one per thread, with connections of their own.
//
// Teardown: the destructor writes what is queued, then stops and joins the
// writer thread. Readers must be destroyed before the store.
class LogStore final : public QObject
{
    Q_OBJECT

public:
    static constexpr int RetentionDays = 61;

    struct Options
    {
        // A batch is committed when this many records wait, or this long
        // after the first of them arrived.
        int batchRecords = 20000;
        int batchDelayMs = 100;
        // Purge expired days on open and whenever the day changes.
        bool purgeAutomatically = true;
        // UTC ms now; injectable for tests.
        std::function<qint64()> clock;
    };

    // LogStoreUnavailable when the folder cannot be created or used. Day
    // files that cannot be read (damaged, newer schema) are set aside as
    // <name>.unreadable and listed in setAsideFiles().
    static DeviceLink::Result<std::unique_ptr<LogStore>> open(const QString &directory, Options options);
    static DeviceLink::Result<std::unique_ptr<LogStore>> open(const QString &directory);
    ~LogStore() override;

    // Thread-safe. Records of expired days are dropped.
    void append(const LogRecord &record);
    void append(QList<LogRecord> records);
    // Blocks until every record appended before the call is committed.
    DeviceLink::Result<void> flush();

    // Days (Asia/Tokyo) that hold records, oldest first. Thread-safe.
    QList<QDate> days() const;
    // Deletes every record of a day (Asia/Tokyo). Unknown days are no error.
    DeviceLink::Result<void> deleteDay(QDate day);
    // Deletes the days that fall out of the retention at nowUtcMs: the day
    // of nowUtcMs and the RetentionDays - 1 before it are kept. Returns how
    // many days were deleted.
    DeviceLink::Result<int> purgeExpired(qint64 nowUtcMs);

    std::unique_ptr<LogReader> createReader() const;
    QString directory() const;
    // Bytes on disk of every day file with its journal.
    qint64 diskSize() const;
    QStringList setAsideFiles() const { return m_setAside; }

    static qint64 dayNumber(QDate day);
    static QDate dateOfDay(qint64 dayNumber);

Q_SIGNALS:
    // Emitted from the writer thread after a commit.
    void recordsAppended(int count, qint64 newestKey);
    void daysRemoved(const QList<QDate> &days);
    void writeFailed(const DeviceLink::Error &error);

private:
    class Writer;
    LogStore(std::shared_ptr<LogCatalog> catalog, Options options);

    std::shared_ptr<LogCatalog> m_catalog;
    std::unique_ptr<Writer> m_writer;
    QStringList m_setAside;
};

} // namespace Console
