// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/logentry.h"

#include <QDate>
#include <QFile>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace ReaderStack {

// The reader's own log: structured records (DeviceLink::LogEntry) in the
// state directory, one append-only file of JSON lines per day (Asia/Tokyo),
// logs/reader-YYYYMMDD.jsonl, kept for RetentionDays days and then deleted
// whole. Plain lines, so that support can read a reader's log without tools.
//
// A record gets its sequence number (last + 1, never reused while any file
// is left) when it is written, and append() returns only once the line is on
// disk (fdatasync): what the console is sent has already survived a crash
// or a power cut. A line torn by one is cut off when the log is opened.
//
// Times never go backwards within the log: a record is stamped with the
// clock or with the previous record's time, whichever is later. So sequence
// order is time order, and the console can find where to resume from the
// newest record it holds of this reader.
//
// Thread: the reader's thread.
class ReaderLogStore : public QObject, public DeviceLink::LogSource
{
    Q_OBJECT

public:
    static constexpr int RetentionDays = 61;

    struct Options
    {
        // UTC ms now; injectable for tests.
        std::function<qint64()> clock;
        // fdatasync after every record. Off only where a power cut cannot
        // happen (tests on a temporary folder).
        bool syncToDisk = true;
    };

    // ReaderLogUnavailable when the folder cannot be created, read or
    // written. A file that cannot be read is set aside as .unreadable
    // (setAsideFiles()).
    static DeviceLink::Result<std::unique_ptr<ReaderLogStore>> open(const QString &directory, Options options);
    static DeviceLink::Result<std::unique_ptr<ReaderLogStore>> open(const QString &directory);
    ~ReaderLogStore() override;

    // Stamps the record with its time and the next sequence number, writes
    // it durably and returns the number; ReaderLogWriteFailed leaves the log
    // as it was. Callers pass codes and counts only, never personal data.
    DeviceLink::Result<quint64> append(DeviceLink::LogEntry entry);
    DeviceLink::Result<quint64> append(DeviceLink::LogEntry::Level level, const QString &category,
                                       const QString &code, const QString &message,
                                       const QList<std::pair<QString, QString>> &fields = {});

    quint64 lastSequence() const override { return m_lastSequence; }
    QList<DeviceLink::LogEntry> entriesAfter(quint64 after, int maxEntries) const override;
    // The oldest record kept, 0 when the log is empty.
    quint64 firstSequence() const;

    // Days that hold records, oldest first.
    QList<QDate> days() const;
    // Deletes the files of days before the RetentionDays that end with the
    // day of nowUtcMs; returns how many. Also done on open and whenever a
    // record opens a new day.
    int purgeExpired(qint64 nowUtcMs);

    QString directory() const { return m_directory; }
    QStringList setAsideFiles() const { return m_setAside; }

    static QString fileName(QDate day);

Q_SIGNALS:
    // A record is durable and may be sent.
    void appended(quint64 sequence);

private:
    struct DayFile
    {
        qint64 day = 0; // days since 1970-01-01 in Asia/Tokyo
        QString path;
        quint64 first = 0;
        quint64 last = 0;
    };
    // Where the last entriesAfter() stopped, so that a stream reading on
    // does not rescan its file from the start for every batch.
    struct Cursor
    {
        QString path;
        quint64 after = 0;
        qint64 offset = 0;
    };

    ReaderLogStore(QString directory, Options options);
    DeviceLink::Result<void> load();
    DeviceLink::Result<void> openDay(qint64 day);
    qint64 now() const;

    QString m_directory;
    Options m_options;
    QList<DayFile> m_files; // in day order, which is sequence order
    QFile m_current;        // the newest day's file, open for appending
    qint64 m_currentDay = -1;
    quint64 m_lastSequence = 0;
    qint64 m_lastTimeMs = 0;
    QStringList m_setAside;
    mutable Cursor m_cursor;
};

} // namespace ReaderStack
