// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/card/collationnumberb.h"
#include "readerstack/ocr/cardfacereader.h"

#include <QDate>

#include <functional>

namespace ReaderStack {

// What reading the card face gave the flow. Personal data (collation):
// the flow wipes it as soon as the chip has answered; never log it.
struct CardFaceResult
{
    CardReadFailure failure = CardReadFailure::None;
    CollationNumberB collation;
    // The expiry of the card's electronic certificate, when the reader
    // knows it (invalid otherwise): it decides the renewal notice.
    QDate certificateExpiry;
};

// Where PatientFlow gets the card face read: the camera and the OCR on a
// reader, a script in tests and in the emulated reader.
//
// read() starts one reading and returns; done is called once, later or at
// once, on the flow's thread, unless cancel() came first. The source gives
// up on its own terms (a frame budget) with Unreadable; the flow has its
// own timeout on top.
class CardFaceSource
{
public:
    virtual ~CardFaceSource() = default;
    virtual void read(std::function<void(CardFaceResult)> done) = 0;
    virtual void cancel() = 0;
};

} // namespace ReaderStack
