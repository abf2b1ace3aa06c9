// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logarchive.h"

#include "app/logs/logdayfile.h"
#include "app/logs/logreader.h"
#include "app/logs/logstore.h"
#include "app/logs/logtokenizer.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <libdeflate.h>
#include <sqlite3.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <deque>
#include <future>
#include <memory>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// Days prepared and compressed at once: one per core of the target PCs.
constexpr int Workers = 2;

void appendEscapedMessage(QByteArray &out, QByteArrayView message)
{
    qsizetype from = 0;
    for (qsizetype at = message.indexOf('\n'); at >= 0; at = message.indexOf('\n', from)) {
        out.append(message.sliced(from, at - from)).append("\\n");
        from = at + 1;
    }
    out.append(message.sliced(from));
}

// One line as LogRecord::toLine() writes it, straight from the stored
// UTF-8: the day's date is formatted once, the time of day by arithmetic.
void appendLine(QByteArray &out, const QByteArray &date, qint64 dayStartMs, const LogReader::RawRecord &record)
{
    const qint64 ms = std::clamp<qint64>(record.timeMs - dayStartMs, 0, LogDayMs - 1);
    char time[] = " 00:00:00.000 +0900 ";
    auto two = [&time](int at, int value) {
        time[at] = char('0' + value / 10);
        time[at + 1] = char('0' + value % 10);
    };
    two(1, int(ms / 3600000));
    two(4, int(ms / 60000 % 60));
    two(7, int(ms / 1000 % 60));
    const int millis = int(ms % 1000);
    time[10] = char('0' + millis / 100);
    two(11, millis % 100);
    static const std::array<QByteArray, LogLevelCount> levels = [] {
        std::array<QByteArray, LogLevelCount> names;
        for (int i = 0; i < LogLevelCount; ++i)
            names[size_t(i)] = logLevelName(LogLevel(i)).toLatin1();
        return names;
    }();
    out.append(date).append(QByteArrayView(time, sizeof time - 1)).append(record.source).append(' ').append(levels[size_t(record.level)]).append(' ');
    out.append(record.category).append(' ');
    if (record.code.isEmpty())
        out.append('-');
    else
        out.append(record.code);
    out.append(' ');
    appendEscapedMessage(out, record.message);
    if (!record.fields.isEmpty()) {
        out.append(' ');
        const qsizetype start = out.size();
        out.append(record.fields);
        std::replace(out.begin() + start, out.end(), '\n', ' ');
    }
    out.append('\n');
}

struct PreparedEntry
{
    QString name;
    QByteArray deflated; // raw deflate stream
    quint32 crc = 0;
    qint64 size = 0;     // uncompressed bytes
};

struct PreparedDay
{
    Result<qint64> records = qint64(0);
    QList<PreparedEntry> entries;
    QMap<QString, qint64> recordsBySource;
    QList<LogArchive::ErrorCount> errors;
};

// libdeflate rather than zlib: the whole entry is in memory anyway, and its
// one-shot compressor at level 1 took 40 % off the CPU time of collecting
// (compression was most of it; benchlog, 2 million records), with smaller
// output. Text still shrinks about five times, a day's database about three.
bool deflateRaw(QByteArrayView data, QByteArray &out)
{
    std::unique_ptr<libdeflate_compressor, decltype(&libdeflate_free_compressor)> compressor(
        libdeflate_alloc_compressor(1), &libdeflate_free_compressor);
    if (!compressor)
        return false;
    // Untouched pages of the bound are never resident: only what deflate
    // writes costs memory.
    out.resize(qsizetype(libdeflate_deflate_compress_bound(compressor.get(), size_t(data.size()))));
    const size_t written = libdeflate_deflate_compress(compressor.get(), data.data(), size_t(data.size()),
                                                       out.data(), size_t(out.size()));
    out.resize(qsizetype(written));
    out.squeeze();
    return written > 0 || data.isEmpty();
}

Result<PreparedEntry> prepareEntry(const QString &name, QByteArrayView data)
{
    PreparedEntry entry;
    entry.name = name;
    entry.size = data.size();
    entry.crc = libdeflate_crc32(0, data.data(), size_t(data.size()));
    if (!deflateRaw(data, entry.deflated))
        return Error(ErrorCode::LogCollectFailed, name + u": compression failed"_s);
    return entry;
}

struct SqliteFree
{
    void operator()(void *p) const { sqlite3_free(p); }
};
using SqliteBuffer = std::unique_ptr<unsigned char, SqliteFree>;

struct SqliteClose
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};

int exec(sqlite3 *db, const QByteArray &sql)
{
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
}

QString columnText(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                             sqlite3_column_bytes(statement, column));
}

// The view that turns a day's rows into the columns of a text line, for
// support reading the file with a stock sqlite3. The day's start is a
// constant of the file: keys are (ms since the day's start) · 2 + n.
QByteArray linesView(const QByteArray &schema, qint64 dayStartMs)
{
    return "CREATE VIEW " + schema + "lines AS SELECT strftime('%Y-%m-%d %H:%M:%f', ("
        + QByteArray::number(dayStartMs)
        + " + coalesce(r.exact_ms, r.id >> 1)) / 1000.0, 'unixepoch', '+9 hours') || ' +0900' AS time,"
          " s.name AS source, CASE r.level WHEN 0 THEN 'DEBUG' WHEN 1 THEN 'INFO' WHEN 2 THEN 'WARN'"
          " WHEN 3 THEN 'ERROR' ELSE 'CRIT' END AS level, c.name AS category, r.code AS code,"
          " r.message AS message, r.fields AS fields"
          " FROM records r JOIN names s ON s.id = r.source JOIN names c ON c.id = r.category ORDER BY r.id";
}

// A database image in rollback-journal mode: a WAL image cannot be
// deserialized, and a copy read from an unpacked zip needs no -wal file.
void markRollbackJournal(unsigned char *image, sqlite3_int64 size)
{
    if (size >= 100) {
        image[18] = 1;
        image[19] = 1;
    }
}

// One day of the store, read under one transaction: per-source counts,
// warning-and-worse codes, and (Database) the day's snapshot as an entry.
class DayCollector
{
public:
    DayCollector(const QString &directory, const QSet<QString> &sources, LogArchive::Format format)
        : m_directory(directory)
        , m_sources(sources)
        , m_format(format)
    {
    }

    Result<void> collect(qint64 dayNumber, PreparedDay &out, bool &allSources)
    {
        const QString path = QDir(m_directory).filePath(LogDayFile::fileName(dayNumber));
        Result<std::unique_ptr<LogDayFile>> opened = LogDayFile::open(path, dayNumber, LogDayFile::Access::Read);
        if (!opened)
            return opened.error();
        LogDayFile &file = *opened.value();
        sqlite3 *db = file.db();
        if (exec(db, "BEGIN") != SQLITE_OK)
            return file.error(ErrorCode::LogCollectFailed, u"begin"_s);
        Result<void> done = read(file, out, allSources);
        exec(db, "COMMIT");
        return done;
    }

private:
    Result<void> read(LogDayFile &file, PreparedDay &out, bool &allSources)
    {
        sqlite3 *db = file.db();
        QList<int> selectedIds;
        allSources = true;
        {
            LogStatement names(db, "SELECT id, name FROM names WHERE kind = 0");
            if (!names.isValid())
                return file.error(ErrorCode::LogCollectFailed, u"names"_s);
            while (sqlite3_step(names.get()) == SQLITE_ROW) {
                if (m_sources.isEmpty() || m_sources.contains(columnText(names.get(), 1)))
                    selectedIds.append(sqlite3_column_int(names.get(), 0));
                else
                    allSources = false;
            }
        }
        {
            LogStatement counts(db, "SELECT s.name, count(*) FROM records r JOIN names s ON s.id = r.source"
                                    " GROUP BY r.source");
            if (!counts.isValid())
                return file.error(ErrorCode::LogCollectFailed, u"count"_s);
            qint64 total = 0;
            while (sqlite3_step(counts.get()) == SQLITE_ROW) {
                const QString source = columnText(counts.get(), 0);
                if (!m_sources.isEmpty() && !m_sources.contains(source))
                    continue;
                const qint64 n = sqlite3_column_int64(counts.get(), 1);
                out.recordsBySource[source] += n;
                total += n;
            }
            out.records = total;
        }
        {
            // The bare columns come from the row of max(id), the latest.
            // NOT INDEXED: one pass over the table in id order; through the
            // code index every coded record was a jump into the table.
            LogStatement errors(db, "SELECT s.name, r.code, count(*), max(r.id), r.message, r.exact_ms"
                                    " FROM records r NOT INDEXED JOIN names s ON s.id = r.source"
                                    " WHERE r.code IS NOT NULL AND r.code <> '' AND r.level >= 2"
                                    " GROUP BY r.source, r.code");
            if (!errors.isValid())
                return file.error(ErrorCode::LogCollectFailed, u"error codes"_s);
            sqlite3_stmt *s = errors.get();
            while (sqlite3_step(s) == SQLITE_ROW) {
                LogArchive::ErrorCount error;
                error.source = columnText(s, 0);
                if (!m_sources.isEmpty() && !m_sources.contains(error.source))
                    continue;
                error.code = columnText(s, 1);
                error.count = sqlite3_column_int64(s, 2);
                error.lastMs = sqlite3_column_type(s, 5) == SQLITE_NULL
                    ? file.dayStartMs() + (sqlite3_column_int64(s, 3) >> LogDayFile::KeyShift)
                    : file.dayStartMs() + sqlite3_column_int64(s, 5);
                error.lastMessage = columnText(s, 4);
                out.errors.append(error);
            }
        }
        if (m_format != LogArchive::Format::Database)
            return {};
        const QString entryName = u"logs/"_s + LogDayFile::fileName(file.dayNumber());
        Result<PreparedEntry> entry = allSources ? wholeDay(file, entryName) : selectedRecords(file, entryName, selectedIds);
        if (!entry)
            return entry.error();
        out.entries.append(std::move(entry).value());
        return {};
    }

    // The file as it is, index included, plus the lines view.
    Result<PreparedEntry> wholeDay(LogDayFile &file, const QString &entryName)
    {
        sqlite3_int64 size = 0;
        unsigned char *image = sqlite3_serialize(file.db(), "main", &size, 0);
        if (!image)
            return file.error(ErrorCode::LogCollectFailed, u"snapshot"_s);
        markRollbackJournal(image, size);
        sqlite3 *raw = nullptr;
        sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
        std::unique_ptr<sqlite3, SqliteClose> copy(raw);
        // The schema names the tokenizer: the copy must know it to change it.
        if (!copy || LogTokenizer::registerWith(copy.get()) != SQLITE_OK
            || sqlite3_deserialize(copy.get(), "main", image, size, size,
                                   SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
                != SQLITE_OK) {
            if (!copy)
                sqlite3_free(image);
            return Error(ErrorCode::LogCollectFailed, entryName + u": snapshot"_s);
        }
        if (exec(copy.get(), linesView({}, file.dayStartMs())) != SQLITE_OK)
            return Error(ErrorCode::LogCollectFailed,
                         entryName + u": view: "_s + QString::fromUtf8(sqlite3_errmsg(copy.get())));
        sqlite3_int64 copySize = 0;
        const unsigned char *copied = sqlite3_serialize(copy.get(), "main", &copySize, SQLITE_SERIALIZE_NOCOPY);
        if (!copied)
            return Error(ErrorCode::LogCollectFailed, entryName + u": snapshot"_s);
        return prepareEntry(entryName, QByteArrayView(reinterpret_cast<const char *>(copied), qsizetype(copySize)));
    }

    // The selected sources' records and every name, without the index.
    Result<PreparedEntry> selectedRecords(LogDayFile &file, const QString &entryName, const QList<int> &ids)
    {
        sqlite3 *db = file.db();
        QByteArray idList;
        for (int id : ids)
            idList += (idList.isEmpty() ? "" : ",") + QByteArray::number(id);
        const QByteArray statements[] = {
            "ATTACH ':memory:' AS copy",
            "CREATE TABLE copy.names (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, name TEXT NOT NULL,"
            " UNIQUE (kind, name))",
            "CREATE TABLE copy.records (id INTEGER PRIMARY KEY, source INTEGER NOT NULL, level INTEGER NOT NULL,"
            " category INTEGER NOT NULL, code TEXT, message TEXT NOT NULL, fields TEXT, exact_ms INTEGER)",
            "INSERT INTO copy.names SELECT id, kind, name FROM main.names",
            "INSERT INTO copy.records SELECT id, source, level, category, code, message, fields, exact_ms"
            " FROM main.records WHERE source IN (" + idList + ") ORDER BY id",
            linesView("copy.", file.dayStartMs()),
        };
        for (const QByteArray &statement : statements) {
            if (exec(db, statement) != SQLITE_OK) {
                const Error failure = file.error(ErrorCode::LogCollectFailed, u"copy"_s);
                exec(db, "DETACH copy");
                return failure;
            }
        }
        sqlite3_int64 size = 0;
        SqliteBuffer image(sqlite3_serialize(db, "copy", &size, 0));
        exec(db, "DETACH copy");
        if (!image)
            return file.error(ErrorCode::LogCollectFailed, u"snapshot"_s);
        markRollbackJournal(image.get(), size);
        return prepareEntry(entryName, QByteArrayView(reinterpret_cast<const char *>(image.get()), qsizetype(size)));
    }

    const QString m_directory;
    const QSet<QString> m_sources;
    const LogArchive::Format m_format;
};

Result<void> writeEntry(QuaZip &zip, const PreparedEntry &prepared)
{
    QuaZipFile entry(&zip);
    QuaZipNewInfo info(prepared.name);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    info.uncompressedSize = ulong(prepared.size);
    if (!entry.open(QIODevice::WriteOnly, info, nullptr, prepared.crc, Z_DEFLATED, 1, true)
        || entry.write(prepared.deflated) != prepared.deflated.size()) {
        return Error(ErrorCode::LogCollectFailed, prepared.name + u": "_s + entry.errorString());
    }
    entry.close();
    if (entry.getZipError() != ZIP_OK)
        return Error(ErrorCode::LogCollectFailed, prepared.name + u": cannot write the entry"_s);
    return {};
}

} // namespace

Result<qint64> LogArchive::write(const LogStore &store, const QString &zipPath, const std::atomic<bool> *cancel,
                                 const std::function<void(Progress)> &progress)
{
    Result<Totals> totals = write(store, zipPath, Selection(), cancel, progress);
    if (!totals)
        return totals.error();
    return totals->records;
}

Result<LogArchive::Totals> LogArchive::write(const LogStore &store, const QString &zipPath,
                                             const Selection &selection, const std::atomic<bool> *cancel,
                                             const std::function<void(Progress)> &progress)
{
    QList<QDate> days = store.days();
    days.erase(std::remove_if(days.begin(), days.end(),
                              [&](QDate day) {
                                  return (selection.from.isValid() && day < selection.from)
                                      || (selection.to.isValid() && day > selection.to);
                              }),
               days.end());
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    const QSet<QString> sources(selection.sources.cbegin(), selection.sources.cend());

    QSaveFile output(zipPath);
    if (!output.open(QIODevice::WriteOnly))
        return Error(ErrorCode::LogCollectFailed, zipPath + u": "_s + output.errorString());
    QuaZip zip(&output);
    zip.setUtf8Enabled(true);
    zip.setAutoClose(false); // QSaveFile commits it
    if (!zip.open(QuaZip::mdCreate))
        return Error(ErrorCode::LogCollectFailed, zipPath + u": cannot start the archive"_s);

    // Day i is prepared by worker i % Workers, each with its own reader; at
    // most one task per worker runs at a time.
    std::array<std::unique_ptr<LogReader>, Workers> readers;
    for (auto &reader : readers)
        reader = store.createReader();

    bool withText = selection.format == Format::Text;
    if (!withText && selection.textExportLimit > 0) {
        LogFilter filter;
        filter.sources = selection.sources;
        if (selection.from.isValid())
            filter.fromMs = logDayStartMs(LogStore::dayNumber(selection.from));
        if (selection.to.isValid())
            filter.toMs = logDayStartMs(LogStore::dayNumber(selection.to) + 1);
        const Result<qint64> count = readers[0]->count(filter);
        withText = count && count.value() <= selection.textExportLimit;
    }

    const QString directory = store.directory();
    auto prepare = [&cancelled, &sources, &directory, &selection, withText](LogReader *reader, QDate date) {
        PreparedDay day;
        const qint64 number = LogStore::dayNumber(date);
        bool allSources = true;
        DayCollector collector(directory, sources, selection.format);
        if (Result<void> collected = collector.collect(number, day, allSources); !collected) {
            day.records = collected.error();
            return day;
        }
        if (!withText || cancelled())
            return day;
        const QByteArray dateText = date.toString(u"yyyy-MM-dd"_s).toLatin1();
        const qint64 start = logDayStartMs(number);
        QSet<QByteArray> wanted;
        for (const QString &source : sources)
            wanted.insert(source.toUtf8());
        QByteArray text;
        qint64 lines = 0;
        const Result<qint64> read = reader->forEachRawOfDay(number, [&](const LogReader::RawRecord &record) {
            if (allSources || wanted.contains(record.source.toByteArray()))
                appendLine(text, dateText, start, record);
            return (++lines & 0xFFF) != 0 || !cancelled();
        });
        if (!read) {
            day.records = read.error();
            return day;
        }
        if (cancelled())
            return day;
        Result<PreparedEntry> entry = prepareEntry(u"logs/"_s + QString::fromLatin1(dateText) + u".log"_s, text);
        if (!entry)
            day.records = entry.error();
        else
            day.entries.append(std::move(entry).value());
        return day;
    };

    std::deque<std::future<PreparedDay>> running;
    int launched = 0;
    auto launch = [&] {
        while (launched < days.size() && running.size() < size_t(Workers)) {
            running.push_back(std::async(std::launch::async, prepare, readers[size_t(launched % Workers)].get(),
                                         days.at(launched)));
            ++launched;
        }
    };
    auto abandon = [&](Error error) {
        for (auto &task : running)
            task.wait();
        output.cancelWriting();
        return error;
    };

    Totals totals;
    for (const Entry &extra : selection.leadingEntries) {
        Result<PreparedEntry> entry = prepareEntry(extra.name, extra.data);
        if (!entry)
            return abandon(entry.error());
        if (Result<void> written = writeEntry(zip, entry.value()); !written)
            return abandon(Error(ErrorCode::LogCollectFailed, zipPath + u": "_s + written.error().detail()));
        totals.entries.append(extra.name);
    }

    launch();
    for (int i = 0; i < days.size(); ++i) {
        PreparedDay day = running.front().get();
        running.pop_front();
        if (cancelled())
            return abandon(Error(ErrorCode::LogQueryCancelled, u"log collection"_s));
        if (!day.records)
            return abandon(Error(ErrorCode::LogCollectFailed, day.records.error().detail()));
        launch();
        for (const PreparedEntry &entry : std::as_const(day.entries)) {
            if (Result<void> written = writeEntry(zip, entry); !written)
                return abandon(Error(ErrorCode::LogCollectFailed, zipPath + u": "_s + written.error().detail()));
            totals.entries.append(entry.name);
        }
        totals.records += day.records.value();
        for (auto it = day.recordsBySource.cbegin(); it != day.recordsBySource.cend(); ++it)
            totals.recordsBySource[it.key()] += it.value();
        totals.errors += day.errors;
        if (progress)
            progress({i + 1, int(days.size())});
    }

    // Per source and code over every day, most recent first.
    QHash<std::pair<QString, QString>, ErrorCount> merged;
    for (const ErrorCount &error : std::as_const(totals.errors)) {
        ErrorCount &into = merged[{error.source, error.code}];
        if (into.count == 0 || error.lastMs >= into.lastMs) {
            const qint64 count = into.count;
            into = error;
            into.count += count;
        } else {
            into.count += error.count;
        }
    }
    totals.errors = merged.values();
    std::sort(totals.errors.begin(), totals.errors.end(),
              [](const ErrorCount &a, const ErrorCount &b) { return a.lastMs > b.lastMs; });

    if (selection.trailingEntries) {
        for (const Entry &extra : selection.trailingEntries(totals)) {
            Result<PreparedEntry> entry = prepareEntry(extra.name, extra.data);
            if (!entry)
                return abandon(entry.error());
            if (Result<void> written = writeEntry(zip, entry.value()); !written)
                return abandon(Error(ErrorCode::LogCollectFailed, zipPath + u": "_s + written.error().detail()));
        }
    }
    if (cancelled())
        return abandon(Error(ErrorCode::LogQueryCancelled, u"log collection"_s));
    zip.close();
    if (zip.getZipError() != 0 || !output.commit())
        return Error(ErrorCode::LogCollectFailed, zipPath + u": "_s + output.errorString());
    return totals;
}

} // namespace Console
