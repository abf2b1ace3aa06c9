// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/card/japaneseera.h"

#include <array>

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

struct EraSpan
{
    Era era;
    QDate first;
};

// 明治 counts from its proclamation year 1868; the Gregorian calendar starts
// on 明治6年1月1日, so earlier dates have no Gregorian equivalent here.
const std::array<EraSpan, 5> &spans()
{
    static const std::array<EraSpan, 5> table{{
        {Era::Meiji, QDate(1868, 1, 1)},
        {Era::Taisho, QDate(1912, 7, 30)},
        {Era::Showa, QDate(1926, 12, 25)},
        {Era::Heisei, QDate(1989, 1, 8)},
        {Era::Reiwa, QDate(2019, 5, 1)},
    }};
    return table;
}

const QDate GregorianStart(1873, 1, 1);

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

} // namespace

QDate JapaneseEra::firstDay(Era era)
{
    return spans()[static_cast<size_t>(era)].first;
}

QDate JapaneseEra::lastDay(Era era)
{
    const auto next = static_cast<size_t>(era) + 1;
    return next < spans().size() ? spans()[next].first.addDays(-1) : QDate();
}

Result<EraDate> JapaneseEra::fromGregorian(QDate date)
{
    if (!date.isValid() || date < GregorianStart)
        return Error(ErrorCode::InvalidArgument, u"date outside the supported eras"_s);
    auto it = spans().rbegin();
    while (date < it->first)
        ++it; // ends at 明治 at the latest: date >= GregorianStart
    return EraDate{it->era, date.year() - it->first.year() + 1, date.month(), date.day()};
}

Result<QDate> JapaneseEra::toGregorian(const EraDate &date)
{
    if (date.year < 1 || date.year > 99)
        return Error(ErrorCode::InvalidArgument, u"era year out of range"_s);
    const QDate first = firstDay(date.era);
    const QDate gregorian(first.year() + date.year - 1, date.month, date.day);
    if (!gregorian.isValid() || gregorian < first || gregorian < GregorianStart)
        return Error(ErrorCode::InvalidArgument, u"no such era date"_s);
    const QDate last = lastDay(date.era);
    if (last.isValid() && gregorian > last)
        return Error(ErrorCode::InvalidArgument, u"no such era date"_s);
    return gregorian;
}

QString JapaneseEra::name(Era era)
{
    switch (era) {
    case Era::Meiji:
        return u"明治"_s;
    case Era::Taisho:
        return u"大正"_s;
    case Era::Showa:
        return u"昭和"_s;
    case Era::Heisei:
        return u"平成"_s;
    case Era::Reiwa:
        return u"令和"_s;
    }
    return {};
}

std::optional<Era> JapaneseEra::fromName(QStringView name)
{
    for (const EraSpan &span : spans()) {
        if (name == JapaneseEra::name(span.era))
            return span.era;
    }
    return std::nullopt;
}

Result<QString> JapaneseEra::birth6(QDate birthDate)
{
    Result<EraDate> era = fromGregorian(birthDate);
    if (!era)
        return era.error();
    return birth6(era.value());
}

QString JapaneseEra::birth6(const EraDate &date)
{
    return twoDigits(date.year) + twoDigits(date.month) + twoDigits(date.day);
}

QString JapaneseEra::cardText(const EraDate &date)
{
    const QString year = date.year == 1 ? u"元"_s : QString::number(date.year).rightJustified(2, u' ');
    return name(date.era) + year + u'年' + QString::number(date.month).rightJustified(2, u' ') + u'月'
        + QString::number(date.day).rightJustified(2, u' ') + u'日';
}

} // namespace ReaderStack
