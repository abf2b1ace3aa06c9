// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QDate>
#include <QString>

namespace ReaderStack {

// The eras a living card holder can be born in, oldest first.
enum class Era { Meiji, Taisho, Showa, Heisei, Reiwa };

// A date as the card prints it: 昭和55年2月17日 is {Showa, 55, 2, 17}.
struct EraDate
{
    Era era = Era::Reiwa;
    int year = 0; // 1 is 元年
    int month = 0;
    int day = 0;

    friend bool operator==(const EraDate &, const EraDate &) = default;
};

// Conversion between Western dates and Japanese era dates, with the exact
// boundaries (an era starts on the day after its predecessor ends, e.g.
// 昭和64年1月7日 is followed by 平成元年1月8日). Dates before 明治6年1月1日
// (when Japan moved to the Gregorian calendar) are out of range.
class JapaneseEra
{
public:
    static DeviceLink::Result<EraDate> fromGregorian(QDate date);
    // InvalidArgument when the era date does not exist (平成32年, 昭和64年2月1日,
    // 令和元年4月30日, 2月30日...).
    static DeviceLink::Result<QDate> toGregorian(const EraDate &date);

    // 明治, 大正, 昭和, 平成, 令和.
    static QString name(Era era);
    static std::optional<Era> fromName(QStringView name);
    static QDate firstDay(Era era);
    // The last day of the era; invalid for the current one.
    static QDate lastDay(Era era);

    // The 6 digits of the birth date in 照合番号B: era year, month and day,
    // two digits each (昭和55年2月17日 → "550217").
    static DeviceLink::Result<QString> birth6(QDate birthDate);
    static QString birth6(const EraDate &date);
    // 「昭和55年 2月17日」: how the card face prints it (month and day padded with a space).
    static QString cardText(const EraDate &date);
};

} // namespace ReaderStack
