// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Console {

// Severity, stored as its number: never renumber.
enum class LogLevel : quint8 {
    Debug = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
    Critical = 4,
};
inline constexpr int LogLevelCount = 5;

// "DEBUG", "INFO", ...: the fixed spelling used in collected logs and CSV.
QString logLevelName(LogLevel level);

struct LogField
{
    QString key;
    QString value;
    friend bool operator==(const LogField &, const LogField &) = default;
};

// One log line of a reader or of the console. Records carry outcomes, codes
// and timings only: never My Number, PIN, 照合番号B, names or images.
struct LogRecord
{
    // The source of records the console writes itself.
    static inline const QString ConsoleSource = QStringLiteral("console");

    qint64 timeMs = 0; // UTC, milliseconds since the epoch
    QString source;    // reader serial number, or ConsoleSource
    LogLevel level = LogLevel::Info;
    QString category;  // "flow", "card", "link", ...
    QString code;      // "R301", "001", "0x81000001"; empty when none
    QString message;
    QList<LogField> fields;
    // Assigned by the store: the record's key, unique and in time order.
    // Zero for a record that has not been stored.
    qint64 key = 0;

    // One line of text: "2026-12-02 10:15:30.123 +0900 MDG-0001 ERROR card R301 message k=v".
    // Times are shown in Asia/Tokyo.
    QString toLine() const;
    friend bool operator==(const LogRecord &, const LogRecord &) = default;
};

} // namespace Console

Q_DECLARE_METATYPE(Console::LogRecord)

namespace Console {

// Log days are calendar days in Asia/Tokyo, where clinics are. Japan has kept
// UTC+9 without daylight saving since 1951, so the offset is a constant (the
// tests check it against QTimeZone("Asia/Tokyo")).
inline constexpr qint64 LogDayOffsetMs = 9 * 3600 * 1000;
inline constexpr qint64 LogDayMs = 24 * 3600 * 1000;

// Days since 1970-01-01 in Asia/Tokyo of a UTC time.
constexpr qint64 logDayNumber(qint64 utcMs)
{
    const qint64 local = utcMs + LogDayOffsetMs;
    return local >= 0 ? local / LogDayMs : -((-local + LogDayMs - 1) / LogDayMs);
}
constexpr qint64 logDayStartMs(qint64 dayNumber)
{
    return dayNumber * LogDayMs - LogDayOffsetMs;
}

} // namespace Console
