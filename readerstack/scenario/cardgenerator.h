// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/card/virtualmynumbercard.h"

#include <QDate>
#include <QImage>
#include <QString>

namespace ReaderStack {

// What the card face says, for checking a reading against.
struct CardTruth
{
    QDate birthDate;
    QDate expiryDate;
    QString birth6; // era YYMMDD
    QString expiry4;
    QString code4;
    QString collation; // birth6 + expiry4 + code4
    QString fontFamily;
};

struct GeneratedCard
{
    QImage frame; // the camera frame (or the flat card face without distortions)
    CardTruth truth;
    CardHolder holder; // what the matching virtual chip is issued with
};

// Synthetic My Number card fronts in a camera frame, for tests and the OCR
// benchmark. Everything follows from (seed, index): the same pair gives the
// same pixels and the same truth on every run of the same build. Holders
// are random people from small lists (names, addresses, birth dates from
// 大正 to 令和), drawn in one of four Japanese fonts with layout jitter, then
// photographed: a tray background, rotation, perspective, blur, noise, a
// glare spot and JPEG compression. Needs a QGuiApplication (fonts).
class CardGenerator
{
public:
    struct Options
    {
        bool distort = true; // false: the flat card face only, 856×540
        QSize frameSize{1280, 720};
        double maxRotationDegrees = 8.0;
        double maxPerspective = 0.04; // corner displacement, fraction of the card width
        double maxBlurSigma = 1.2;
        double maxNoiseSigma = 6.0;
        double glareProbability = 0.5;
        int minJpegQuality = 55;
    };

    static constexpr QSize CardSize{856, 540}; // ID-1, 10 px per mm

    explicit CardGenerator(quint64 seed);
    CardGenerator(quint64 seed, const Options &options);

    GeneratedCard generate(int index) const;

    static QStringList fontFamilies();

private:
    quint64 m_seed;
    Options m_options;
};

} // namespace ReaderStack
