// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QObject>
#include <QTranslator>

namespace Console {

// Installs the translators of the UI language: Madoguchi's own catalogue and
// Qt's (standard buttons, dialogs). Switching at run time sends LanguageChange
// to every widget, which retranslates itself.
//
// Thread: GUI thread.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // InvalidArgument for a language Madoguchi does not ship.
    DeviceLink::Result<void> setLanguage(const QString &code);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QTranslator m_application;
    QTranslator m_qt;
    QString m_language;
};

} // namespace Console
