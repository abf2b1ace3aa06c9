// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logreader.h"

#include "app/logs/logcatalog.h"
#include "app/logs/logdayfile.h"
#include "app/logs/logstore.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <variant>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// Day connections kept open per reader, enough for every retained day:
// closing and reopening costs more than an idle connection (small cache).
constexpr int OpenDays = LogStore::RetentionDays + 3;

QString text(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                             sqlite3_column_bytes(statement, column));
}

QList<LogField> decodeFields(const QString &encoded)
{
    QList<LogField> fields;
    if (encoded.isEmpty())
        return fields;
    for (const QString &line : encoded.split(u'\n')) {
        const qsizetype equals = line.indexOf(u'=');
        LogField field;
        field.key = line.left(equals);
        QString value;
        const QString raw = equals < 0 ? QString() : line.mid(equals + 1);
        value.reserve(raw.size());
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) == u'\\' && i + 1 < raw.size()) {
                ++i;
                value.append(raw.at(i) == u'n' ? u'\n' : raw.at(i));
            } else {
                value.append(raw.at(i));
            }
        }
        field.value = value;
        fields.append(field);
    }
    return fields;
}

QByteArray likePattern(const QString &term)
{
    QByteArray escaped = term.toUtf8();
    escaped.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return '%' + escaped + '%';
}

// Columns from `first` on: source, level, category, code, message, fields, exact_ms.
LogRecord recordFrom(LogDayFile &file, sqlite3_stmt *s, qint64 localKey, int first)
{
    LogRecord record;
    record.key = file.keyBase() + localKey;
    record.timeMs = sqlite3_column_type(s, first + 6) == SQLITE_NULL
        ? LogDayFile::timeOfKey(record.key)
        : file.dayStartMs() + sqlite3_column_int64(s, first + 6);
    record.source = file.name(LogDayFile::SourceName, sqlite3_column_int(s, first));
    record.level = LogLevel(std::clamp(sqlite3_column_int(s, first + 1), 0, LogLevelCount - 1));
    record.category = file.name(LogDayFile::CategoryName, sqlite3_column_int(s, first + 2));
    record.code = text(s, first + 3);
    record.message = text(s, first + 4);
    record.fields = decodeFields(text(s, first + 5));
    return record;
}

int progress(void *flag)
{
    return static_cast<std::atomic<bool> *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

} // namespace

// One day's part of a query: FROM and WHERE with their values.
struct LogReader::Plan
{
    QByteArray from;
    QByteArray key;         // the key column: the index's rowid or the table's
    QByteArrayList where;
    QList<std::variant<qint64, QByteArray>> values;
    bool onlyIndex = false; // nothing but the MATCH: counting needs no join
    bool unconstrained = false;

    void bindTo(sqlite3_stmt *statement, int first = 1) const
    {
        int index = first;
        for (const auto &value : values) {
            if (const qint64 *number = std::get_if<qint64>(&value))
                sqlite3_bind_int64(statement, index++, *number);
            else {
                const QByteArray &bytes = std::get<QByteArray>(value);
                sqlite3_bind_text(statement, index++, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
            }
        }
    }
    QByteArray whereClause() const
    {
        return where.isEmpty() ? QByteArray() : " WHERE " + where.join(" AND ");
    }
    void keyAtLeast(qint64 local)
    {
        where.append(key + " >= ?");
        values.append(local);
        onlyIndex = unconstrained = false;
    }
    void keyBelow(qint64 local)
    {
        where.append(key + " < ?");
        values.append(local);
        onlyIndex = unconstrained = false;
    }
};

LogReader::LogReader(std::shared_ptr<LogCatalog> catalog)
    : m_catalog(std::move(catalog))
    , m_epoch(m_catalog->epoch())
{
}

LogReader::~LogReader() = default;

void LogReader::interrupt()
{
    m_interrupted.store(true, std::memory_order_relaxed);
}

void LogReader::clearInterrupt()
{
    m_interrupted.store(false, std::memory_order_relaxed);
}

void LogReader::sync()
{
    const quint64 epoch = m_catalog->epoch();
    if (epoch == m_epoch)
        return;
    m_epoch = epoch;
    for (auto it = m_days.begin(); it != m_days.end();) {
        if (!m_catalog->contains(it.key())) {
            m_recent.removeOne(it.key());
            m_counts.remove(it.key());
            it = m_days.erase(it);
        } else {
            ++it;
        }
    }
}

Result<LogDayFile *> LogReader::day(qint64 dayNumber)
{
    if (auto it = m_days.constFind(dayNumber); it != m_days.constEnd()) {
        m_recent.removeOne(dayNumber);
        m_recent.append(dayNumber);
        return it.value().get();
    }
    Result<std::unique_ptr<LogDayFile>> opened =
        LogDayFile::open(m_catalog->pathOf(dayNumber), dayNumber, LogDayFile::Access::Read);
    if (!opened)
        return opened.error();
    std::shared_ptr<LogDayFile> file = std::move(opened).value();
    sqlite3_progress_handler(file->db(), 1000, progress, &m_interrupted);
    while (m_recent.size() >= OpenDays)
        m_days.remove(m_recent.takeFirst());
    m_days.insert(dayNumber, file);
    m_recent.append(dayNumber);
    return file.get();
}

Error LogReader::failure(LogDayFile &day, int rc, const QString &what) const
{
    if (rc == SQLITE_INTERRUPT || m_interrupted.load(std::memory_order_relaxed))
        return Error(ErrorCode::LogQueryCancelled, what);
    return day.error(ErrorCode::LogQueryFailed, what);
}

const LogTokenizer::Match &LogReader::compiled(const LogFilter &filter)
{
    if (filter.text != m_compiledText || m_compiledText.isNull()) {
        m_compiledText = filter.text.isNull() ? u""_s : filter.text;
        m_compiled = LogTokenizer::compile(filter.text);
    }
    return m_compiled;
}

bool LogReader::plan(LogDayFile &day, const LogFilter &filter, Plan &plan)
{
    const qint64 start = day.dayStartMs();
    const qint64 end = start + LogDayMs;
    if (filter.fromMs >= end || filter.toMs <= start)
        return false;
    const LogTokenizer::Match &match = compiled(filter);
    const bool fullText = filter.textMode == LogFilter::TextMode::FullText && !match.needles.isEmpty();
    if (fullText && !match.expression.isEmpty()) {
        // The index drives: its rowids are the keys, in order.
        plan.from = "records_fts f CROSS JOIN records r ON r.id = f.rowid";
        plan.key = "f.rowid";
        plan.where.append("records_fts MATCH ?");
        plan.values.append(match.expression);
        plan.onlyIndex = !match.needsCheck;
    } else {
        plan.from = "records r";
        plan.key = "r.id";
        plan.unconstrained = true;
    }
    auto constrain = [&plan] { plan.onlyIndex = plan.unconstrained = false; };

    if (!filter.sources.isEmpty()) {
        QByteArrayList ids;
        for (const QString &source : filter.sources) {
            const int id = day.nameId(LogDayFile::SourceName, source);
            if (id >= 0)
                ids.append(QByteArray::number(id));
        }
        if (ids.isEmpty())
            return false;
        plan.where.append("r.source IN (" + ids.join(',') + ')');
        constrain();
    }
    const quint8 allLevels = quint8((1u << LogLevelCount) - 1);
    if (filter.levels != 0 && (filter.levels & allLevels) != allLevels) {
        QByteArrayList levels;
        for (int level = 0; level < LogLevelCount; ++level) {
            if (filter.levels & (1u << level))
                levels.append(QByteArray::number(level));
        }
        if (levels.isEmpty())
            return false;
        plan.where.append("r.level IN (" + levels.join(',') + ')');
        constrain();
    }
    if (filter.fromMs > start)
        plan.keyAtLeast((filter.fromMs - start) << LogDayFile::KeyShift);
    if (filter.toMs < end)
        plan.keyBelow((filter.toMs - start) << LogDayFile::KeyShift);
    if (!filter.code.isEmpty()) {
        plan.where.append("r.code = ? COLLATE NOCASE");
        plan.values.append(filter.code.toUtf8());
        constrain();
    }
    if (!filter.category.isEmpty()) {
        const int id = day.nameId(LogDayFile::CategoryName, filter.category);
        if (id < 0)
            return false;
        plan.where.append("r.category = " + QByteArray::number(id));
        constrain();
    }
    if (fullText && (match.needsCheck || match.expression.isEmpty())) {
        plan.where.append("mdg_contains(r.message, r.code, ?)");
        plan.values.append(match.needles);
        constrain();
    } else if (filter.textMode == LogFilter::TextMode::Like) {
        for (const QString &term : match.terms) {
            plan.where.append("r.message LIKE ? ESCAPE '\\'");
            plan.values.append(likePattern(term));
            constrain();
        }
    }
    return true;
}

Result<qint64> LogReader::countPlan(LogDayFile &day, const Plan &plan)
{
    if (plan.unconstrained)
        return day.rowCount();
    const QByteArray sql = plan.onlyIndex
        ? QByteArray("SELECT count(*) FROM records_fts WHERE records_fts MATCH ?")
        : QByteArray("SELECT count(*) FROM " + plan.from + plan.whereClause());
    LogStatement statement(day.db(), sql.constData());
    if (!statement.isValid())
        return failure(day, sqlite3_errcode(day.db()), u"count"_s);
    plan.bindTo(statement.get());
    const int rc = sqlite3_step(statement.get());
    if (rc != SQLITE_ROW)
        return failure(day, rc, u"count"_s);
    return sqlite3_column_int64(statement.get(), 0);
}

Result<qint64> LogReader::dayCount(qint64 dayNumber, const LogFilter &filter)
{
    // The catalog knows each day's committed records without a connection,
    // once someone has opened the day.
    qint64 rows = m_catalog->rows(dayNumber);
    if (rows < 0) {
        Result<LogDayFile *> opened = day(dayNumber);
        if (!opened)
            return opened.error();
        Result<qint64> counted = opened.value()->rowCount();
        if (!counted)
            return counted.error();
        m_catalog->setRowsIfUnknown(dayNumber, counted.value());
        rows = counted.value();
    }
    const qint64 start = logDayStartMs(dayNumber);
    if (filter.fromMs >= start + LogDayMs || filter.toMs <= start)
        return qint64(0);
    LogFilter rest = filter;
    rest.fromMs = std::numeric_limits<qint64>::min();
    rest.toMs = std::numeric_limits<qint64>::max();
    if (rest.isEmpty() && filter.fromMs <= start && filter.toMs >= start + LogDayMs)
        return rows;
    if (!(filter == m_countFilter)) {
        m_countFilter = filter;
        m_counts.clear();
    }
    // Days only grow (or go whole): a count holds while the row count does.
    if (auto it = m_counts.constFind(dayNumber); it != m_counts.constEnd() && it->first == rows)
        return it->second;
    Result<LogDayFile *> opened = day(dayNumber);
    if (!opened)
        return opened.error();
    Plan p;
    if (!plan(*opened.value(), filter, p))
        return qint64(0);
    Result<qint64> counted = countPlan(*opened.value(), p);
    if (counted)
        m_counts.insert(dayNumber, {rows, counted.value()});
    return counted;
}

Result<qint64> LogReader::count(const LogFilter &filter)
{
    sync();
    qint64 total = 0;
    for (qint64 dayNumber : m_catalog->days()) {
        Result<qint64> counted = dayCount(dayNumber, filter);
        if (!counted)
            return counted.error();
        total += counted.value();
    }
    return total;
}

Result<QList<LogRecord>> LogReader::fetch(const LogFilter &filter, qint64 position, int limit)
{
    sync();
    QList<LogRecord> records;
    qint64 skip = std::max<qint64>(0, position);
    for (qint64 dayNumber : m_catalog->days()) {
        if (records.size() >= limit)
            break;
        if (skip > 0) {
            Result<qint64> counted = dayCount(dayNumber, filter);
            if (!counted)
                return counted.error();
            if (counted.value() <= skip) {
                skip -= counted.value();
                continue;
            }
        }
        Result<LogDayFile *> opened = day(dayNumber);
        if (!opened)
            return opened.error();
        LogDayFile &file = *opened.value();
        Plan p;
        if (!plan(file, filter, p))
            continue;
        const QByteArray sql = "SELECT " + p.key + ", r.source, r.level, r.category, r.code, r.message, r.fields, r.exact_ms FROM "
            + p.from + p.whereClause() + " ORDER BY " + p.key + " LIMIT ? OFFSET ?";
        LogStatement statement(file.db(), sql.constData());
        if (!statement.isValid())
            return failure(file, sqlite3_errcode(file.db()), u"fetch"_s);
        p.bindTo(statement.get());
        sqlite3_bind_int64(statement.get(), int(p.values.size()) + 1, limit - records.size());
        sqlite3_bind_int64(statement.get(), int(p.values.size()) + 2, skip);
        skip = 0;
        int rc;
        while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW) {
            records.append(recordFrom(file, statement.get(), sqlite3_column_int64(statement.get(), 0), 1));
        }
        if (rc != SQLITE_DONE)
            return failure(file, rc, u"fetch"_s);
    }
    return records;
}

Result<qint64> LogReader::positionOfKey(const LogFilter &filter, qint64 key)
{
    sync();
    const qint64 keyDay = logDayNumber(LogDayFile::timeOfKey(key));
    qint64 position = 0;
    for (qint64 dayNumber : m_catalog->days()) {
        if (dayNumber > keyDay)
            break;
        if (dayNumber < keyDay) {
            Result<qint64> counted = dayCount(dayNumber, filter);
            if (!counted)
                return counted.error();
            position += counted.value();
            continue;
        }
        Result<LogDayFile *> opened = day(dayNumber);
        if (!opened)
            return opened.error();
        LogDayFile &file = *opened.value();
        Plan p;
        if (!plan(file, filter, p))
            continue;
        p.keyBelow(key - file.keyBase());
        Result<qint64> counted = countPlan(file, p);
        if (!counted)
            return counted.error();
        position += counted.value();
    }
    return position;
}

Result<qint64> LogReader::positionOfTime(const LogFilter &filter, qint64 utcMs)
{
    return positionOfKey(filter, LogDayFile::keyOf(utcMs));
}

Result<std::optional<LogRecord>> LogReader::neighbour(const LogFilter &filter, qint64 key, bool forward)
{
    sync();
    const qint64 keyDay = logDayNumber(LogDayFile::timeOfKey(key));
    QList<qint64> days = m_catalog->days();
    if (!forward)
        std::reverse(days.begin(), days.end());
    for (qint64 dayNumber : days) {
        if (forward ? dayNumber < keyDay : dayNumber > keyDay)
            continue;
        Result<LogDayFile *> opened = day(dayNumber);
        if (!opened)
            return opened.error();
        LogDayFile &file = *opened.value();
        Plan p;
        if (!plan(file, filter, p))
            continue;
        const qint64 local = key - file.keyBase();
        if (dayNumber == keyDay) {
            if (forward)
                p.keyAtLeast(local + 1);
            else
                p.keyBelow(std::max<qint64>(local, 0));
        }
        const QByteArray sql = "SELECT " + p.key + " FROM " + p.from + p.whereClause() + " ORDER BY " + p.key
            + (forward ? " LIMIT 1" : " DESC LIMIT 1");
        LogStatement statement(file.db(), sql.constData());
        if (!statement.isValid())
            return failure(file, sqlite3_errcode(file.db()), u"neighbour"_s);
        p.bindTo(statement.get());
        const int rc = sqlite3_step(statement.get());
        if (rc == SQLITE_ROW) {
            const qint64 found = file.keyBase() + sqlite3_column_int64(statement.get(), 0);
            LogStatement row(file.db(), "SELECT source, level, category, code, message, fields, exact_ms FROM records WHERE id = ?");
            sqlite3_bind_int64(row.get(), 1, found - file.keyBase());
            const int rowRc = sqlite3_step(row.get());
            if (rowRc != SQLITE_ROW)
                return failure(file, rowRc, u"neighbour"_s);
            return std::optional<LogRecord>(recordFrom(file, row.get(), found - file.keyBase(), 0));
        }
        if (rc != SQLITE_DONE)
            return failure(file, rc, u"neighbour"_s);
    }
    return std::optional<LogRecord>();
}

Result<qint64> LogReader::forEachRawOfDay(qint64 dayNumber, const std::function<bool(const RawRecord &)> &sink)
{
    sync();
    if (!m_catalog->contains(dayNumber))
        return qint64(0);
    Result<LogDayFile *> opened = day(dayNumber);
    if (!opened)
        return opened.error();
    LogDayFile &file = *opened.value();
    LogStatement statement(file.db(), "SELECT id, source, level, category, code, message, fields, exact_ms FROM records"
                                      " ORDER BY id");
    if (!statement.isValid())
        return failure(file, sqlite3_errcode(file.db()), u"read day"_s);
    QHash<int, QByteArray> names[2];
    auto nameOf = [&](LogDayFile::NameKind kind, int id) -> const QByteArray & {
        auto it = names[kind].find(id);
        if (it == names[kind].end())
            it = names[kind].insert(id, file.name(kind, id).toUtf8());
        return it.value();
    };
    auto view = [](sqlite3_stmt *s, int column) {
        return QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(s, column)), sqlite3_column_bytes(s, column));
    };
    qint64 count = 0;
    int rc;
    RawRecord raw;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW) {
        sqlite3_stmt *s = statement.get();
        const qint64 key = file.keyBase() + sqlite3_column_int64(s, 0);
        raw.timeMs = sqlite3_column_type(s, 7) == SQLITE_NULL ? LogDayFile::timeOfKey(key)
                                                              : file.dayStartMs() + sqlite3_column_int64(s, 7);
        raw.source = nameOf(LogDayFile::SourceName, sqlite3_column_int(s, 1));
        raw.level = LogLevel(std::clamp(sqlite3_column_int(s, 2), 0, LogLevelCount - 1));
        raw.category = nameOf(LogDayFile::CategoryName, sqlite3_column_int(s, 3));
        raw.code = view(s, 4);
        raw.message = view(s, 5);
        raw.fields = view(s, 6);
        ++count;
        if (!sink(raw))
            break;
    }
    const Result<qint64> result = rc == SQLITE_ROW || rc == SQLITE_DONE ? Result<qint64>(count)
                                                                        : Result<qint64>(failure(file, rc, u"read day"_s));
    // A whole day was read once: its connection's cache is of no further use.
    statement = {};
    m_days.remove(dayNumber);
    m_recent.removeOne(dayNumber);
    return result;
}

} // namespace Console
