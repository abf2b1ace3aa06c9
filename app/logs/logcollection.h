// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/logs/logarchive.h"
#include "devicelink/error.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace DeviceLink {
class ReaderRegistry;
}

namespace Console {

class LogStore;

// ログ収集 for support: one zip with the chosen readers' records of the
// chosen days (LogArchive, day databases, plus text when small), the console's
// text logs of those days, versions, a settings summary with secrets removed,
// the recent error codes with serial numbers, and a summary in Japanese and
// English (summary.txt) to send with it. What goes in is built from what the
// console stores, and that never holds My Number, PIN digits, 照合番号B,
// names or images; settings whose key names a secret are left out, and the
// text entries made here lose any 12-digit number (a My Number typed or
// logged where it should not have been).
//
// Threading: create and use in the GUI thread. start() takes a snapshot of
// the registry, then the archive is written in a low-priority thread of its
// own, so readers keep serving; signals arrive in the GUI thread. cancel()
// stops it and leaves no file. The destructor cancels and joins.
class LogCollection final : public QObject
{
    Q_OBJECT

public:
    // Records that small also go as text lines (about 100 bytes each).
    static constexpr qint64 TextExportLimit = 200000;

    struct Sources
    {
        QString configPath;      // config.db: settings summary
        QString consoleLogPath;  // console.log (and console.log.1)
        QString emulatedRoot;    // <data>/emulated: reader.log of emulated readers
    };

    struct Request
    {
        QStringList serials;
        QDate from;              // inclusive, Asia/Tokyo
        QDate to;
        QString folder;
        // The collection's time for the file name and summary; now when invalid.
        QDateTime at;
    };

    struct Summary
    {
        QString path;
        qint64 bytes = 0;
        qint64 records = 0;
        QStringList serials;
        QDate from;
        QDate to;
        QList<LogArchive::ErrorCount> errors;
    };

    LogCollection(const LogStore &store, const DeviceLink::ReaderRegistry *registry, Sources sources,
                  QObject *parent = nullptr);
    ~LogCollection() override;

    // madoguchi-logs_EMU-0001-EMU-0002_20261202-0930.zip (time in Asia/Tokyo).
    static QString fileName(const QStringList &serials, const QDateTime &at);
    // Entry names in every zip, in order, before and after the day entries.
    static QStringList leadingEntryNames();
    static QStringList trailingEntryNames();

    // False (and nothing starts) while a collection runs or when the folder
    // is not writable; LogCollectFailed names the folder.
    DeviceLink::Result<void> start(const Request &request);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    // The troubleshooting run that sends the manager to ログ収集 hands its
    // support summary (SupportSummary::toJson) here: the next collection that
    // starts adds it as support-summary.json, then it is dropped.
    void setSupportSummary(const QByteArray &json) { m_supportSummary = json; }

Q_SIGNALS:
    void progress(int done, int total);
    void succeeded(const Console::LogCollection::Summary &summary);
    // LogQueryCancelled after cancel().
    void failed(const DeviceLink::Error &error);

private:
    void finish(const DeviceLink::Result<Summary> &result);

    const LogStore &m_store;
    const DeviceLink::ReaderRegistry *m_registry;
    const Sources m_sources;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QByteArray m_supportSummary;
};

} // namespace Console
