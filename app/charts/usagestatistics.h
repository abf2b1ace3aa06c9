// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/logs/logrecord.h"
#include "devicelink/error.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace Console {

class LogStore;

// One patient check as the statistics see it: the flow-outcome record a
// reader writes to its log and streams to the console (ReaderLogRecorder:
// category "flow", fields method, result, totalMs, faceToEndMs; the reason
// code as the record's code). Outcomes hold no personal data, so neither does
// anything made from them.
struct UsageEvent
{
    qint64 timeMs = 0;
    QString serial;
    QString method; // "face", "pin", "visual", "none"
    QString result; // "success", "failure", "timeout", "cancelled", "card-removed", "error"
    QString code;   // the patient screen's code, empty when none
    qint64 faceToEndMs = -1;

    // Nothing for records that are not outcomes (other "flow" lines).
    static std::optional<UsageEvent> fromRecord(const LogRecord &record);
    // The record a reader would write, for tests and demo data.
    LogRecord toRecord() const;
};

// Checks of a range of days counted for the charts.
struct UsageSummary
{
    // 顔認証 to 資格確認終了 must take at most this long.
    static constexpr qint64 FaceToEndLimitMs = 5000;
    // Histogram bins of one second; the last holds this many seconds and more.
    static constexpr int DurationBins = 11;

    struct Methods
    {
        int face = 0;
        int pin = 0;
        int visual = 0;
        int other = 0;
        int total() const { return face + pin + visual + other; }
    };
    struct Reader
    {
        int successes = 0;
        int failures = 0; // every result but success
        Methods methods;
    };

    QDate from;
    QDate to;
    int checks = 0;
    int successes = 0;
    // By hour of day in Asia/Tokyo, summed over the days: 24 entries.
    QList<Methods> byHour = QList<Methods>(24);
    Methods byMethod;
    // Results other than success, as "timeout 006" (result, then code when
    // there is one), with their counts.
    QMap<QString, int> failureReasons;
    // Face checks by whole seconds from 顔認証 to 資格確認終了.
    QList<int> faceToEnd = QList<int>(DurationBins);
    int faceToEndOverLimit = 0;
    QMap<QString, Reader> byReader;

    double successRate() const { return checks > 0 ? double(successes) / checks : 0.0; }
    int faceToEndCount() const;

    // Events outside [from, to] (days in Asia/Tokyo) are left out.
    static UsageSummary aggregate(const QList<UsageEvent> &events, QDate from, QDate to);
};

// The charts' data: reads the outcome records of a range of days from the
// log store and aggregates them in a thread of its own, so the page never
// waits; a request made while one runs replaces whatever waits and is done
// next. Thread: create and use in the GUI thread, where the signals arrive.
// The store must outlive it; the destructor interrupts and joins.
class UsageStatistics final : public QObject
{
    Q_OBJECT

public:
    enum class Range { Day, Week, RetentionDays };
    Q_ENUM(Range)

    explicit UsageStatistics(const LogStore &store, QObject *parent = nullptr);
    ~UsageStatistics() override;

    // The days of a range ending on lastDay (inclusive).
    static QDate firstDay(Range range, QDate lastDay);
    // Today in Asia/Tokyo.
    static QDate today();

    void request(QDate from, QDate to);
    bool isBusy() const { return m_thread != nullptr; }

Q_SIGNALS:
    void ready(const Console::UsageSummary &summary);
    void failed(const DeviceLink::Error &error);

private:
    void startNext();
    void finished(const DeviceLink::Result<UsageSummary> &result);

    const LogStore &m_store;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
    std::optional<std::pair<QDate, QDate>> m_pending;
};

} // namespace Console
