// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/admin/adminpassword.h"
#include "readerstack/admin/cornertapsequence.h"

#include <QRect>
#include <QTest>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;
using Corner = CornerTapSequence::Corner;

// What opens the admin screen: the corner taps (order, timing, resets) and
// the admin password (rules, hashing, tries limited).
class TestAdminGate final : public QObject
{
    Q_OBJECT

private:
    static QPoint at(const CornerTapSequence &sequence, Corner corner) { return sequence.cornerArea(corner).center(); }

    // Taps the default order with the given gaps (ms) before taps 2..6.
    static bool tapAll(CornerTapSequence &sequence, const QList<int> &gaps, qint64 start = 10000)
    {
        const QList<Corner> order = CornerTapSequence::defaultOrder();
        qint64 t = start;
        bool opened = false;
        for (int i = 0; i < order.size(); ++i) {
            if (i > 0)
                t += gaps.at(i - 1);
            opened = sequence.tap(at(sequence, order.at(i)), t);
            if (opened && i != order.size() - 1)
                return false;
        }
        return opened;
    }

private Q_SLOTS:
    void timing_data()
    {
        QTest::addColumn<QList<int>>("gaps");
        QTest::addColumn<bool>("opens");
        QTest::newRow("one second apart") << QList<int>{1000, 1000, 1000, 1000, 1000} << true;
        QTest::newRow("uneven but tolerated") << QList<int>{400, 1800, 700, 2400, 300} << true;
        QTest::newRow("too quick") << QList<int>{1000, 1000, 200, 1000, 1000} << false;
        QTest::newRow("too slow") << QList<int>{1000, 2600, 1000, 1000, 1000} << false;
    }

    void timing()
    {
        QFETCH(QList<int>, gaps);
        QFETCH(bool, opens);
        CornerTapSequence sequence(QSize(1024, 600));
        QCOMPARE(tapAll(sequence, gaps), opens);
    }

    void wrongOrderResets()
    {
        CornerTapSequence sequence(QSize(1024, 600));
        qint64 t = 0;
        QVERIFY(!sequence.tap(at(sequence, Corner::TopLeft), t += 1000));
        QVERIFY(!sequence.tap(at(sequence, Corner::TopRight), t += 1000));
        QCOMPARE(sequence.progress(), 2);
        QVERIFY(!sequence.tap(at(sequence, Corner::BottomRight), t += 1000)); // BL expected
        QCOMPARE(sequence.progress(), 0);
        // A wrong tap on the first corner begins the next attempt at once.
        QVERIFY(!sequence.tap(at(sequence, Corner::TopLeft), t += 1000));
        QCOMPARE(sequence.progress(), 1);
        QVERIFY(!sequence.tap(QPoint(512, 300), t += 1000)); // not a corner
        QCOMPARE(sequence.progress(), 0);
    }

    void slowTapOnFirstCornerRestarts()
    {
        CornerTapSequence sequence(QSize(1024, 600));
        QVERIFY(!sequence.tap(at(sequence, Corner::TopLeft), 1000));
        QVERIFY(!sequence.tap(at(sequence, Corner::TopLeft), 9000));
        QCOMPARE(sequence.progress(), 1);
        QVERIFY(tapAll(sequence, {1000, 1000, 1000, 1000, 1000}, 20000));
        // Ready for the next time.
        QCOMPARE(sequence.progress(), 0);
        QVERIFY(tapAll(sequence, {1000, 1000, 1000, 1000, 1000}, 40000));
    }

    void configurableOrderAndCornerAreas()
    {
        CornerTapSequence sequence(QSize(1024, 600), {Corner::BottomRight, Corner::BottomLeft});
        QCOMPARE(sequence.cornerArea(Corner::BottomRight), QRect(1024 - 96, 600 - 96, 96, 96));
        QVERIFY(!sequence.tap(at(sequence, Corner::TopLeft), 1000));
        QVERIFY(!sequence.tap(at(sequence, Corner::BottomRight), 2000));
        QVERIFY(sequence.tap(at(sequence, Corner::BottomLeft), 3000));
        // Near the corner, inside its area, counts as the corner.
        QVERIFY(!sequence.tap(QPoint(1024 - 10, 600 - 90), 5000));
        QVERIFY(sequence.tap(QPoint(5, 600 - 5), 6000));
    }

    void passwordRules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("ok");
        QTest::newRow("6 digits") << u"123456"_s << true;
        QTest::newRow("16 digits") << u"1234567890123456"_s << true;
        QTest::newRow("5 digits") << u"12345"_s << false;
        QTest::newRow("17 digits") << u"12345678901234567"_s << false;
        QTest::newRow("letters") << u"12345a"_s << false;
        QTest::newRow("full-width digits") << u"１２３４５６"_s << false;
    }

    void passwordRules()
    {
        QFETCH(QString, password);
        QFETCH(bool, ok);
        QCOMPARE(checkAdminPassword(password).ok(), ok);
        if (!ok)
            QCOMPARE(hashAdminPassword(password).error().code(), ErrorCode::AdminPasswordInvalid);
    }

    void hashedNotStored()
    {
        Result<QByteArray> hash = hashAdminPassword(u"246813"_s);
        QVERIFY(hash.ok());
        QVERIFY(hash->startsWith("$argon2id$"));
        QVERIFY(!hash->contains("246813"));
        QVERIFY(hashAdminPassword(u"246813"_s).value() != hash.value()); // salted
        QVERIFY(verifyAdminPassword(hash.value(), u"246813"_s));
        QVERIFY(!verifyAdminPassword(hash.value(), u"246814"_s));
        QVERIFY(!verifyAdminPassword(QByteArray(), u"246813"_s));
    }

    void triesLimited()
    {
        const QByteArray hash = hashAdminPassword(u"246813"_s).value();
        AdminGate gate;
        QCOMPARE(gate.attempt(QByteArray(), u"246813"_s, 0).code(), ErrorCode::AdminPasswordNotSet);
        for (int i = 1; i < AdminGate::MaxTries; ++i) {
            const Error wrong = gate.attempt(hash, u"000000"_s, i * 1000);
            QCOMPARE(wrong.code(), ErrorCode::AdminPasswordWrong);
            QCOMPARE(gate.triesLeft(), AdminGate::MaxTries - i);
        }
        QCOMPARE(gate.attempt(hash, u"000000"_s, 10000).code(), ErrorCode::AdminLocked);
        // Locked: even the right password is refused until the time is up.
        QCOMPARE(gate.attempt(hash, u"246813"_s, 10000 + AdminGate::LockMs - 1).code(), ErrorCode::AdminLocked);
        QVERIFY(!gate.attempt(hash, u"246813"_s, 10000 + AdminGate::LockMs).isError());
        QCOMPARE(gate.triesLeft(), AdminGate::MaxTries);
    }

    void rightPasswordResetsTheCount()
    {
        const QByteArray hash = hashAdminPassword(u"246813"_s).value();
        AdminGate gate;
        QCOMPARE(gate.attempt(hash, u"1"_s, 0).code(), ErrorCode::AdminPasswordWrong);
        QVERIFY(!gate.attempt(hash, u"246813"_s, 1).isError());
        QCOMPARE(gate.triesLeft(), AdminGate::MaxTries);
    }
};

QTEST_GUILESS_MAIN(TestAdminGate)
#include "testadmingate.moc"
