// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/flowstep.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Console {

QJsonObject FlowStep::toJson() const
{
    QJsonObject object{
        {u"time"_s, time.toUTC().toString(Qt::ISODate)},
        {u"node"_s, nodeId},
        {u"kind"_s, kind},
        {u"shown"_s, shown},
        {u"result"_s, result},
    };
    if (answer >= 0)
        object.insert(u"answer"_s, answer);
    if (!detail.isEmpty())
        object.insert(u"detail"_s, detail);
    return object;
}

QString FlowStep::toLine() const
{
    QString line = time.toUTC().toString(Qt::ISODate) + u' ' + kind + u' ' + nodeId;
    if (!result.isEmpty())
        line += u" → "_s + result;
    if (!detail.isEmpty())
        line += u" ("_s + detail + u')';
    if (!shown.isEmpty())
        line += u": "_s + QString(shown).replace(u'\n', u' ');
    return line;
}

QString FlowStep::sanitise(const QString &detail)
{
    // Unicode digits too: a PIN typed on a Japanese keyboard is full-width.
    static const QRegularExpression longDigits(u"\\d{4,}"_s, QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression unprintable(u"[\\x00-\\x1f\\x7f]"_s);
    QString clean = detail.left(200);
    clean.replace(unprintable, u" "_s);
    clean.replace(longDigits, u"#"_s);
    return clean.simplified().left(120);
}

} // namespace Console
