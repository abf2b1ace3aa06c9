// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/logs/logcsv.h"

#include <QDateTime>
#include <QTimeZone>

namespace Views {

using namespace Console;
using namespace Qt::StringLiterals;

QString LogCsv::field(const QString &value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r');
    if (!quote)
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString LogCsv::header()
{
    return u"time,reader,level,category,code,message,fields\r\n"_s;
}

QString LogCsv::line(const LogRecord &record)
{
    QStringList fields;
    for (const LogField &f : record.fields)
        fields.append(f.key + u'=' + f.value);
    const QString time = QDateTime::fromMSecsSinceEpoch(record.timeMs, QTimeZone(int(LogDayOffsetMs / 1000)))
                             .toString(u"yyyy-MM-ddTHH:mm:ss.zzz+09:00"_s);
    return time + u',' + field(record.source) + u',' + logLevelName(record.level) + u',' + field(record.category)
        + u',' + field(record.code) + u',' + field(record.message) + u',' + field(fields.join(u' ')) + u"\r\n"_s;
}

QString LogCsv::toCsv(const QList<LogRecord> &records)
{
    QString out = header();
    for (const LogRecord &record : records)
        out += line(record);
    return out;
}

QByteArray LogCsv::toFileContents(const QList<LogRecord> &records)
{
    return QByteArray("\xEF\xBB\xBF") + toCsv(records).toUtf8();
}

} // namespace Views
