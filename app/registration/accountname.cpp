// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/registration/accountname.h"

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

bool isAsciiAlphanumeric(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

} // namespace

Result<QString> checkAccountName(const QString &input)
{
    const QString name = input.normalized(QString::NormalizationForm_KC).trimmed();
    if (!name.startsWith(u"F0"_s)) {
        QString hint;
        if (name.startsWith(u"FO"_s, Qt::CaseInsensitive))
            hint = u"second character is the letter O, not the digit zero"_s;
        else if (name.startsWith(u"f0"_s))
            hint = u"lower-case f"_s;
        else
            hint = u"does not start with F0"_s;
        return Error(ErrorCode::AccountNameMissingPrefix, hint);
    }
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!isAsciiAlphanumeric(name.at(i)))
            return Error(ErrorCode::AccountNameCharacters, u"character %1"_s.arg(i + 1));
    }
    if (name.size() < AccountRules::MinLength || name.size() > AccountRules::MaxLength)
        return Error(ErrorCode::AccountNameLength, u"%1 characters"_s.arg(name.size()));
    return name;
}

Result<void> checkAccountPassword(const QString &password)
{
    if (password.isEmpty())
        return Error(ErrorCode::AccountPasswordInvalid, u"empty"_s);
    if (password.size() > AccountRules::MaxPasswordLength)
        return Error(ErrorCode::AccountPasswordInvalid, u"too long"_s);
    for (QChar c : password) {
        if (c.category() == QChar::Other_Control)
            return Error(ErrorCode::AccountPasswordInvalid, u"control character"_s);
    }
    return {};
}

} // namespace Console
