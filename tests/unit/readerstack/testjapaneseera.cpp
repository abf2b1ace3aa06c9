// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/card/japaneseera.h"

#include <QTest>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

class TestJapaneseEra final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundaries_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("era");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("birth6");
        QTest::newRow("明治45年7月29日") << QDate(1912, 7, 29) << int(Era::Meiji) << 45 << u"450729"_s;
        QTest::newRow("大正元年7月30日") << QDate(1912, 7, 30) << int(Era::Taisho) << 1 << u"010730"_s;
        QTest::newRow("大正15年12月24日") << QDate(1926, 12, 24) << int(Era::Taisho) << 15 << u"151224"_s;
        QTest::newRow("昭和元年12月25日") << QDate(1926, 12, 25) << int(Era::Showa) << 1 << u"011225"_s;
        QTest::newRow("昭和64年1月7日") << QDate(1989, 1, 7) << int(Era::Showa) << 64 << u"640107"_s;
        QTest::newRow("平成元年1月8日") << QDate(1989, 1, 8) << int(Era::Heisei) << 1 << u"010108"_s;
        QTest::newRow("平成31年4月30日") << QDate(2019, 4, 30) << int(Era::Heisei) << 31 << u"310430"_s;
        QTest::newRow("令和元年5月1日") << QDate(2019, 5, 1) << int(Era::Reiwa) << 1 << u"010501"_s;
        QTest::newRow("昭和55年2月17日") << QDate(1980, 2, 17) << int(Era::Showa) << 55 << u"550217"_s;
        QTest::newRow("明治6年1月1日") << QDate(1873, 1, 1) << int(Era::Meiji) << 6 << u"060101"_s;
        QTest::newRow("平成12年2月29日") << QDate(2000, 2, 29) << int(Era::Heisei) << 12 << u"120229"_s;
    }

    void boundaries()
    {
        QFETCH(QDate, date);
        QFETCH(int, era);
        QFETCH(int, year);
        QFETCH(QString, birth6);
        const Result<EraDate> converted = JapaneseEra::fromGregorian(date);
        QVERIFY(converted.ok());
        QCOMPARE(int(converted->era), era);
        QCOMPARE(converted->year, year);
        QCOMPARE(converted->month, date.month());
        QCOMPARE(converted->day, date.day());
        QCOMPARE(JapaneseEra::birth6(date).value(), birth6);
        // And back.
        const Result<QDate> back = JapaneseEra::toGregorian(converted.value());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), date);
    }

    void eraDatesThatDoNotExist_data()
    {
        QTest::addColumn<int>("era");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::newRow("昭和64年1月8日") << int(Era::Showa) << 64 << 1 << 8;
        QTest::newRow("昭和65年") << int(Era::Showa) << 65 << 1 << 1;
        QTest::newRow("平成元年1月7日") << int(Era::Heisei) << 1 << 1 << 7;
        QTest::newRow("平成31年5月1日") << int(Era::Heisei) << 31 << 5 << 1;
        QTest::newRow("令和元年4月30日") << int(Era::Reiwa) << 1 << 4 << 30;
        QTest::newRow("大正元年7月29日") << int(Era::Taisho) << 1 << 7 << 29;
        QTest::newRow("大正15年12月25日") << int(Era::Taisho) << 15 << 12 << 25;
        QTest::newRow("明治45年7月30日") << int(Era::Meiji) << 45 << 7 << 30;
        QTest::newRow("昭和元年12月24日") << int(Era::Showa) << 1 << 12 << 24;
        QTest::newRow("明治5年 (before the Gregorian calendar)") << int(Era::Meiji) << 5 << 12 << 31;
        QTest::newRow("2月30日") << int(Era::Showa) << 55 << 2 << 30;
        QTest::newRow("平成11年2月29日") << int(Era::Heisei) << 11 << 2 << 29;
        QTest::newRow("month 13") << int(Era::Reiwa) << 5 << 13 << 1;
        QTest::newRow("year 0") << int(Era::Reiwa) << 0 << 6 << 1;
        QTest::newRow("year negative") << int(Era::Showa) << -3 << 6 << 1;
    }

    void eraDatesThatDoNotExist()
    {
        QFETCH(int, era);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        const Result<QDate> date = JapaneseEra::toGregorian({Era(era), year, month, day});
        QVERIFY(!date.ok());
        QCOMPARE(date.error().code(), ErrorCode::InvalidArgument);
    }

    void everyDayRoundTrips()
    {
        // Every day from 1873 to 2040 maps to an era date and back.
        for (QDate d(1873, 1, 1); d <= QDate(2040, 12, 31); d = d.addDays(1)) {
            const Result<EraDate> era = JapaneseEra::fromGregorian(d);
            QVERIFY(era.ok());
            QCOMPARE(JapaneseEra::toGregorian(era.value()).value(), d);
        }
    }

    void datesOutsideTheErasAreRefused()
    {
        QVERIFY(!JapaneseEra::fromGregorian(QDate(1872, 12, 31)).ok());
        QVERIFY(!JapaneseEra::fromGregorian(QDate()).ok());
        QVERIFY(!JapaneseEra::birth6(QDate()).ok());
    }

    void namesAndCardText()
    {
        QCOMPARE(JapaneseEra::name(Era::Meiji), u"明治"_s);
        QCOMPARE(JapaneseEra::name(Era::Taisho), u"大正"_s);
        QCOMPARE(JapaneseEra::name(Era::Showa), u"昭和"_s);
        QCOMPARE(JapaneseEra::name(Era::Heisei), u"平成"_s);
        QCOMPARE(JapaneseEra::name(Era::Reiwa), u"令和"_s);
        QCOMPARE(JapaneseEra::fromName(u"令和"), std::optional<Era>(Era::Reiwa));
        QCOMPARE(JapaneseEra::fromName(u"西暦"), std::nullopt);
        QCOMPARE(JapaneseEra::cardText({Era::Showa, 55, 2, 17}), u"昭和55年 2月17日"_s);
        QCOMPARE(JapaneseEra::cardText({Era::Reiwa, 1, 5, 1}), u"令和元年 5月 1日"_s);
        QCOMPARE(JapaneseEra::firstDay(Era::Heisei), QDate(1989, 1, 8));
        QCOMPARE(JapaneseEra::lastDay(Era::Heisei), QDate(2019, 4, 30));
        QVERIFY(!JapaneseEra::lastDay(Era::Reiwa).isValid());
    }
};

QTEST_GUILESS_MAIN(TestJapaneseEra)
#include "testjapaneseera.moc"
