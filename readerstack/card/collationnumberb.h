// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QByteArray>
#include <QString>

namespace ReaderStack {

// 照合番号B: the 14 digits read off the card face that unlock the chip's
// 券面事項確認AP: birth date as era YYMMDD, expiry year (Western, 4 digits)
// and the 4-digit security code, e.g. 550217 2035 2285.
//
// It is personal data: never log it. The digits live in one buffer this
// object owns and overwrites on destruction and on wipe(); copies made from
// digits() are the caller's to wipe.
class CollationNumberB
{
public:
    CollationNumberB() = default;
    CollationNumberB(const CollationNumberB &other);
    CollationNumberB &operator=(const CollationNumberB &other);
    CollationNumberB(CollationNumberB &&other) noexcept;
    CollationNumberB &operator=(CollationNumberB &&other) noexcept;
    ~CollationNumberB();

    // InvalidCollationNumber when a part has the wrong length, holds a
    // non-digit, the birth part is no real era date, the expiry year is
    // outside 2015–2099 or the month/day fields are out of range.
    static DeviceLink::Result<CollationNumberB> fromParts(QStringView birth6, QStringView expiry4,
                                                          QStringView code4);
    static DeviceLink::Result<CollationNumberB> fromString(QStringView digits14);

    bool isEmpty() const { return m_digits.isEmpty(); }
    // ASCII digits, what VERIFY sends.
    QByteArray digits() const { return m_digits; }
    QString birth6() const;
    QString expiry4() const;
    QString code4() const;
    QString toString() const;
    void wipe();

    friend bool operator==(const CollationNumberB &a, const CollationNumberB &b) { return a.m_digits == b.m_digits; }

private:
    explicit CollationNumberB(QByteArray digits);

    QByteArray m_digits;
};

// Overwrites the bytes before releasing them. The array must not share its
// data (a detached copy would be wiped instead of the original).
void wipeBytes(QByteArray &bytes);
void wipeString(QString &text);

} // namespace ReaderStack
