// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logqueryrunner.h"

#include "app/logs/logreader.h"
#include "app/logs/logstore.h"

namespace Console {

using namespace DeviceLink;

namespace {
constexpr int ExportChunk = 5000;
}

LogQueryRunner::LogQueryRunner(const LogStore &store, QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_reader(store.createReader())
    , m_generation(std::make_shared<std::atomic<quint64>>(1))
{
    qRegisterMetaType<Console::LogRecord>();
    qRegisterMetaType<QList<Console::LogRecord>>();
    m_thread.setObjectName(QStringLiteral("log queries"));
    // The worker (the receiver of the queries) is deleted when the thread ends.
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

LogQueryRunner::~LogQueryRunner()
{
    m_generation->fetch_add(1);
    m_reader->interrupt();
    m_thread.quit();
    m_thread.wait();
}

void LogQueryRunner::setFilter(const LogFilter &filter)
{
    m_filter = filter;
    m_generation->fetch_add(1);
    m_reader->interrupt();
}

// query(reader) runs in the worker thread and returns a Result; deliver(value)
// runs here, only if the filter has not changed in between.
template<typename Query, typename Deliver>
void LogQueryRunner::post(Query query, Deliver deliver)
{
    const quint64 generation = m_generation->load();
    // The destructor joins the worker thread, so the runner outlives every
    // query; a delivery posted after it is gone is discarded with it.
    LogQueryRunner *self = this;
    QMetaObject::invokeMethod(
        m_worker,
        [self, reader = m_reader, current = m_generation, generation, query = std::move(query),
         deliver = std::move(deliver)]() mutable {
            if (current->load() != generation)
                return;
            reader->clearInterrupt();
            if (current->load() != generation)
                return;
            auto result = query(*reader);
            if (current->load() != generation)
                return;
            QMetaObject::invokeMethod(
                self,
                [self, current, generation, result = std::move(result), deliver = std::move(deliver)]() mutable {
                    if (current->load() != generation)
                        return;
                    if (!result.ok()) {
                        if (result.error().code() != ErrorCode::LogQueryCancelled)
                            Q_EMIT self->failed(result.error());
                        return;
                    }
                    deliver(*self, std::move(result).value());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LogQueryRunner::requestCount()
{
    post([filter = m_filter](LogReader &reader) { return reader.count(filter); },
         [](LogQueryRunner &self, qint64 count) { Q_EMIT self.countReady(count); });
}

void LogQueryRunner::requestPage(qint64 position, int limit)
{
    post([filter = m_filter, position, limit](LogReader &reader) { return reader.fetch(filter, position, limit); },
         [position](LogQueryRunner &self, QList<LogRecord> records) { Q_EMIT self.pageReady(position, records); });
}

void LogQueryRunner::requestPositionOfTime(qint64 utcMs)
{
    post([filter = m_filter, utcMs](LogReader &reader) { return reader.positionOfTime(filter, utcMs); },
         [utcMs](LogQueryRunner &self, qint64 position) { Q_EMIT self.positionReady(utcMs, position); });
}

void LogQueryRunner::requestNeighbour(const LogFilter &find, qint64 key, bool forward)
{
    struct Found
    {
        bool found = false;
        qint64 position = -1;
        LogRecord record;
    };
    post(
        [filter = m_filter, find, key, forward](LogReader &reader) -> Result<Found> {
            Result<std::optional<LogRecord>> next = reader.neighbour(find, key, forward);
            if (!next)
                return next.error();
            Found found;
            if (!next.value())
                return found;
            Result<qint64> position = reader.positionOfKey(filter, next.value()->key);
            if (!position)
                return position.error();
            found.found = true;
            found.position = position.value();
            found.record = *next.value();
            return found;
        },
        [](LogQueryRunner &self, Found found) {
            Q_EMIT self.neighbourReady(found.found, found.position, found.record);
        });
}

void LogQueryRunner::requestRecords(int tag, qint64 position, qint64 count)
{
    post(
        [filter = m_filter, position, count](LogReader &reader) -> Result<QList<LogRecord>> {
            QList<LogRecord> all;
            while (all.size() < count) {
                const int chunk = int(std::min<qint64>(ExportChunk, count - all.size()));
                Result<QList<LogRecord>> part = reader.fetch(filter, position + all.size(), chunk);
                if (!part)
                    return part.error();
                all += part.value();
                if (part.value().size() < chunk)
                    break;
            }
            return all;
        },
        [tag](LogQueryRunner &self, QList<LogRecord> records) { Q_EMIT self.recordsReady(tag, records); });
}

} // namespace Console
