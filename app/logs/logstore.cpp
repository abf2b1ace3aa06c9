// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logstore.h"

#include "app/logs/logcatalog.h"
#include "app/logs/logdayfile.h"
#include "app/logs/logreader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <condition_variable>
#include <future>
#include <limits>
#include <mutex>
#include <pthread.h>
#include <thread>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

constexpr int OpenWriteDays = 2;
// How often the writer wakes up with nothing to do, to notice a new day.
constexpr auto IdleWake = std::chrono::seconds(30);

bool removeDayFiles(const QString &path)
{
    bool removed = QFile::remove(path) || !QFile::exists(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    return removed;
}

} // namespace

// The writer thread: owns the write connections, takes queued records in
// batches (one transaction per day per batch) and runs the tasks that change
// the set of days, in order with the records queued before them.
class LogStore::Writer
{
public:
    Writer(LogStore *store, std::shared_ptr<LogCatalog> catalog, Options options)
        : m_store(store)
        , m_catalog(std::move(catalog))
        , m_options(std::move(options))
    {
        m_thread = std::thread([this] {
            pthread_setname_np(pthread_self(), "log writer");
            run();
        });
    }

    ~Writer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

    void append(QList<LogRecord> records)
    {
        bool wake;
        {
            std::lock_guard lock(m_mutex);
            const bool wasEmpty = m_pending.isEmpty();
            if (wasEmpty)
                m_pending = std::move(records);
            else
                m_pending += records;
            wake = wasEmpty || m_pending.size() >= m_options.batchRecords;
        }
        if (wake)
            m_wake.notify_one();
    }

    template<typename F>
    auto run(F function) -> decltype(function())
    {
        Q_ASSERT(std::this_thread::get_id() != m_thread.get_id());
        auto task = std::make_shared<std::packaged_task<decltype(function())()>>(std::move(function));
        auto future = task->get_future();
        {
            std::lock_guard lock(m_mutex);
            m_tasks.push_back([task] { (*task)(); });
        }
        m_wake.notify_one();
        return future.get();
    }

    Result<void> removeDay(qint64 dayNumber)
    {
        const bool known = m_catalog->remove(dayNumber);
        m_files.remove(dayNumber);
        m_recent.removeOne(dayNumber);
        const QString path = m_catalog->pathOf(dayNumber);
        if (!known && !QFile::exists(path))
            return {};
        if (!removeDayFiles(path))
            return Error(ErrorCode::LogWriteFailed, path + u": cannot delete"_s);
        Q_EMIT m_store->daysRemoved({dateOfDay(dayNumber)});
        return {};
    }

    Result<int> purge(qint64 nowUtcMs)
    {
        const qint64 oldestKept = logDayNumber(nowUtcMs) - (RetentionDays - 1);
        int removed = 0;
        QList<QDate> dates;
        for (qint64 day : m_catalog->days()) {
            if (day >= oldestKept)
                break;
            m_catalog->remove(day);
            m_files.remove(day);
            m_recent.removeOne(day);
            if (!removeDayFiles(m_catalog->pathOf(day)))
                return Error(ErrorCode::LogWriteFailed, m_catalog->pathOf(day) + u": cannot delete"_s);
            dates.append(dateOfDay(day));
            ++removed;
        }
        m_purgedDay = logDayNumber(nowUtcMs);
        if (!dates.isEmpty())
            Q_EMIT m_store->daysRemoved(dates);
        return removed;
    }

    qint64 now() const { return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch(); }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait_for(lock, IdleWake, [this] { return m_stopping || !m_pending.isEmpty() || !m_tasks.empty(); });
            // Let a batch fill up unless someone waits.
            if (!m_stopping && m_tasks.empty() && !m_pending.isEmpty() && m_pending.size() < m_options.batchRecords) {
                m_wake.wait_for(lock, std::chrono::milliseconds(m_options.batchDelayMs), [this] {
                    return m_stopping || !m_tasks.empty() || m_pending.size() >= m_options.batchRecords;
                });
            }
            QList<LogRecord> records = std::move(m_pending);
            m_pending.clear();
            std::vector<std::function<void()>> tasks = std::move(m_tasks);
            m_tasks.clear();
            const bool stopping = m_stopping;
            lock.unlock();

            if (m_options.purgeAutomatically && logDayNumber(now()) != m_purgedDay) {
                if (Result<int> purged = purge(now()); !purged)
                    Q_EMIT m_store->writeFailed(purged.error());
            }
            if (!records.isEmpty())
                write(records);
            for (auto &task : tasks)
                task();

            lock.lock();
            if (stopping && m_pending.isEmpty() && m_tasks.empty())
                break;
        }
        lock.unlock();
        m_files.clear();
    }

    Result<LogDayFile *> file(qint64 dayNumber)
    {
        if (auto it = m_files.constFind(dayNumber); it != m_files.constEnd()) {
            m_recent.removeOne(dayNumber);
            m_recent.append(dayNumber);
            return it.value().get();
        }
        Result<std::unique_ptr<LogDayFile>> opened =
            LogDayFile::open(m_catalog->pathOf(dayNumber), dayNumber, LogDayFile::Access::Write);
        if (!opened)
            return opened.error();
        while (m_recent.size() >= OpenWriteDays)
            m_files.remove(m_recent.takeFirst());
        std::shared_ptr<LogDayFile> day = std::move(opened).value();
        m_files.insert(dayNumber, day);
        m_recent.append(dayNumber);
        Result<qint64> rows = day->rowCount();
        if (!rows)
            return rows.error();
        m_catalog->add(dayNumber, rows.value());
        return day.get();
    }

    void write(QList<LogRecord> &records)
    {
        const qint64 oldestKept = logDayNumber(now()) - (RetentionDays - 1);
        // Records mostly arrive in time order: group runs by day.
        QMap<qint64, QList<qsizetype>> byDay;
        qint64 runDay = std::numeric_limits<qint64>::min();
        QList<qsizetype> *run = nullptr;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const qint64 day = logDayNumber(records.at(i).timeMs);
            if (day < oldestKept)
                continue;
            if (day != runDay || !run) {
                runDay = day;
                run = &byDay[day];
            }
            run->append(i);
        }
        int written = 0;
        qint64 newest = 0;
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
            Result<LogDayFile *> opened = file(it.key());
            if (!opened) {
                Q_EMIT m_store->writeFailed(opened.error());
                continue;
            }
            LogDayFile &day = *opened.value();
            Result<void> done = day.begin();
            for (qsizetype index : it.value()) {
                if (!done)
                    break;
                done = day.insert(records[index]);
                newest = std::max(newest, records.at(index).key);
            }
            if (done)
                done = day.commit();
            else
                day.rollback();
            if (!done) {
                Q_EMIT m_store->writeFailed(done.error());
                continue;
            }
            m_catalog->addRows(it.key(), it.value().size());
            written += int(it.value().size());
        }
        if (written > 0)
            Q_EMIT m_store->recordsAppended(written, newest);
    }

    LogStore *const m_store;
    const std::shared_ptr<LogCatalog> m_catalog;
    const Options m_options;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<LogRecord> m_pending;
    std::vector<std::function<void()>> m_tasks;
    bool m_stopping = false;

    // Writer thread only.
    QHash<qint64, std::shared_ptr<LogDayFile>> m_files;
    QList<qint64> m_recent;
    qint64 m_purgedDay = std::numeric_limits<qint64>::min();

    std::thread m_thread;
};

LogStore::LogStore(std::shared_ptr<LogCatalog> catalog, Options options)
    : m_catalog(std::move(catalog))
    , m_writer(std::make_unique<Writer>(this, m_catalog, std::move(options)))
{
}

LogStore::~LogStore() = default;

Result<std::unique_ptr<LogStore>> LogStore::open(const QString &directory)
{
    return open(directory, Options());
}

Result<std::unique_ptr<LogStore>> LogStore::open(const QString &directory, Options options)
{
    if (!QDir().mkpath(directory))
        return Error(ErrorCode::LogStoreUnavailable, directory + u": cannot create the folder"_s);
    const QString absolute = QFileInfo(directory).absoluteFilePath();
    if (!QFileInfo(absolute).isWritable())
        return Error(ErrorCode::LogStoreUnavailable, absolute + u": not writable"_s);
    auto catalog = std::make_shared<LogCatalog>(absolute);
    QStringList setAside;
    const QStringList names = QDir(absolute).entryList({u"logs-*.db"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const std::optional<qint64> day = LogDayFile::dayNumberOf(name);
        if (!day)
            continue;
        // A file of the current schema is taken as it is (its row count is
        // read when a reader or the writer first opens it): opening 61 files
        // here would cost more than the whole first page. Older ones are
        // migrated forward now, by opening them for writing.
        if (LogDayFile::headerSchemaVersion(catalog->pathOf(*day)) == LogDayFile::SchemaVersion) {
            catalog->add(*day, -1);
            continue;
        }
        Result<std::unique_ptr<LogDayFile>> file = LogDayFile::open(catalog->pathOf(*day), *day, LogDayFile::Access::Write);
        if (!file) {
            if (file.error().code() != ErrorCode::LogDayUnreadable)
                return file.error();
            const QString path = catalog->pathOf(*day);
            const QString aside = path + u".unreadable"_s;
            QFile::remove(aside);
            QFile::rename(path, aside);
            QFile::remove(path + u"-wal"_s);
            QFile::remove(path + u"-shm"_s);
            setAside.append(aside);
            continue;
        }
        Result<qint64> rows = file.value()->rowCount();
        if (!rows)
            return rows.error();
        catalog->add(*day, rows.value());
    }
    const bool purge = options.purgeAutomatically;
    std::unique_ptr<LogStore> store(new LogStore(catalog, std::move(options)));
    store->m_setAside = setAside;
    if (purge) {
        if (Result<int> purged = store->purgeExpired(store->m_writer->now()); !purged)
            return purged.error();
    }
    return store;
}

void LogStore::append(const LogRecord &record)
{
    m_writer->append({record});
}

void LogStore::append(QList<LogRecord> records)
{
    if (!records.isEmpty())
        m_writer->append(std::move(records));
}

Result<void> LogStore::flush()
{
    return m_writer->run([] { return Result<void>(); });
}

QList<QDate> LogStore::days() const
{
    QList<QDate> dates;
    for (qint64 day : m_catalog->days())
        dates.append(dateOfDay(day));
    return dates;
}

Result<void> LogStore::deleteDay(QDate day)
{
    if (!day.isValid())
        return Error(ErrorCode::InvalidArgument, u"no day given"_s);
    const qint64 number = dayNumber(day);
    return m_writer->run([this, number] { return m_writer->removeDay(number); });
}

Result<int> LogStore::purgeExpired(qint64 nowUtcMs)
{
    return m_writer->run([this, nowUtcMs] { return m_writer->purge(nowUtcMs); });
}

std::unique_ptr<LogReader> LogStore::createReader() const
{
    return std::make_unique<LogReader>(m_catalog);
}

QString LogStore::directory() const
{
    return m_catalog->directory();
}

qint64 LogStore::diskSize() const
{
    qint64 bytes = 0;
    const QFileInfoList files = QDir(m_catalog->directory()).entryInfoList({u"logs-*.db*"_s}, QDir::Files);
    for (const QFileInfo &file : files) {
        if (!file.fileName().endsWith(u".unreadable"_s))
            bytes += file.size();
    }
    return bytes;
}

qint64 LogStore::dayNumber(QDate day)
{
    return QDate(1970, 1, 1).daysTo(day);
}

QDate LogStore::dateOfDay(qint64 dayNumber)
{
    return QDate(1970, 1, 1).addDays(dayNumber);
}

} // namespace Console
