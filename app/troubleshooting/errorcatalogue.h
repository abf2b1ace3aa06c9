// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QList>
#include <QString>

namespace Console {

// Every code the product shows, for the エラーコード一覧: the codes a
// reader's screen gives the patient (001–007, and the vendor reader's 011),
// and the console's typed errors (L2xx link, R3xx reader, C4xx console, S5xx
// settings, U6xx updates). Each says what it means, what to do, and which
// troubleshooting flow (resources/flows) takes it on, if one does.
struct CatalogueEntry {
    enum class Source { ReaderScreen, Console };

    QString code; // "001", "L203"
    Source source = Source::Console;
    QString meaning; // in the console's language
    QString action;
    QString flowId; // empty: no flow, the action says it all

    // The code, the texts and the flow, for the search box: a code typed
    // ("203", "L203") or a Japanese symptom read off a screen.
    bool matches(const QString &text) const;
};

class ErrorCatalogue
{
public:
    // Built in the language of the moment.
    static QList<CatalogueEntry> entries();
    // The flow that takes on a typed error of this number, or empty.
    static QString flowFor(int number);
};

} // namespace Console
