// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QFont>
#include <QString>
#include <QtGlobal>

namespace ReaderStack {

// Patient-facing text is in Japanese whatever language the console that
// hosts an emulated reader uses, so reader screens translate through their
// own translator instead of the application's. Mark strings with
// QT_TRANSLATE_NOOP("ReaderStack::Screen", "...") so lupdate collects them.
//
// Thread-safe.
QString screenText(const char *sourceText);

// The family list every reader screen uses; both fonts ship with Debian
// (fonts-noto-cjk, fonts-ipaexfont).
QStringList screenFontFamilies();

// A font of those families at a pixel size, hinted for the panel.
QFont screenFont(int pixelSize, QFont::Weight weight = QFont::Normal);

} // namespace ReaderStack
