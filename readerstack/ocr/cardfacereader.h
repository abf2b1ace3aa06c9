// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "readerstack/card/collationnumberb.h"
#include "readerstack/card/japaneseera.h"

#include <QDate>
#include <QImage>
#include <QString>

#include <memory>

namespace ReaderStack {

// How the patient flow should treat a failed reading; it maps these to the
// on-screen codes 001 (マイナンバーカードの認識不可) and 002 (マイナンバーカード以外).
enum class CardReadFailure { None, Unreadable, NotMyNumberCard };

// The three fields of the card face that make 照合番号B. Personal data:
// wipe() (also run by the destructor) overwrites it; never log it.
struct CardFaceReading
{
    CardFaceReading() = default;
    CardFaceReading(const CardFaceReading &) = delete;
    CardFaceReading &operator=(const CardFaceReading &) = delete;
    CardFaceReading(CardFaceReading &&other) noexcept = default;
    CardFaceReading &operator=(CardFaceReading &&other) noexcept = default;
    ~CardFaceReading() { wipe(); }

    EraDate birth;
    QDate birthDate;
    QString birth6;
    QString expiry4;
    QString code4;
    CollationNumberB collation;

    void wipe();
};

// Reads the birth date (with its era), the expiry year and the security
// code off a camera frame of the card tray.
//
// The card is found by its outline (edges and brightness, then the best
// quadrilateral of ID-1 proportions) and rectified to a canonical size. The
// photo is found before the print is flattened, where the background is
// darker than the paper around it; the text lines are ink on the flattened
// background. Fields are recognised by what they say, not where a
// particular layout puts them: the birth date is the line reading
// <era>NN年NN月NN日, the expiry the line with a 4-digit year and 年…月…日
// (…まで有効), the security code a short line of exactly 4 digits under the
// photo (or, where no photo is made out, on the right half of the card),
// read confidently or alike in two renderings. The birth line is read a
// second time stretched wider, which gives back digits the model merges
// ("11" read as "1"); the reading whose month and day match the expiry's
// (cards expire on a birthday) wins, and a birth month or day short of
// digits the expiry's has takes those of the expiry. Readings are
// validated: real era dates, no birth in the future, an expiry between 2015
// and ten years and a birthday from today.
//
// Each CardFaceReader owns two Tesseract engines (jpn for the era and
// kanji, eng restricted to digits), initialised once in create(): that costs
// 60–125 ms and must not happen per frame. One instance per thread; read()
// is not reentrant. No exception escapes it: OpenCV and Tesseract failures
// become errors.
class CardFaceReader
{
public:
    struct Options
    {
        QString tessdataPath = QStringLiteral("/usr/share/tesseract-ocr/5/tessdata");
        // The day births may not come after; invalid means today.
        QDate today;
    };

    // OcrEngineUnavailable when the language data cannot be loaded.
    static DeviceLink::Result<std::unique_ptr<CardFaceReader>> create();
    static DeviceLink::Result<std::unique_ptr<CardFaceReader>> create(const Options &options);
    ~CardFaceReader();

    // CardImageInvalid (empty or tiny frame), CardUnreadable (no card, or
    // fields not readable in this frame: the caller tries the next one),
    // NotMyNumberCard (a card-like object of other proportions than ID-1).
    DeviceLink::Result<CardFaceReading> read(const QImage &frame);

    static CardReadFailure failureOf(const DeviceLink::Error &error);

private:
    struct Engines;
    explicit CardFaceReader(std::unique_ptr<Engines> engines, const Options &options);

    std::unique_ptr<Engines> m_engines;
    Options m_options;
};

} // namespace ReaderStack
