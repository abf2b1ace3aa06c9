// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/screenmessage.h"

#include <QTest>
#include <string>

using namespace DeviceLink;
using namespace Qt::StringLiterals;

// The screen message's limits, which the console and the reader both apply.
class TestScreenMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("empty") << QString() << 0 << QString();
        QTest::newRow("one line") << u"さくら内科クリニック"_s << 0 << u"さくら内科クリニック"_s;
        QTest::newRow("two lines") << u"さくら内科\n受付はこちら"_s << 0 << u"さくら内科\n受付はこちら"_s;
        QTest::newRow("CRLF") << u"さくら内科\r\n受付"_s << 0 << u"さくら内科\n受付"_s;
        QTest::newRow("trailing spaces and lines") << u"受付  \n\n\n"_s << 0 << u"受付"_s;
        QTest::newRow("20 full-width") << QString(20, QChar(0x3042)) << 0 << QString(20, QChar(0x3042));
        QTest::newRow("21 characters") << QString(21, u'a') << 513 << QString();
        QTest::newRow("second line too long") << (u"ok\n"_s + QString(21, QChar(0x3042))) << 513 << QString();
        QTest::newRow("three lines") << u"a\nb\nc"_s << 514 << QString();
        QTest::newRow("tab") << u"a\tb"_s << 515 << QString();
        QTest::newRow("zero-width space") << u"a\u200bb"_s << 515 << QString();
        // Surrogate pairs count as one character.
        QTest::newRow("20 emoji-free astral") << QString::fromUcs4(std::u32string(20, U'\U00020B9F').data(), 20) << 0
                                              << QString::fromUcs4(std::u32string(20, U'\U00020B9F').data(), 20);
    }

    void rules()
    {
        QFETCH(QString, input);
        QFETCH(int, code);
        QFETCH(QString, normalised);
        Result<QString> checked = checkScreenMessage(input);
        if (code == 0) {
            QVERIFY2(checked.ok(), qPrintable(checked ? QString() : checked.error().toLogString()));
            QCOMPARE(checked.value(), normalised);
        } else {
            QVERIFY(!checked.ok());
            QCOMPARE(checked.error().number(), code);
            QCOMPARE(checked.error().codeString(), u"S%1"_s.arg(code));
        }
    }
};

QTEST_GUILESS_MAIN(TestScreenMessage)
#include "testscreenmessage.moc"
