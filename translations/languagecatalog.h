// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QString>
#include <QStringList>

// The UI languages Madoguchi ships, and where their compiled catalogues
// live in the resources (":/i18n/madoguchi_<code>.qm").
namespace Translations {

// Japanese first: it is the default for clinics.
QStringList availableLanguages();
QString defaultLanguage();
QString catalogPath(const QString &languageCode);
// The language's own name, for the language menu: 日本語, English.
QString nativeName(const QString &languageCode);

} // namespace Translations
