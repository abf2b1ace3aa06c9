// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logdayfile.h"

#include "app/logs/logtokenizer.h"

#include <QDate>
#include <QFile>
#include <QtEndian>
#include <QVarLengthArray>

#include <utility>

#include <sqlite3.h>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// Step i brings a day file from version i to i + 1. Version 1 had no key/value
// fields, no code index and no row count.
const QList<QList<const char *>> &migrations()
{
    static const QList<QList<const char *>> steps = {
        {
            "CREATE TABLE names (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, name TEXT NOT NULL,"
            " UNIQUE (kind, name))",
            "CREATE TABLE records (id INTEGER PRIMARY KEY, source INTEGER NOT NULL, level INTEGER NOT NULL,"
            " category INTEGER NOT NULL, code TEXT, message TEXT NOT NULL)",
            "CREATE INDEX records_source ON records (source)",
            "CREATE INDEX records_level ON records (level)",
            // Contentless: the text (message and code) lives once, in
            // records; days are deleted whole, so rows never need deleting
            // from the index. detail=none keeps only rowids per token: terms
            // are single tokens and the rest is confirmed by mdg_contains.
            "CREATE VIRTUAL TABLE records_fts USING fts5 (body, content='', columnsize=0, detail=none,"
            " tokenize='madoguchi')",
        },
        {
            "ALTER TABLE records ADD COLUMN fields TEXT",
            "ALTER TABLE records ADD COLUMN exact_ms INTEGER",
            "CREATE INDEX records_code ON records (code COLLATE NOCASE) WHERE code IS NOT NULL",
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
            "INSERT INTO meta (key, value) SELECT 'rows', count(*) FROM records",
        },
    };
    return steps;
}

void bindText(sqlite3_stmt *statement, int index, const QByteArray &utf8)
{
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

int exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

} // namespace

LogStatement::LogStatement(sqlite3 *db, const char *sql)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        m_statement = nullptr;
}

LogStatement::~LogStatement()
{
    sqlite3_finalize(m_statement);
}

LogStatement::LogStatement(LogStatement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
{
}

LogStatement &LogStatement::operator=(LogStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

LogDayFile::LogDayFile(sqlite3 *db, QString path, qint64 day, Access access)
    : m_db(db)
    , m_path(std::move(path))
    , m_day(day)
    , m_access(access)
{
}

LogDayFile::~LogDayFile()
{
    m_insertRecord = {};
    m_insertText = {};
    m_addRows = {};
    m_insertName = {};
    m_readRows = {};
    sqlite3_close_v2(m_db);
}

int LogDayFile::headerSchemaVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return -1;
    return qFromBigEndian<qint32>(header.constData() + 60);
}

QString LogDayFile::fileName(qint64 dayNumber)
{
    return u"logs-"_s + QDate(1970, 1, 1).addDays(dayNumber).toString(u"yyyyMMdd"_s) + u".db"_s;
}

std::optional<qint64> LogDayFile::dayNumberOf(const QString &fileName)
{
    if (fileName.size() != 16 || !fileName.startsWith(u"logs-"_s) || !fileName.endsWith(u".db"_s))
        return std::nullopt;
    const QDate date = QDate::fromString(fileName.mid(5, 8), u"yyyyMMdd"_s);
    if (!date.isValid())
        return std::nullopt;
    return QDate(1970, 1, 1).daysTo(date);
}

QString LogDayFile::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Error LogDayFile::error(ErrorCode code, const QString &what) const
{
    return Error(code, m_path + u": "_s + what + u": "_s + lastError());
}

Result<std::unique_ptr<LogDayFile>> LogDayFile::open(const QString &path, qint64 dayNumber, Access access)
{
    // Each connection belongs to one thread: no SQLite mutex needed.
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (access == Access::Write)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    std::unique_ptr<LogDayFile> file(new LogDayFile(db, path, dayNumber, access));
    if (rc != SQLITE_OK)
        return file->error(ErrorCode::LogStoreUnavailable, u"open"_s);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    if (LogTokenizer::registerWith(db) != SQLITE_OK)
        return file->error(ErrorCode::LogStoreUnavailable, u"full-text tokenizer"_s);
    // The first statement that reads the file tells a database from junk.
    const int version = file->schemaVersion();
    if (version < 0)
        return file->error(ErrorCode::LogDayUnreadable, u"not a log database"_s);
    if (version > SchemaVersion) {
        return Error(ErrorCode::LogDayUnreadable,
                     path + u": written by a newer Madoguchi (schema %1, this build knows %2)"_s.arg(version).arg(SchemaVersion));
    }
    if (access == Access::Write) {
        sqlite3_stmt *mode = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA journal_mode=WAL", -1, &mode, nullptr);
        const bool wal = mode && sqlite3_step(mode) == SQLITE_ROW
            && qstricmp(reinterpret_cast<const char *>(sqlite3_column_text(mode, 0)), "wal") == 0;
        sqlite3_finalize(mode);
        if (!wal)
            return file->error(ErrorCode::LogStoreUnavailable, u"WAL journal not available"_s);
        // WAL with synchronous=NORMAL: a commit survives a crash of the
        // console; a power cut may lose the last second, never the file.
        exec(db, "PRAGMA synchronous=NORMAL");
        exec(db, "PRAGMA cache_size=-16000");
        // A checkpointed journal shrinks back instead of keeping its peak size.
        exec(db, "PRAGMA journal_size_limit=4194304");
        exec(db, "PRAGMA temp_store=MEMORY");
        if (Result<void> migrated = file->migrate(); !migrated)
            return migrated.error();
        // Larger in-memory pending data: a batch becomes one segment, less merging.
        exec(db, "INSERT INTO records_fts (records_fts, rank) VALUES ('hashsize', 16777216)");
    } else {
        if (version != SchemaVersion)
            return Error(ErrorCode::LogDayUnreadable, path + u": schema %1 not migrated"_s.arg(version));
        // Every day may be open for reading: keep each cache small.
        exec(db, "PRAGMA cache_size=-1000");
        exec(db, "PRAGMA temp_store=MEMORY");
    }
    if (Result<void> prepared = file->prepare(); !prepared)
        return prepared.error();
    file->loadNames();
    return file;
}

int LogDayFile::schemaVersion()
{
    sqlite3_stmt *statement = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return version;
}

Result<void> LogDayFile::migrate()
{
    const int current = schemaVersion();
    for (int version = current; version < SchemaVersion; ++version) {
        if (exec(m_db, "BEGIN IMMEDIATE") != SQLITE_OK)
            return error(ErrorCode::LogStoreUnavailable, u"begin migration"_s);
        for (const char *statement : migrations().at(version)) {
            if (exec(m_db, statement) != SQLITE_OK) {
                const Error failure = error(ErrorCode::LogDayUnreadable, u"migration to %1"_s.arg(version + 1));
                exec(m_db, "ROLLBACK");
                return failure;
            }
        }
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(version + 1);
        if (exec(m_db, setVersion.constData()) != SQLITE_OK || exec(m_db, "COMMIT") != SQLITE_OK) {
            const Error failure = error(ErrorCode::LogDayUnreadable, u"migration to %1"_s.arg(version + 1));
            exec(m_db, "ROLLBACK");
            return failure;
        }
    }
    return {};
}

Result<void> LogDayFile::prepare()
{
    m_readRows = LogStatement(m_db, "SELECT value FROM meta WHERE key = 'rows'");
    if (!m_readRows.isValid())
        return error(ErrorCode::LogDayUnreadable, u"prepare"_s);
    if (m_access == Access::Read)
        return {};
    m_insertRecord = LogStatement(m_db, "INSERT INTO records (id, source, level, category, code, message, fields,"
                                        " exact_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    m_insertText = LogStatement(m_db, "INSERT INTO records_fts (rowid, body) VALUES (?, ?)");
    m_addRows = LogStatement(m_db, "UPDATE meta SET value = value + ? WHERE key = 'rows'");
    m_insertName = LogStatement(m_db, "INSERT INTO names (kind, name) VALUES (?, ?)");
    if (!m_insertRecord.isValid() || !m_insertText.isValid() || !m_addRows.isValid() || !m_insertName.isValid())
        return error(ErrorCode::LogDayUnreadable, u"prepare"_s);
    sqlite3_stmt *last = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT max(id) FROM records", -1, &last, nullptr) == SQLITE_OK
        && sqlite3_step(last) == SQLITE_ROW && sqlite3_column_type(last, 0) != SQLITE_NULL)
        m_lastKey = sqlite3_column_int64(last, 0);
    sqlite3_finalize(last);
    return {};
}

void LogDayFile::loadNames()
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT id, kind, name FROM names", -1, &statement, nullptr) != SQLITE_OK)
        return;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const int id = sqlite3_column_int(statement, 0);
        const int kind = sqlite3_column_int(statement, 1);
        if (kind != SourceName && kind != CategoryName)
            continue;
        const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 2)),
                                               sqlite3_column_bytes(statement, 2));
        m_nameIds[kind].insert(name, id);
        m_names[kind].insert(id, name);
    }
    sqlite3_finalize(statement);
}

int LogDayFile::nameId(NameKind kind, const QString &name)
{
    const auto it = m_nameIds[kind].constFind(name);
    if (it != m_nameIds[kind].constEnd())
        return it.value();
    if (m_access == Access::Read) {
        loadNames();
        return m_nameIds[kind].value(name, -1);
    }
    return -1;
}

QString LogDayFile::name(NameKind kind, int id)
{
    const auto it = m_names[kind].constFind(id);
    if (it != m_names[kind].constEnd())
        return it.value();
    loadNames();
    return m_names[kind].value(id);
}

Result<int> LogDayFile::createName(NameKind kind, const QString &name)
{
    sqlite3_stmt *statement = m_insertName.get();
    sqlite3_reset(statement);
    sqlite3_bind_int(statement, 1, kind);
    bindText(statement, 2, name.toUtf8());
    if (sqlite3_step(statement) != SQLITE_DONE)
        return error(ErrorCode::LogWriteFailed, u"insert name"_s);
    const int id = int(sqlite3_last_insert_rowid(m_db));
    m_nameIds[kind].insert(name, id);
    m_names[kind].insert(id, name);
    return id;
}

Result<qint64> LogDayFile::rowCount()
{
    sqlite3_stmt *statement = m_readRows.get();
    sqlite3_reset(statement);
    const int rc = sqlite3_step(statement);
    if (rc != SQLITE_ROW)
        return error(rc == SQLITE_INTERRUPT ? ErrorCode::LogQueryCancelled : ErrorCode::LogQueryFailed, u"row count"_s);
    const qint64 rows = sqlite3_column_int64(statement, 0);
    sqlite3_reset(statement);
    return rows;
}

Result<void> LogDayFile::begin()
{
    m_pendingRows = 0;
    if (exec(m_db, "BEGIN IMMEDIATE") != SQLITE_OK)
        return error(ErrorCode::LogWriteFailed, u"begin"_s);
    return {};
}

Result<void> LogDayFile::commit()
{
    sqlite3_stmt *statement = m_addRows.get();
    sqlite3_reset(statement);
    sqlite3_bind_int64(statement, 1, m_pendingRows);
    if (sqlite3_step(statement) != SQLITE_DONE) {
        const Error failure = error(ErrorCode::LogWriteFailed, u"row count"_s);
        rollback();
        return failure;
    }
    if (exec(m_db, "COMMIT") != SQLITE_OK) {
        const Error failure = error(ErrorCode::LogWriteFailed, u"commit"_s);
        rollback();
        return failure;
    }
    m_pendingRows = 0;
    return {};
}

void LogDayFile::rollback()
{
    exec(m_db, "ROLLBACK");
    m_pendingRows = 0;
    // Names created in the lost transaction are gone too.
    for (auto &ids : m_nameIds)
        ids.clear();
    for (auto &names : m_names)
        names.clear();
    loadNames();
}

Result<void> LogDayFile::insert(LogRecord &record)
{
    Q_ASSERT(m_access == Access::Write);
    int ids[2];
    const QString *names[2] = {&record.source, &record.category};
    for (int kind = 0; kind < 2; ++kind) {
        ids[kind] = nameId(NameKind(kind), *names[kind]);
        if (ids[kind] < 0) {
            Result<int> created = createName(NameKind(kind), *names[kind]);
            if (!created)
                return created.error();
            ids[kind] = created.value();
        }
    }
    const qint64 offsetMs = record.timeMs - dayStartMs();
    qint64 local = offsetMs << KeyShift;
    // In-order arrival (the usual case) continues after the last key; a late
    // record probes from its own time on.
    if (local <= m_lastKey && record.timeMs >= m_lastTimeMs)
        local = m_lastKey + 1;
    // One buffer, no allocation per record: message, '\n', code (the
    // full-text body is the first two), then the fields as key=value lines
    // with '\\' and '\n' of values escaped.
    QVarLengthArray<QString, 4> escaped;
    qsizetype needed = m_utf8.requiredSpace(record.message.size()) + m_utf8.requiredSpace(record.code.size()) + 1;
    for (const LogField &field : record.fields) {
        QString value = field.value;
        if (value.contains(u'\\') || value.contains(u'\n'))
            value.replace(u"\\"_s, u"\\\\"_s).replace(u"\n"_s, u"\\n"_s);
        needed += m_utf8.requiredSpace(field.key.size() + value.size()) + 2;
        escaped.append(value);
    }
    if (m_buffer.size() < needed)
        m_buffer.resize(needed);
    char *const begin = m_buffer.data();
    char *p = m_utf8.appendToBuffer(begin, record.message);
    const int messageLength = int(p - begin);
    const char *code = nullptr;
    int codeLength = 0;
    if (!record.code.isEmpty()) {
        *p++ = '\n';
        code = p;
        p = m_utf8.appendToBuffer(p, record.code);
        codeLength = int(p - code);
    }
    const int bodyLength = int(p - begin);
    const char *fields = p;
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        if (i > 0)
            *p++ = '\n';
        p = m_utf8.appendToBuffer(p, record.fields.at(i).key);
        *p++ = '=';
        p = m_utf8.appendToBuffer(p, escaped.at(i));
    }
    const int fieldsLength = int(p - fields);

    sqlite3_stmt *statement = m_insertRecord.get();
    sqlite3_reset(statement);
    sqlite3_bind_int(statement, 2, ids[SourceName]);
    sqlite3_bind_int(statement, 3, int(record.level));
    sqlite3_bind_int(statement, 4, ids[CategoryName]);
    if (codeLength == 0)
        sqlite3_bind_null(statement, 5);
    else
        sqlite3_bind_text(statement, 5, code, codeLength, SQLITE_STATIC);
    sqlite3_bind_text(statement, 6, begin, messageLength, SQLITE_STATIC);
    if (fieldsLength == 0)
        sqlite3_bind_null(statement, 7);
    else
        sqlite3_bind_text(statement, 7, fields, fieldsLength, SQLITE_STATIC);
    for (;;) {
        sqlite3_bind_int64(statement, 1, local);
        if ((local >> KeyShift) == offsetMs)
            sqlite3_bind_null(statement, 8);
        else
            sqlite3_bind_int64(statement, 8, offsetMs);
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_DONE)
            break;
        sqlite3_reset(statement);
        if (rc != SQLITE_CONSTRAINT_PRIMARYKEY)
            return error(ErrorCode::LogWriteFailed, u"insert"_s);
        ++local; // the same millisecond is taken: next sequence number
    }
    m_lastKey = std::max(m_lastKey, local);
    m_lastTimeMs = std::max(m_lastTimeMs, record.timeMs);

    statement = m_insertText.get();
    sqlite3_reset(statement);
    sqlite3_bind_int64(statement, 1, local);
    sqlite3_bind_text(statement, 2, begin, bodyLength, SQLITE_STATIC);
    if (sqlite3_step(statement) != SQLITE_DONE)
        return error(ErrorCode::LogWriteFailed, u"index"_s);
    ++m_pendingRows;
    record.key = keyBase() + local;
    return {};
}

} // namespace Console
