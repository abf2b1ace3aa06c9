// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/logs/logrecord.h"

#include <QMetaType>
#include <QStringList>

#include <limits>

namespace Console {

// What a log query selects. Empty members select everything; all members
// given must hold (AND).
struct LogFilter
{
    enum class TextMode : quint8 {
        // Through the full-text index: every whitespace-separated term must
        // occur in the message or the code (ASCII case-insensitive; fields
        // are not searched).
        // Japanese terms of any length, ASCII words and codes.
        FullText,
        // The same terms with SQL LIKE over the message, without the index;
        // kept for comparison (benchmark) and as a fallback.
        Like,
    };

    QStringList sources;               // reader serials and/or LogRecord::ConsoleSource
    quint8 levels = 0;                 // bit (1 << LogLevel); 0: every level
    qint64 fromMs = std::numeric_limits<qint64>::min(); // inclusive, UTC ms
    qint64 toMs = std::numeric_limits<qint64>::max();   // exclusive, UTC ms
    QString code;                      // exact, case-insensitive
    QString category;                  // exact
    QString text;
    TextMode textMode = TextMode::FullText;

    static constexpr quint8 levelBit(LogLevel level) { return quint8(1u << quint8(level)); }
    bool acceptsLevel(LogLevel level) const { return levels == 0 || (levels & levelBit(level)); }
    bool isEmpty() const
    {
        return sources.isEmpty() && levels == 0 && fromMs == std::numeric_limits<qint64>::min()
            && toMs == std::numeric_limits<qint64>::max() && code.isEmpty() && category.isEmpty()
            && text.trimmed().isEmpty();
    }
    friend bool operator==(const LogFilter &, const LogFilter &) = default;
};

} // namespace Console

Q_DECLARE_METATYPE(Console::LogFilter)
