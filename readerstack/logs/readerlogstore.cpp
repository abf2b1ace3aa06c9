// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/logs/readerlogstore.h"

#include "devicelink/protocol.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

#include <unistd.h>

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// Clinics are in Japan, which has kept UTC+9 without daylight saving since
// 1951: a reader's log day is a fixed offset from UTC, as the console's is.
constexpr qint64 DayOffsetMs = 9 * 3600 * 1000;
constexpr qint64 DayMs = 24 * 3600 * 1000;

qint64 dayOf(qint64 utcMs)
{
    const qint64 local = utcMs + DayOffsetMs;
    return local >= 0 ? local / DayMs : -((-local + DayMs - 1) / DayMs);
}

QDate dateOfDay(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

std::optional<qint64> dayOfFileName(const QString &name)
{
    static const QString prefix = u"reader-"_s;
    static const QString suffix = u".jsonl"_s;
    if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.size() != prefix.size() + 8 + suffix.size())
        return std::nullopt;
    const QDate date = QDate::fromString(name.mid(prefix.size(), 8), u"yyyyMMdd"_s);
    if (!date.isValid())
        return std::nullopt;
    return QDate(1970, 1, 1).daysTo(date);
}

QByteArray toLine(const LogEntry &entry)
{
    QJsonObject object;
    object.insert(QString(LogField::Sequence), qint64(entry.sequence));
    object.insert(QString(LogField::Time), entry.timeMs);
    object.insert(QString(LogField::Level), int(entry.level));
    object.insert(QString(LogField::Category), entry.category);
    if (!entry.code.isEmpty())
        object.insert(QString(LogField::Code), entry.code);
    object.insert(QString(LogField::Message), entry.message);
    if (!entry.fields.isEmpty()) {
        QJsonArray pairs;
        for (const auto &[key, value] : entry.fields)
            pairs.append(QJsonArray{key, value});
        object.insert(QString(LogField::Fields), pairs);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<LogEntry> fromLine(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const qint64 sequence = object.value(QString(LogField::Sequence)).toInteger(-1);
    if (sequence <= 0 || !object.value(QString(LogField::Time)).isDouble())
        return std::nullopt;
    LogEntry entry;
    entry.sequence = quint64(sequence);
    entry.timeMs = object.value(QString(LogField::Time)).toInteger();
    entry.level = LogEntry::Level(qBound<qint64>(0, object.value(QString(LogField::Level)).toInteger(),
                                                 qint64(LogEntry::Level::Critical)));
    entry.category = object.value(QString(LogField::Category)).toString();
    entry.code = object.value(QString(LogField::Code)).toString();
    entry.message = object.value(QString(LogField::Message)).toString();
    const QJsonArray pairs = object.value(QString(LogField::Fields)).toArray();
    for (const QJsonValue &pair : pairs) {
        const QJsonArray kv = pair.toArray();
        if (kv.size() == 2)
            entry.fields.append({kv.at(0).toString(), kv.at(1).toString()});
    }
    return entry;
}

// The first and the last complete line of a file, after cutting off a torn
// tail (a write that a crash interrupted ends without its newline).
struct FileEnds
{
    std::optional<LogEntry> first;
    std::optional<LogEntry> last;
    bool damaged = false;
};

FileEnds readEnds(const QString &path)
{
    FileEnds ends;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        ends.damaged = true;
        return ends;
    }
    const qint64 size = file.size();
    if (size == 0)
        return ends;
    // Lines are short; a tail of 64 KiB holds the last one and its newline.
    const qint64 tailStart = qMax<qint64>(0, size - 64 * 1024);
    file.seek(tailStart);
    const QByteArray tail = file.read(size - tailStart);
    qsizetype end = tail.size();
    if (tail.endsWith('\n')) {
        --end;
    } else {
        const qsizetype lastNewline = tail.lastIndexOf('\n');
        if (lastNewline < 0 && tailStart == 0) {
            file.resize(0);
            return ends;
        }
        if (lastNewline < 0) {
            ends.damaged = true;
            return ends;
        }
        file.resize(tailStart + lastNewline + 1);
        end = lastNewline;
    }
    if (end == 0) {
        ends.damaged = true;
        return ends;
    }
    const qsizetype lineStart = tail.lastIndexOf('\n', end - 1) + 1;
    if (lineStart == 0 && tailStart > 0) {
        ends.damaged = true;
        return ends;
    }
    ends.last = fromLine(QByteArrayView(tail).sliced(lineStart, end - lineStart));
    file.seek(0);
    ends.first = fromLine(file.readLine());
    ends.damaged = !ends.first || !ends.last || ends.first->sequence > ends.last->sequence;
    return ends;
}

} // namespace

ReaderLogStore::ReaderLogStore(QString directory, Options options)
    : m_directory(std::move(directory))
    , m_options(std::move(options))
{
}

ReaderLogStore::~ReaderLogStore() = default;

Result<std::unique_ptr<ReaderLogStore>> ReaderLogStore::open(const QString &directory)
{
    return open(directory, Options());
}

Result<std::unique_ptr<ReaderLogStore>> ReaderLogStore::open(const QString &directory, Options options)
{
    if (!QDir().mkpath(directory))
        return Error(ErrorCode::ReaderLogUnavailable, directory + u": cannot create the folder"_s);
    const QFileInfo info(directory);
    if (!info.isDir() || !info.isWritable())
        return Error(ErrorCode::ReaderLogUnavailable, directory + u": not a writable folder"_s);
    std::unique_ptr<ReaderLogStore> store(new ReaderLogStore(info.absoluteFilePath(), std::move(options)));
    if (Result<void> loaded = store->load(); !loaded)
        return loaded.error();
    store->purgeExpired(store->now());
    return store;
}

Result<void> ReaderLogStore::load()
{
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({u"reader-*.jsonl"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const std::optional<qint64> day = dayOfFileName(name);
        if (!day)
            continue;
        const QString path = dir.filePath(name);
        const FileEnds ends = readEnds(path);
        // Sequence numbers must keep rising from file to file; a file that
        // breaks that cannot be streamed in order.
        const bool outOfOrder = ends.first && ends.first->sequence <= m_lastSequence;
        if (ends.damaged || outOfOrder) {
            const QString aside = path + u".unreadable"_s;
            QFile::remove(aside);
            if (!QFile::rename(path, aside))
                return Error(ErrorCode::ReaderLogUnavailable, path + u": damaged and cannot be set aside"_s);
            m_setAside.append(aside);
            continue;
        }
        if (!ends.last) {
            QFile::remove(path);
            continue;
        }
        m_files.append({*day, path, ends.first->sequence, ends.last->sequence});
        m_lastSequence = ends.last->sequence;
        m_lastTimeMs = qMax(m_lastTimeMs, ends.last->timeMs);
    }
    return {};
}

qint64 ReaderLogStore::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

QString ReaderLogStore::fileName(QDate day)
{
    return u"reader-"_s + day.toString(u"yyyyMMdd"_s) + u".jsonl"_s;
}

Result<void> ReaderLogStore::openDay(qint64 day)
{
    m_current.close();
    m_currentDay = -1;
    const QString path = QDir(m_directory).filePath(fileName(dateOfDay(day)));
    m_current.setFileName(path);
    if (!m_current.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error(ErrorCode::ReaderLogWriteFailed, path + u": "_s + m_current.errorString());
    m_currentDay = day;
    if (m_files.isEmpty() || m_files.constLast().day != day)
        purgeExpired(now());
    return {};
}

Result<quint64> ReaderLogStore::append(LogEntry::Level level, const QString &category, const QString &code,
                                       const QString &message, const QList<std::pair<QString, QString>> &fields)
{
    LogEntry entry;
    entry.level = level;
    entry.category = category;
    entry.code = code;
    entry.message = message;
    entry.fields = fields;
    return append(std::move(entry));
}

Result<quint64> ReaderLogStore::append(LogEntry entry)
{
    entry.timeMs = qMax(now(), m_lastTimeMs);
    entry.sequence = m_lastSequence + 1;
    const qint64 day = dayOf(entry.timeMs);
    if (day != m_currentDay) {
        if (Result<void> opened = openDay(day); !opened)
            return opened.error();
    }
    const QByteArray line = toLine(entry);
    const qint64 before = m_current.size();
    const bool written = m_current.write(line) == line.size() && m_current.flush()
        && (!m_options.syncToDisk || ::fdatasync(m_current.handle()) == 0);
    if (!written) {
        const QString why = m_current.errorString();
        // Cut what reached the file, so that no torn line is left.
        m_current.resize(before);
        return Error(ErrorCode::ReaderLogWriteFailed, m_current.fileName() + u": "_s + why);
    }
    if (m_files.isEmpty() || m_files.constLast().day != day)
        m_files.append({day, m_current.fileName(), entry.sequence, entry.sequence});
    else
        m_files.last().last = entry.sequence;
    m_lastSequence = entry.sequence;
    m_lastTimeMs = entry.timeMs;
    Q_EMIT appended(entry.sequence);
    return entry.sequence;
}

quint64 ReaderLogStore::firstSequence() const
{
    return m_files.isEmpty() ? 0 : m_files.constFirst().first;
}

QList<LogEntry> ReaderLogStore::entriesAfter(quint64 after, int maxEntries) const
{
    QList<LogEntry> entries;
    for (const DayFile &day : m_files) {
        if (day.last <= after)
            continue;
        QFile file(day.path);
        if (!file.open(QIODevice::ReadOnly))
            break;
        if (m_cursor.path == day.path && m_cursor.after == after)
            file.seek(m_cursor.offset);
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            // A line being appended right now has no newline yet.
            if (!line.endsWith('\n'))
                break;
            const std::optional<LogEntry> entry = fromLine(line);
            if (!entry || entry->sequence <= after)
                continue;
            entries.append(*entry);
            if (entries.size() >= maxEntries) {
                m_cursor = {day.path, entry->sequence, file.pos()};
                return entries;
            }
        }
        if (!entries.isEmpty())
            m_cursor = {day.path, entries.constLast().sequence, file.pos()};
    }
    return entries;
}

QList<QDate> ReaderLogStore::days() const
{
    QList<QDate> dates;
    for (const DayFile &day : m_files)
        dates.append(dateOfDay(day.day));
    return dates;
}

int ReaderLogStore::purgeExpired(qint64 nowUtcMs)
{
    const qint64 oldestKept = dayOf(nowUtcMs) - (RetentionDays - 1);
    int removed = 0;
    while (!m_files.isEmpty() && m_files.constFirst().day < oldestKept) {
        const DayFile day = m_files.takeFirst();
        if (day.day == m_currentDay) {
            m_current.close();
            m_currentDay = -1;
        }
        QFile::remove(day.path);
        ++removed;
    }
    return removed;
}

} // namespace ReaderStack
