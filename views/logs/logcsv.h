// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/logs/logrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Views {

// Log records as CSV (RFC 4180): a header line, one line per record, CRLF
// line ends; a field with a comma, a quote, CR or LF is quoted and its
// quotes doubled. Times are ISO 8601 in Asia/Tokyo with the offset. The
// column names are fixed English identifiers so that support's tools can
// read files from any UI language.
class LogCsv
{
public:
    static QString field(const QString &value);
    static QString header();
    static QString line(const Console::LogRecord &record);
    static QString toCsv(const QList<Console::LogRecord> &records);
    // UTF-8 with a byte order mark, which spreadsheet programs on Windows
    // need to read Japanese text.
    static QByteArray toFileContents(const QList<Console::LogRecord> &records);
};

} // namespace Views
