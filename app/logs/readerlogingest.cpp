// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/readerlogingest.h"

#include "app/logs/logreader.h"
#include "app/logs/logstore.h"
#include "devicelink/logentry.h"
#include "devicelink/protocol.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerlink.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLogIngest, "madoguchi.logingest")

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// Records read per step when looking back for a reader's newest record
// between the console's own records about it.
constexpr int LookBackPage = 64;

} // namespace

ReaderLogIngest::ReaderLogIngest(LogStore *store, ReaderFleet *fleet, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_fleet(fleet)
    , m_reader(store->createReader())
{
    // One commit at a time keeps acks in the order of the records.
    m_committer.setMaxThreadCount(1);
    connect(fleet, &ReaderFleet::readerTrusted, this, &ReaderLogIngest::onTrusted);
    connect(fleet, &ReaderFleet::logReceived, this, &ReaderLogIngest::onBatch);
    // Direct, in the writer thread, without a receiver that could go away
    // under it: the counter lives as long as the connection.
    connect(store, &LogStore::writeFailed, [failures = m_writeFailures](const Error &) { ++*failures; });
}

ReaderLogIngest::~ReaderLogIngest()
{
    m_committer.waitForDone();
}

quint64 ReaderLogIngest::committedSequence(const QString &serial) const
{
    return m_readers.value(serial).committed;
}

LogRecord ReaderLogIngest::toRecord(const QString &serial, const LogEntry &entry)
{
    LogRecord record;
    record.timeMs = entry.timeMs;
    record.source = serial;
    record.level = LogLevel(qMin(int(entry.level), LogLevelCount - 1));
    record.category = entry.category;
    record.code = entry.code;
    record.message = entry.message;
    for (const auto &[key, value] : entry.fields)
        record.fields.append({key, value});
    record.fields.append({SequenceField, QString::number(entry.sequence)});
    return record;
}

Result<quint64> ReaderLogIngest::lastStoredSequence(const LogStore &store, LogReader &reader, const QString &serial)
{
    const QList<QDate> days = store.days();
    for (auto day = days.crbegin(); day != days.crend(); ++day) {
        LogFilter filter;
        filter.sources = {serial};
        filter.fromMs = logDayStartMs(LogStore::dayNumber(*day));
        filter.toMs = filter.fromMs + LogDayMs;
        Result<qint64> count = reader.count(filter);
        if (!count)
            return count.error();
        for (qint64 end = count.value(); end > 0;) {
            const qint64 start = qMax<qint64>(0, end - LookBackPage);
            Result<QList<LogRecord>> page = reader.fetch(filter, start, int(end - start));
            if (!page)
                return page.error();
            for (auto record = page->crbegin(); record != page->crend(); ++record) {
                for (const LogField &field : record->fields) {
                    if (field.key == SequenceField)
                        return field.value.toULongLong();
                }
            }
            end = start;
        }
    }
    return quint64(0);
}

void ReaderLogIngest::onTrusted(const QString &serial)
{
    Reader &reader = m_readers[serial];
    reader.stalled = false;
    subscribe(serial);
}

void ReaderLogIngest::subscribe(const QString &serial)
{
    ReaderLink *link = m_fleet->link(serial);
    if (!link || !link->isTrusted())
        return;
    Reader &reader = m_readers[serial];
    if (!reader.known) {
        Result<quint64> stored = lastStoredSequence(*m_store, *m_reader, serial);
        if (!stored) {
            fail(serial, stored.error());
            return;
        }
        reader.known = true;
        reader.appended = reader.committed = stored.value();
        ++reader.epoch;
    }
    reader.subscribing = true;
    // After what is committed, not what is appended: the reader takes the
    // number as stored, and a commit still under way may yet fail. What it
    // sends again up to appended is dropped below and acked once committed.
    QCborMap args;
    args.insert(QString(DeviceLink::LogField::After), qint64(reader.committed));
    link->request(QString(Op::LogSubscribe), args, this, [this, serial, link](const Result<QCborMap> &reply) {
        Reader &reader = m_readers[serial];
        // A link replaced meanwhile subscribes again on its own.
        if (m_fleet->link(serial) != link)
            return;
        reader.subscribing = false;
        if (!reply) {
            if (reply.error().code() != ErrorCode::LinkDown)
                fail(serial, reply.error());
            return;
        }
        if (reply->value(QString(DeviceLink::LogField::Restart)).toBool()) {
            // The reader's log began again (its state folder was reset): its
            // numbers start over, and so does the count here.
            qCInfo(lcLogIngest).noquote() << serial << "log restarted at the reader; stored up to" << reader.appended;
            reader.appended = reader.committed = 0;
            ++reader.epoch;
        }
    });
}

void ReaderLogIngest::fail(const QString &serial, const Error &error)
{
    Reader &reader = m_readers[serial];
    reader.stalled = true;
    reader.subscribing = false;
    qCWarning(lcLogIngest).noquote() << serial << "log stream stopped:" << error.toLogString();
    Q_EMIT streamFailed(serial, error);
}

void ReaderLogIngest::onBatch(const QString &serial, const QByteArray &payload)
{
    const auto it = m_readers.find(serial);
    // Before the subscription's reply, batches are the previous stream's:
    // the reader starts the new one only after replying.
    if (it == m_readers.end() || !it->known || it->subscribing || it->stalled)
        return;
    Reader &reader = it.value();
    Result<QList<LogEntry>> entries = decodeLogBatch(payload);
    if (!entries) {
        // The records stay on the reader; they are asked for again when the
        // link comes back, not in a loop now.
        fail(serial, entries.error());
        return;
    }
    QList<LogRecord> records;
    records.reserve(entries->size());
    for (const LogEntry &entry : entries.value()) {
        if (entry.sequence <= reader.appended)
            continue;
        records.append(toRecord(serial, entry));
        reader.appended = entry.sequence;
    }
    if (records.isEmpty()) {
        // Sent again after a reconnect and committed meanwhile: the ack of
        // that commit reached the old stream, or came before the new one had
        // sent them, so this stream still counts them as unacknowledged.
        if (!entries->isEmpty() && entries->constLast().sequence <= reader.committed)
            sendAck(serial, reader.committed);
        return;
    }
    m_store->append(std::move(records));
    m_unflushed.insert(serial, {reader.epoch, reader.appended});
    startFlush();
}

void ReaderLogIngest::startFlush()
{
    if (m_flushing) {
        m_flushAgain = true;
        return;
    }
    if (m_unflushed.isEmpty())
        return;
    m_flushing = true;
    QHash<QString, Pending> flushed = std::move(m_unflushed);
    m_unflushed.clear();
    LogStore *store = m_store;
    m_committer.start([this, store, flushed = std::move(flushed)] {
        // flush() reports nothing of its own; failed writes are counted.
        store->flush();
        QMetaObject::invokeMethod(this, [this, flushed] { onFlushed(flushed); }, Qt::QueuedConnection);
    });
}

void ReaderLogIngest::onFlushed(const QHash<QString, Pending> &flushed)
{
    m_flushing = false;
    const int failures = m_writeFailures->load();
    if (failures != m_failuresSeen) {
        m_failuresSeen = failures;
        recover();
        return;
    }
    for (auto it = flushed.cbegin(); it != flushed.cend(); ++it) {
        Reader &reader = m_readers[it.key()];
        if (reader.epoch != it->epoch || it->upTo <= reader.committed)
            continue;
        reader.committed = it->upTo;
        sendAck(it.key(), reader.committed);
        Q_EMIT committed(it.key(), reader.committed);
    }
    if (m_flushAgain) {
        m_flushAgain = false;
        startFlush();
    }
}

void ReaderLogIngest::sendAck(const QString &serial, quint64 sequence)
{
    ReaderLink *link = m_fleet->link(serial);
    if (!link || !link->isTrusted())
        return;
    QCborMap args;
    args.insert(QString(DeviceLink::LogField::Sequence), qint64(sequence));
    link->request(QString(Op::LogAck), args, this, [](const Result<QCborMap> &) {});
}

void ReaderLogIngest::recover()
{
    // What reached the store is known only once everything queued is
    // written: wait for that here, on this rare path, then read it back.
    m_store->flush();
    m_failuresSeen = m_writeFailures->load();
    m_unflushed.clear();
    m_flushAgain = false;
    for (auto it = m_readers.begin(); it != m_readers.end(); ++it) {
        it->known = false;
        it->stalled = false;
        ++it->epoch;
    }
    const QStringList serials = m_readers.keys();
    for (const QString &serial : serials)
        subscribe(serial);
}

} // namespace Console
