// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/card/commandapdu.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ReaderStack;

class TestCommandApdu final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheFourCases()
    {
        const auto case1 = CommandApdu::parse(QByteArray::fromHex("00200080"));
        QVERIFY(case1);
        QCOMPARE(case1->ins, quint8(0x20));
        QCOMPARE(case1->p2, quint8(0x80));
        QVERIFY(case1->data.isEmpty());
        QVERIFY(!case1->le);

        const auto case2 = CommandApdu::parse(QByteArray::fromHex("00B0000000"));
        QVERIFY(case2);
        QCOMPARE(case2->le, std::optional<int>(256));

        const auto case3 = CommandApdu::parse(QByteArray::fromHex("00A4040C0AD3921000310001010402"));
        QVERIFY(case3);
        QCOMPARE(case3->p1, quint8(0x04));
        QCOMPARE(case3->data, QByteArray::fromHex("D3921000310001010402"));
        QVERIFY(!case3->le);

        const auto case4 = CommandApdu::parse(QByteArray::fromHex("00A4020C02001310"));
        QVERIFY(case4);
        QCOMPARE(case4->data, QByteArray::fromHex("0013"));
        QCOMPARE(case4->le, std::optional<int>(16));
    }

    void parsesExtendedLengths()
    {
        const auto le = CommandApdu::parse(QByteArray::fromHex("00B00000000000"));
        QVERIFY(le);
        QCOMPARE(le->le, std::optional<int>(65536));
        const auto data = CommandApdu::parse(QByteArray::fromHex("002000800000020102"));
        QVERIFY(data);
        QCOMPARE(data->data, QByteArray::fromHex("0102"));
        const auto both = CommandApdu::parse(QByteArray::fromHex("0020008000000201020100"));
        QVERIFY(both);
        QCOMPARE(both->le, std::optional<int>(256));
    }

    void refusesMalformedBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte") << QByteArray::fromHex("00");
        QTest::newRow("three bytes") << QByteArray::fromHex("00A404");
        QTest::newRow("Lc longer than data") << QByteArray::fromHex("00A4040C0AD392");
        QTest::newRow("trailing bytes") << QByteArray::fromHex("00A4020C020013AABB");
        QTest::newRow("extended, six bytes") << QByteArray::fromHex("00B000000000");
        QTest::newRow("extended Lc 0") << QByteArray::fromHex("0020008000000001");
        QTest::newRow("extended Lc too long") << QByteArray::fromHex("0020008000FFFF01");
    }

    void refusesMalformedBytes()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!CommandApdu::parse(bytes));
    }

    void roundTripsThroughBytes()
    {
        for (const char *hex : {"00200080", "00B0012300", "00A4040C0AD3921000310001010402", "00A4020C02001310",
                                "00B00000000000"}) {
            const QByteArray bytes = QByteArray::fromHex(hex);
            const auto apdu = CommandApdu::parse(bytes);
            QVERIFY2(apdu, hex);
            QCOMPARE(apdu->toBytes(), bytes);
        }
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator random(7);
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes(random.bounded(0, 300), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            if (const auto apdu = CommandApdu::parse(bytes))
                QVERIFY(apdu->data.size() < bytes.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandApdu)
#include "testcommandapdu.moc"
