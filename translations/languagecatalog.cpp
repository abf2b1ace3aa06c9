// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "translations/languagecatalog.h"

namespace Translations {

using namespace Qt::StringLiterals;

QStringList availableLanguages()
{
    return {u"ja"_s, u"en"_s};
}

QString defaultLanguage()
{
    return u"ja"_s;
}

QString catalogPath(const QString &languageCode)
{
    return u":/i18n/madoguchi_"_s + languageCode + u".qm"_s;
}

QString nativeName(const QString &languageCode)
{
    if (languageCode == u"ja"_s)
        return u"日本語"_s;
    if (languageCode == u"en"_s)
        return u"English"_s;
    return languageCode;
}

} // namespace Translations
