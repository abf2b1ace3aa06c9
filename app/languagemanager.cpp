// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/languagemanager.h"

#include "translations/languagecatalog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(&m_application);
    QCoreApplication::removeTranslator(&m_qt);
}

Result<void> LanguageManager::setLanguage(const QString &code)
{
    if (!Translations::availableLanguages().contains(code))
        return Error(ErrorCode::InvalidArgument, u"unknown language "_s + code);
    if (code == m_language)
        return {};
    QCoreApplication::removeTranslator(&m_application);
    QCoreApplication::removeTranslator(&m_qt);
    // English is the source language: its catalogue holds plural forms only.
    if (m_application.load(Translations::catalogPath(code)))
        QCoreApplication::installTranslator(&m_application);
    if (m_qt.load(QLocale(code), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_language = code;
    QLocale::setDefault(QLocale(code));
    Q_EMIT languageChanged(code);
    return {};
}

} // namespace Console
