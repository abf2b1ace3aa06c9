// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/screenmessage.h"

#include <QStringList>

namespace DeviceLink {

using namespace Qt::StringLiterals;

Result<QString> checkScreenMessage(const QString &message)
{
    QString text = message;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.size() > ScreenMessageRules::MaxLines)
        return Error(ErrorCode::ScreenMessageTooManyLines, u"%1 lines"_s.arg(lines.size()));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QList<uint> codePoints = lines.at(i).toUcs4();
        for (uint c : codePoints) {
            if (QChar::category(char32_t(c)) == QChar::Other_Control
                || QChar::category(char32_t(c)) == QChar::Other_Format)
                return Error(ErrorCode::ScreenMessageInvalidCharacters, u"line %1"_s.arg(i + 1));
        }
        if (codePoints.size() > ScreenMessageRules::MaxLineLength) {
            return Error(ErrorCode::ScreenMessageTooLong,
                         u"line %1 has %2 characters"_s.arg(i + 1).arg(codePoints.size()));
        }
    }
    return lines.join(u'\n');
}

} // namespace DeviceLink
