// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/screen/screentext.h"

#include <QTranslator>

namespace ReaderStack {

using namespace Qt::StringLiterals;

namespace {

const QTranslator &japanese()
{
    static const QTranslator *translator = [] {
        auto *t = new QTranslator;
        // Missing catalogue: the English source text is shown; the reader
        // still works.
        (void)t->load(u":/i18n/madoguchi_ja.qm"_s);
        return t;
    }();
    return *translator;
}

} // namespace

QString screenText(const char *sourceText)
{
    const QString translated = japanese().translate("ReaderStack::Screen", sourceText);
    return translated.isEmpty() ? QString::fromUtf8(sourceText) : translated;
}

QStringList screenFontFamilies()
{
    return {u"Noto Sans CJK JP"_s, u"IPAexGothic"_s, u"sans-serif"_s};
}

QFont screenFont(int pixelSize, QFont::Weight weight)
{
    QFont font;
    font.setFamilies(screenFontFamilies());
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    font.setHintingPreference(QFont::PreferFullHinting);
    return font;
}

} // namespace ReaderStack
