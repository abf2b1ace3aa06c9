// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/card/collationnumberb.h"

#include "readerstack/card/japaneseera.h"

#include <array>

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

bool allDigits(QStringView text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The birth part is valid when some era has that date: 640107 is 昭和64年1月7日,
// 010108 is 平成元年1月8日 (or 令和元年... which does not exist before 5月1日).
bool isEraBirthDate(QStringView birth6)
{
    const EraDate date{Era::Reiwa, birth6.left(2).toInt(), birth6.mid(2, 2).toInt(), birth6.mid(4, 2).toInt()};
    for (Era era : {Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa}) {
        EraDate candidate = date;
        candidate.era = era;
        if (JapaneseEra::toGregorian(candidate))
            return true;
    }
    return false;
}

Error invalid(const char16_t *why)
{
    return Error(ErrorCode::InvalidCollationNumber, QString::fromUtf16(why));
}

} // namespace

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        volatile char *p = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i)
            p[i] = 0;
    }
    bytes = QByteArray();
}

void wipeString(QString &text)
{
    if (!text.isEmpty()) {
        volatile char16_t *p = reinterpret_cast<char16_t *>(text.data());
        for (qsizetype i = 0; i < text.size(); ++i)
            p[i] = 0;
    }
    text = QString();
}

CollationNumberB::CollationNumberB(QByteArray digits)
    : m_digits(std::move(digits))
{
}

CollationNumberB::CollationNumberB(const CollationNumberB &other)
    : m_digits(other.m_digits.constData(), other.m_digits.size())
{
}

CollationNumberB &CollationNumberB::operator=(const CollationNumberB &other)
{
    if (this != &other) {
        wipe();
        m_digits = QByteArray(other.m_digits.constData(), other.m_digits.size());
    }
    return *this;
}

CollationNumberB::CollationNumberB(CollationNumberB &&other) noexcept
    : m_digits(std::exchange(other.m_digits, QByteArray()))
{
}

CollationNumberB &CollationNumberB::operator=(CollationNumberB &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_digits = std::exchange(other.m_digits, QByteArray());
    }
    return *this;
}

CollationNumberB::~CollationNumberB()
{
    wipe();
}

void CollationNumberB::wipe()
{
    wipeBytes(m_digits);
}

Result<CollationNumberB> CollationNumberB::fromParts(QStringView birth6, QStringView expiry4, QStringView code4)
{
    if (!allDigits(birth6, 6))
        return invalid(u"birth part is not 6 digits");
    if (!allDigits(expiry4, 4))
        return invalid(u"expiry part is not 4 digits");
    if (!allDigits(code4, 4))
        return invalid(u"security code is not 4 digits");
    if (!isEraBirthDate(birth6))
        return invalid(u"birth part is no era date");
    const int expiryYear = expiry4.toInt();
    // The cards were first issued in 2016 (平成28年); ten years plus a birthday
    // is the longest validity.
    if (expiryYear < 2015 || expiryYear > 2099)
        return invalid(u"expiry year out of range");
    QByteArray digits;
    digits.reserve(14);
    for (QStringView part : {birth6, expiry4, code4}) {
        for (QChar c : part)
            digits.append(char(c.unicode()));
    }
    return CollationNumberB(std::move(digits));
}

Result<CollationNumberB> CollationNumberB::fromString(QStringView digits14)
{
    if (!allDigits(digits14, 14))
        return invalid(u"not 14 digits");
    return fromParts(digits14.left(6), digits14.mid(6, 4), digits14.mid(10, 4));
}

QString CollationNumberB::birth6() const
{
    return QString::fromLatin1(m_digits.left(6));
}

QString CollationNumberB::expiry4() const
{
    return QString::fromLatin1(m_digits.mid(6, 4));
}

QString CollationNumberB::code4() const
{
    return QString::fromLatin1(m_digits.mid(10, 4));
}

QString CollationNumberB::toString() const
{
    return QString::fromLatin1(m_digits);
}

} // namespace ReaderStack
