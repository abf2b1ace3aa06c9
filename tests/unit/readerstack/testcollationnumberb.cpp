// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/card/collationnumberb.h"

#include <QTest>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

class TestCollationNumberB final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assemblesBirthExpiryAndCode()
    {
        const Result<CollationNumberB> number = CollationNumberB::fromParts(u"550217", u"2035", u"2285");
        QVERIFY(number.ok());
        QCOMPARE(number->toString(), u"55021720352285"_s);
        QCOMPARE(number->digits(), QByteArray("55021720352285"));
        QCOMPARE(number->birth6(), u"550217"_s);
        QCOMPARE(number->expiry4(), u"2035"_s);
        QCOMPARE(number->code4(), u"2285"_s);
        const Result<CollationNumberB> parsed = CollationNumberB::fromString(u"55021720352285");
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value() == number.value());
    }

    void eraBoundaryBirthPartsAreValid()
    {
        QVERIFY(CollationNumberB::fromParts(u"640107", u"2030", u"0000").ok()); // 昭和64年1月7日
        QVERIFY(CollationNumberB::fromParts(u"010108", u"2030", u"0000").ok()); // 平成元年1月8日
        QVERIFY(CollationNumberB::fromParts(u"310430", u"2030", u"0000").ok()); // 平成31年4月30日
        QVERIFY(CollationNumberB::fromParts(u"120229", u"2030", u"9999").ok()); // 平成12年2月29日
    }

    void invalidPartsAreRefused_data()
    {
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("expiry");
        QTest::addColumn<QString>("code");
        QTest::newRow("short birth") << u"55021"_s << u"2035"_s << u"2285"_s;
        QTest::newRow("long code") << u"550217"_s << u"2035"_s << u"22850"_s;
        QTest::newRow("letters") << u"55O217"_s << u"2035"_s << u"2285"_s;
        QTest::newRow("full-width digits") << u"５５０２１７"_s << u"2035"_s << u"2285"_s;
        QTest::newRow("month 13") << u"551317"_s << u"2035"_s << u"2285"_s;
        QTest::newRow("day 32") << u"550232"_s << u"2035"_s << u"2285"_s;
        QTest::newRow("Feb 30 in every era") << u"550230"_s << u"2035"_s << u"2285"_s;
        QTest::newRow("era year 0") << u"000217"_s << u"2035"_s << u"2285"_s;
        QTest::newRow("元年1月1日: in no era") << u"010101"_s << u"2035"_s << u"2285"_s;
        QTest::newRow("expiry before the cards") << u"550217"_s << u"2014"_s << u"2285"_s;
        QTest::newRow("expiry far future") << u"550217"_s << u"2135"_s << u"2285"_s;
        QTest::newRow("empty") << QString() << QString() << QString();
    }

    void invalidPartsAreRefused()
    {
        QFETCH(QString, birth);
        QFETCH(QString, expiry);
        QFETCH(QString, code);
        const Result<CollationNumberB> number = CollationNumberB::fromParts(birth, expiry, code);
        QVERIFY(!number.ok());
        QCOMPARE(number.error().code(), ErrorCode::InvalidCollationNumber);
        // The detail goes to logs: it must not repeat the digits.
        QVERIFY(!number.error().detail().contains(u"2285"_s));
    }

    void invalidStringsAreRefused()
    {
        for (const QString &text : {u""_s, u"5502172035228"_s, u"550217203522850"_s, u"55021720352 85"_s}) {
            const Result<CollationNumberB> number = CollationNumberB::fromString(text);
            QVERIFY2(!number.ok(), qPrintable(text));
        }
    }

    void wipeOverwritesAndEmpties()
    {
        CollationNumberB number = CollationNumberB::fromString(u"55021720352285").value();
        CollationNumberB copy = number;
        number.wipe();
        QVERIFY(number.isEmpty());
        QVERIFY(number.toString().isEmpty());
        // A copy owns its own digits.
        QCOMPARE(copy.toString(), u"55021720352285"_s);
        CollationNumberB moved = std::move(copy);
        QVERIFY(copy.isEmpty());
        QCOMPARE(moved.toString(), u"55021720352285"_s);
    }

    void wipeHelpersClearBuffers()
    {
        QByteArray bytes("secret");
        wipeBytes(bytes);
        QVERIFY(bytes.isEmpty());
        QString text = u"昭和55年"_s;
        wipeString(text);
        QVERIFY(text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCollationNumberB)
#include "testcollationnumberb.moc"
