// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/registration/accountname.h"

#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

// Every rule a login name and its password must satisfy, with the code the
// manager is told.
class TestAccountName final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("normalised");

        QTest::newRow("shortest") << u"F01234"_s << 0 << u"F01234"_s;
        QTest::newRow("longest") << u"F0ABCDEFGHIJ12345678"_s << 0 << u"F0ABCDEFGHIJ12345678"_s;
        QTest::newRow("mixed case") << u"F0clinicA01"_s << 0 << u"F0clinicA01"_s;
        QTest::newRow("surrounding spaces") << u"  F0clinic01 "_s << 0 << u"F0clinic01"_s;
        QTest::newRow("full-width from an IME") << u"Ｆ０ｃｌｉｎｉｃ０１"_s << 0 << u"F0clinic01"_s;
        QTest::newRow("empty") << QString() << 501 << QString();
        QTest::newRow("letter O") << u"FOclinic01"_s << 501 << QString();
        QTest::newRow("lower-case f") << u"f0clinic01"_s << 501 << QString();
        QTest::newRow("other prefix") << u"A0clinic01"_s << 501 << QString();
        QTest::newRow("too short") << u"F0abc"_s << 502 << QString();
        QTest::newRow("too long") << u"F0ABCDEFGHIJ123456789"_s << 502 << QString();
        QTest::newRow("space inside") << u"F0 clinic"_s << 503 << QString();
        QTest::newRow("hyphen") << u"F0-clinic"_s << 503 << QString();
        QTest::newRow("kana") << u"F0くりにっく"_s << 503 << QString();
        QTest::newRow("underscore") << u"F0clinic_1"_s << 503 << QString();
    }

    void names()
    {
        QFETCH(QString, input);
        QFETCH(int, code);
        QFETCH(QString, normalised);
        Result<QString> checked = checkAccountName(input);
        if (code == 0) {
            QVERIFY2(checked.ok(), qPrintable(checked ? QString() : checked.error().toLogString()));
            QCOMPARE(checked.value(), normalised);
        } else {
            QVERIFY(!checked.ok());
            QCOMPARE(checked.error().number(), code);
            QVERIFY(checked.error().codeString().startsWith(u'S'));
            QVERIFY(!checked.error().message().isEmpty());
        }
    }

    void letterOIsExplained()
    {
        Result<QString> checked = checkAccountName(u"FO12345"_s);
        QVERIFY(!checked.ok());
        QVERIFY(checked.error().detail().contains(u"letter O"_s));
    }

    void passwords_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("ok");
        QTest::newRow("one character") << u"x"_s << true;
        QTest::newRow("symbols and spaces") << u"p@ss word!"_s << true;
        QTest::newRow("Japanese") << u"ぱすわーど"_s << true;
        QTest::newRow("128") << QString(128, u'a') << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("129") << QString(129, u'a') << false;
        QTest::newRow("line break") << u"abc\ndef"_s << false;
        QTest::newRow("tab") << u"abc\tdef"_s << false;
    }

    void passwords()
    {
        QFETCH(QString, password);
        QFETCH(bool, ok);
        Result<void> checked = checkAccountPassword(password);
        QCOMPARE(checked.ok(), ok);
        if (!ok) {
            QCOMPARE(checked.error().code(), ErrorCode::AccountPasswordInvalid);
            // The detail goes to logs: it never repeats the password.
            QVERIFY(password.isEmpty() || !checked.error().detail().contains(password));
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountName)
#include "testaccountname.moc"
