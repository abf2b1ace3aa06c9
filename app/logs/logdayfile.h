// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/logs/logrecord.h"
#include "devicelink/error.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringEncoder>

#include <limits>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Console {

// One prepared statement, finalized with its owner.
class LogStatement
{
public:
    LogStatement() = default;
    LogStatement(sqlite3 *db, const char *sql);
    ~LogStatement();
    LogStatement(const LogStatement &) = delete;
    LogStatement &operator=(const LogStatement &) = delete;
    LogStatement(LogStatement &&other) noexcept;
    LogStatement &operator=(LogStatement &&other) noexcept;

    bool isValid() const { return m_statement != nullptr; }
    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
};

// The database of one log day (Asia/Tokyo): <directory>/logs-YYYYMMDD.db.
// A day is a file so that deleting a day is removing a file (no page
// rewrite, the space is given back at once) and so that queries over a time
// range only touch the days in it.
//
// Records are keyed by (time − day start) · 2 + n: the key is the record's
// position in time order and the rowid of both the records table and the
// full-text index, so a time-ordered page is a range scan, and the time needs
// no column of its own. Keys are kept dense on purpose: the index stores
// rowid deltas, and ms · 2 keeps them at one or two bytes. Two records of the
// same millisecond fit; a third takes the next free key and keeps its exact
// time in the column exact_ms (NULL, i.e. free, for every other record).
//
// Not thread-safe: an object is used by the thread that opened it.
class LogDayFile
{
public:
    // Step i of the schema brings a file from version i to i + 1.
    static constexpr int SchemaVersion = 2;
    static constexpr int KeyShift = 1;
    enum class Access { Write, Read };
    enum NameKind { SourceName = 0, CategoryName = 1 };

    // Opens (Write: creates) the file and migrates it forward (Write only;
    // Read refuses an old version). LogDayUnreadable for a damaged or newer
    // file, LogStoreUnavailable when it cannot be opened at all.
    static DeviceLink::Result<std::unique_ptr<LogDayFile>> open(const QString &path, qint64 dayNumber, Access access);
    ~LogDayFile();

    // The schema version from the file's header, without opening it with
    // SQLite (cheap); -1 when it is not an SQLite database.
    static int headerSchemaVersion(const QString &path);
    static QString fileName(qint64 dayNumber);
    static std::optional<qint64> dayNumberOf(const QString &fileName);
    // Global key (LogRecord::key) of the first record at utcMs.
    static qint64 keyOf(qint64 utcMs) { return utcMs * (qint64(1) << KeyShift); }
    static qint64 timeOfKey(qint64 key) { return key >> KeyShift; }

    sqlite3 *db() const { return m_db; }
    qint64 dayNumber() const { return m_day; }
    qint64 dayStartMs() const { return logDayStartMs(m_day); }
    // Local key (rowid) <-> global key.
    qint64 keyBase() const { return keyOf(dayStartMs()); }
    QString path() const { return m_path; }

    // Records stored, from the meta table (cheap).
    DeviceLink::Result<qint64> rowCount();
    int schemaVersion();

    // Writing (Access::Write): inside begin()/commit().
    DeviceLink::Result<void> begin();
    DeviceLink::Result<void> commit();
    void rollback();
    DeviceLink::Result<void> insert(LogRecord &record);

    // Name ids of sources and categories; -1 when the name is not in this day.
    int nameId(NameKind kind, const QString &name);
    QString name(NameKind kind, int id);

    // SQLite's message for the last failure on this connection.
    QString lastError() const;
    DeviceLink::Error error(DeviceLink::ErrorCode code, const QString &what) const;

private:
    LogDayFile(sqlite3 *db, QString path, qint64 day, Access access);
    DeviceLink::Result<void> prepare();
    DeviceLink::Result<void> migrate();
    DeviceLink::Result<int> createName(NameKind kind, const QString &name);
    void loadNames();

    sqlite3 *m_db;
    QString m_path;
    qint64 m_day;
    Access m_access;
    qint64 m_lastKey = -1;
    qint64 m_lastTimeMs = std::numeric_limits<qint64>::min();
    qint64 m_pendingRows = 0;
    QHash<QString, int> m_nameIds[2];
    QHash<int, QString> m_names[2];
    LogStatement m_insertRecord;
    LogStatement m_insertText;
    LogStatement m_addRows;
    LogStatement m_insertName;
    LogStatement m_readRows;
    // Reused for every insert: the UTF-8 of message, code and fields.
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    QByteArray m_buffer;
};

} // namespace Console
