// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/firmware/sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace DeviceLink;

class TestSha256 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownDigests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    void knownDigests()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        QCOMPARE(Sha256::hash(input).toHex(), hex);
    }

    // Pieces of odd sizes, as chunks and reads arrive, give the digest of
    // the whole, the same as Qt's own implementation.
    void piecesAgreeWithTheWhole()
    {
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &c : data)
            c = char(generator.bounded(256));
        Sha256 sha;
        qsizetype at = 0;
        for (qsizetype piece = 1; at < data.size(); piece = piece * 3 + 1) {
            const qsizetype length = qMin(piece, data.size() - at);
            sha.addData(QByteArrayView(data).sliced(at, length));
            at += length;
        }
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        QCOMPARE(sha.result(), expected);

        QBuffer device(&data);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QVERIFY(sha.addData(&device));
        QCOMPARE(sha.result(), expected);
    }

    void resultStartsOver()
    {
        Sha256 sha;
        sha.addData("first");
        QCOMPARE(sha.result(), Sha256::hash("first"));
        sha.addData("abc");
        QCOMPARE(sha.result().toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void unreadableDeviceFails()
    {
        QBuffer closed;
        Sha256 sha;
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::read (QBuffer): device not open");
        QVERIFY(!sha.addData(&closed));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "testsha256.moc"
