// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/charts/usagestatistics.h"

#include "app/logs/logfilter.h"
#include "app/logs/logreader.h"
#include "app/logs/logstore.h"

#include <QDateTime>
#include <QThread>

#include <algorithm>
#include <limits>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

const QString FlowCategory = u"flow"_s;

QString fieldValue(const LogRecord &record, const QString &key)
{
    for (const LogField &field : record.fields) {
        if (field.key == key)
            return field.value;
    }
    return {};
}

} // namespace

std::optional<UsageEvent> UsageEvent::fromRecord(const LogRecord &record)
{
    if (record.category != FlowCategory)
        return std::nullopt;
    UsageEvent event;
    event.method = fieldValue(record, u"method"_s);
    event.result = fieldValue(record, u"result"_s);
    if (event.method.isEmpty() || event.result.isEmpty())
        return std::nullopt;
    event.timeMs = record.timeMs;
    event.serial = record.source;
    event.code = record.code;
    bool ok = false;
    const qint64 faceToEnd = fieldValue(record, u"faceToEndMs"_s).toLongLong(&ok);
    event.faceToEndMs = ok ? faceToEnd : -1;
    return event;
}

LogRecord UsageEvent::toRecord() const
{
    LogRecord record;
    record.timeMs = timeMs;
    record.source = serial;
    record.level = result == u"success"_s ? LogLevel::Info : LogLevel::Warning;
    record.category = FlowCategory;
    record.code = code;
    record.message = u"patient check %1 by %2"_s.arg(result, method);
    record.fields = {{u"method"_s, method}, {u"result"_s, result}};
    if (faceToEndMs >= 0)
        record.fields.append({u"faceToEndMs"_s, QString::number(faceToEndMs)});
    return record;
}

int UsageSummary::faceToEndCount() const
{
    int count = 0;
    for (int n : faceToEnd)
        count += n;
    return count;
}

UsageSummary UsageSummary::aggregate(const QList<UsageEvent> &events, QDate from, QDate to)
{
    UsageSummary summary;
    summary.from = from;
    summary.to = to;
    const qint64 first = logDayStartMs(LogStore::dayNumber(from));
    const qint64 end = logDayStartMs(LogStore::dayNumber(to) + 1);
    for (const UsageEvent &event : events) {
        if (event.timeMs < first || event.timeMs >= end)
            continue;
        ++summary.checks;
        const bool success = event.result == u"success"_s;
        Reader &reader = summary.byReader[event.serial];
        if (success) {
            ++summary.successes;
            ++reader.successes;
        } else {
            ++reader.failures;
            summary.failureReasons[event.code.isEmpty() ? event.result : event.result + u' ' + event.code] += 1;
        }
        const int hour = int((event.timeMs - logDayStartMs(logDayNumber(event.timeMs))) / 3600000);
        for (Methods *methods : {&summary.byHour[hour], &summary.byMethod, &reader.methods}) {
            if (event.method == u"face"_s)
                ++methods->face;
            else if (event.method == u"pin"_s)
                ++methods->pin;
            else if (event.method == u"visual"_s)
                ++methods->visual;
            else
                ++methods->other;
        }
        if (event.method == u"face"_s && event.faceToEndMs >= 0) {
            summary.faceToEnd[int(std::min<qint64>(event.faceToEndMs / 1000, DurationBins - 1))] += 1;
            if (event.faceToEndMs > FaceToEndLimitMs)
                ++summary.faceToEndOverLimit;
        }
    }
    return summary;
}

UsageStatistics::UsageStatistics(const LogStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

UsageStatistics::~UsageStatistics()
{
    if (m_thread) {
        m_stop->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

QDate UsageStatistics::firstDay(Range range, QDate lastDay)
{
    switch (range) {
    case Range::Day:
        return lastDay;
    case Range::Week:
        return lastDay.addDays(-6);
    case Range::RetentionDays:
        return lastDay.addDays(-(LogStore::RetentionDays - 1));
    }
    return lastDay;
}

QDate UsageStatistics::today()
{
    return LogStore::dateOfDay(logDayNumber(QDateTime::currentMSecsSinceEpoch()));
}

void UsageStatistics::request(QDate from, QDate to)
{
    m_pending = std::make_pair(from, to);
    if (m_thread)
        m_stop->store(true);
    else
        startNext();
}

void UsageStatistics::startNext()
{
    const auto [from, to] = *m_pending;
    m_pending.reset();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    auto stop = m_stop;
    std::shared_ptr<LogReader> reader = m_store.createReader();
    // One query per day: each day's scan is bounded, and a newer request
    // stops this one between days.
    m_thread = QThread::create([this, from, to, stop, reader] {
        QList<UsageEvent> events;
        Result<UsageSummary> result = Error(ErrorCode::LogQueryCancelled, u"usage statistics"_s);
        bool failedDay = false;
        for (QDate day = from; day <= to && !stop->load(); day = day.addDays(1)) {
            LogFilter filter;
            filter.category = FlowCategory;
            filter.fromMs = logDayStartMs(LogStore::dayNumber(day));
            filter.toMs = filter.fromMs + LogDayMs;
            Result<QList<LogRecord>> records = reader->fetch(filter, 0, std::numeric_limits<int>::max());
            if (!records) {
                result = records.error();
                failedDay = true;
                break;
            }
            for (const LogRecord &record : std::as_const(records.value())) {
                if (std::optional<UsageEvent> event = UsageEvent::fromRecord(record))
                    events.append(*event);
            }
        }
        if (!failedDay && !stop->load())
            result = UsageSummary::aggregate(events, from, to);
        QMetaObject::invokeMethod(this, [this, result] { finished(result); }, Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

void UsageStatistics::finished(const Result<UsageSummary> &result)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_pending) {
        startNext();
        return;
    }
    if (result)
        Q_EMIT ready(result.value());
    else
        Q_EMIT failed(result.error());
}

} // namespace Console
