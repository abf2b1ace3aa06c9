// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logrecord.h"

#include <QDateTime>
#include <QTimeZone>

namespace Console {

using namespace Qt::StringLiterals;

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return u"DEBUG"_s;
    case LogLevel::Info:
        return u"INFO"_s;
    case LogLevel::Warning:
        return u"WARN"_s;
    case LogLevel::Error:
        return u"ERROR"_s;
    case LogLevel::Critical:
        return u"CRIT"_s;
    }
    return u"?"_s;
}

QString LogRecord::toLine() const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone(int(LogDayOffsetMs / 1000)));
    QString line = local.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u" +0900 "_s + source + u' ' + logLevelName(level)
        + u' ' + category + u' ' + (code.isEmpty() ? u"-"_s : code) + u' ' + QString(message).replace(u'\n', u"\\n"_s);
    for (const LogField &field : fields)
        line += u' ' + field.key + u'=' + QString(field.value).replace(u"\\"_s, u"\\\\"_s).replace(u'\n', u"\\n"_s);
    return line;
}

} // namespace Console
