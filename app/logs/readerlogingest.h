// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/logs/logrecord.h"
#include "devicelink/error.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace DeviceLink {
class ReaderFleet;
struct LogEntry;
} // namespace DeviceLink

namespace Console {

class LogReader;
class LogStore;

// Brings every trusted reader's own log into the log store: subscribes when
// the link becomes trusted, with the last sequence number stored of that
// reader; appends the batches the reader sends; and acknowledges a number to
// the reader only once the store has committed it (LogStore::flush(), run
// off the GUI thread).
//
// The resume point comes from the store itself: the "seq" field of the
// newest record of that reader (readers stamp their records in sequence and
// time order). So a console killed between its commit and its ack neither
// loses nor repeats a record: the reader sends again what was not acked, and
// what the store already holds (sequence at or below the one stored) is
// dropped here, per reader serial. A write that fails is never acked: the
// resume point is read from the store again and the reader asked to resend.
//
// Thread: GUI thread. store and fleet must outlive it; the destructor waits
// for a commit in progress.
class ReaderLogIngest : public QObject
{
    Q_OBJECT

public:
    // The field that carries a reader record's sequence number in the store.
    static inline const QString SequenceField = QStringLiteral("seq");

    ReaderLogIngest(LogStore *store, DeviceLink::ReaderFleet *fleet, QObject *parent = nullptr);
    ~ReaderLogIngest() override;

    // The highest number of serial's log that is committed and acked; 0
    // before anything was.
    quint64 committedSequence(const QString &serial) const;

    static LogRecord toRecord(const QString &serial, const DeviceLink::LogEntry &entry);
    // The sequence number of the newest record of serial in the store, 0
    // when it holds none.
    static DeviceLink::Result<quint64> lastStoredSequence(const LogStore &store, LogReader &reader,
                                                          const QString &serial);

Q_SIGNALS:
    // The store committed serial's records up to sequence, and the reader
    // was told.
    void committed(const QString &serial, quint64 sequence);
    // The stream of a reader could not be used (the reader keeps no log, the
    // store cannot be read, a batch was malformed). The records stay on the
    // reader; the next connection tries again.
    void streamFailed(const QString &serial, const DeviceLink::Error &error);

private:
    struct Reader
    {
        bool known = false; // appended is what the store holds
        bool subscribing = false;
        bool stalled = false;
        quint64 epoch = 0; // changes whenever appended is read afresh
        quint64 appended = 0;
        quint64 committed = 0;
    };
    struct Pending
    {
        quint64 epoch = 0;
        quint64 upTo = 0;
    };

    void onTrusted(const QString &serial);
    void onBatch(const QString &serial, const QByteArray &payload);
    void subscribe(const QString &serial);
    void fail(const QString &serial, const DeviceLink::Error &error);
    void startFlush();
    void onFlushed(const QHash<QString, Pending> &flushed);
    void sendAck(const QString &serial, quint64 sequence);
    void recover();

    LogStore *m_store;
    DeviceLink::ReaderFleet *m_fleet;
    std::unique_ptr<LogReader> m_reader;
    QHash<QString, Reader> m_readers;
    // Appended since the last flush began, per reader.
    QHash<QString, Pending> m_unflushed;
    QThreadPool m_committer;
    bool m_flushing = false;
    bool m_flushAgain = false;
    // Counted in the store's writer thread; a change since the last flush
    // means some appended record may not be stored.
    std::shared_ptr<std::atomic<int>> m_writeFailures = std::make_shared<std::atomic<int>>(0);
    int m_failuresSeen = 0;
};

} // namespace Console
