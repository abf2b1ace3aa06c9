// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/mirrorcodec.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <vector>

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// A frame buffer owned by the test, in the reader's pixel layout.
struct TestFrame
{
    TestFrame(int w, int h)
        : width(w)
        , height(h)
        , pixels(size_t(w) * size_t(h), 0xff000000u)
    {
    }
    PixelView view() const
    {
        return {reinterpret_cast<const uchar *>(pixels.data()), qsizetype(width) * 4, width, height};
    }
    quint32 &at(int x, int y) { return pixels[size_t(y) * size_t(width) + size_t(x)]; }
    void fill(const QRect &r, quint32 colour)
    {
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                at(x, y) = colour;
    }
    void randomise(const QRect &r, QRandomGenerator &random)
    {
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                at(x, y) = 0xff000000u | (random.generate() & 0xffffffu);
    }

    int width;
    int height;
    std::vector<quint32> pixels;
};

bool sameAsDecoded(const TestFrame &frame, const MirrorDecoder &decoder)
{
    const PixelView decoded = decoder.pixels();
    if (decoded.width != frame.width || decoded.height != frame.height)
        return false;
    for (int y = 0; y < frame.height; ++y) {
        if (std::memcmp(decoded.row(y), frame.pixels.data() + size_t(y) * size_t(frame.width),
                        size_t(frame.width) * 4)
            != 0)
            return false;
    }
    return true;
}

TileMask dirty(const TestFrame &frame, const QList<QRect> &rects)
{
    TileMask mask(frame.width, frame.height);
    for (const QRect &r : rects)
        mask.add(r);
    return mask;
}

} // namespace

class TestMirrorCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tileMaskRoundsOutToTiles()
    {
        TileMask mask(1024, 600);
        QCOMPARE(mask.columns(), 16);
        QCOMPARE(mask.rows(), 10);
        mask.add(QRect(63, 63, 2, 2)); // touches four tiles
        QCOMPARE(mask.setCount(), 4);
        QVERIFY(mask.test(0) && mask.test(1) && mask.test(16) && mask.test(17));
        mask.add(QRect(-100, 590, 150, 100)); // clipped to the bottom-left tile
        QCOMPARE(mask.setCount(), 5);
        QVERIFY(mask.test(9 * 16));
        mask.add(QRect(2000, 0, 10, 10));
        QCOMPARE(mask.setCount(), 5);
    }

    void randomFramesRoundTripBitExactly()
    {
        QRandomGenerator random(20261202);
        TestFrame frame(1024, 600);
        frame.randomise(QRect(0, 0, 1024, 600), random);
        MirrorEncoder encoder;
        MirrorDecoder decoder;
        for (int step = 0; step < 40; ++step) {
            QList<QRect> changed;
            for (int i = 0; i < 3; ++i) {
                const QRect r(int(random.bounded(1000)), int(random.bounded(580)), 1 + int(random.bounded(200)),
                              1 + int(random.bounded(120)));
                frame.randomise(r.intersected(QRect(0, 0, 1024, 600)), random);
                changed << r;
            }
            const QByteArray payload = encoder.encode(frame.view(), dirty(frame, changed), step);
            QVERIFY(!payload.isEmpty());
            Result<DecodedMirrorFrame> decoded = decoder.decode(payload);
            QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().toLogString()));
            QCOMPARE(decoded->sequence, quint32(step + 1));
            QCOMPARE(decoded->renderTimeNs, qint64(step));
            QCOMPARE(decoded->keyframe, step == 0);
            QVERIFY2(sameAsDecoded(frame, decoder), qPrintable(u"step %1"_s.arg(step)));
        }
    }

    void oddSizesRoundTrip_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("one pixel") << 1 << 1;
        QTest::newRow("under a tile") << 63 << 65;
        QTest::newRow("800x480") << 800 << 480;
        QTest::newRow("largest") << MirrorMaxDimension << 8;
    }

    void oddSizesRoundTrip()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QRandomGenerator random(uint(width * 7919 + height));
        TestFrame frame(width, height);
        frame.randomise(QRect(0, 0, width, height), random);
        MirrorEncoder encoder;
        MirrorDecoder decoder;
        QVERIFY(decoder.decode(encoder.encode(frame.view(), TileMask(width, height), 1)).ok());
        QVERIFY(sameAsDecoded(frame, decoder));
        frame.at(width - 1, height - 1) ^= 0x00ffffffu;
        QVERIFY(decoder.decode(encoder.encode(frame.view(), dirty(frame, {QRect(width - 1, height - 1, 1, 1)}), 2)).ok());
        QVERIFY(sameAsDecoded(frame, decoder));
    }

    void sendsOnlyTilesThatChanged()
    {
        TestFrame frame(1024, 600);
        frame.fill(QRect(0, 0, 1024, 600), 0xfff6f8fau);
        MirrorEncoder encoder;
        MirrorDecoder decoder;
        QVERIFY(decoder.decode(encoder.encode(frame.view(), TileMask(1024, 600), 1)).ok());

        // Dirty everywhere, but only one pixel really changed: one tile goes.
        frame.at(700, 300) = 0xff0b6e69u;
        TileMask everything(1024, 600);
        everything.addAll();
        const QByteArray payload = encoder.encode(frame.view(), everything, 2);
        Result<DecodedMirrorFrame> decoded = decoder.decode(payload);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->tiles, 1);
        QCOMPARE(decoded->bounds, QRect(640, 256, 64, 64));
        QVERIFY(sameAsDecoded(frame, decoder));

        // Nothing changed: nothing to send.
        QVERIFY(encoder.encode(frame.view(), everything, 3).isEmpty());
        // A change outside the dirty area is not looked for (the renderer
        // reports what it painted).
        frame.at(10, 10) = 0xff000000u;
        QVERIFY(encoder.encode(frame.view(), dirty(frame, {QRect(900, 500, 10, 10)}), 4).isEmpty());
    }

    void flatUserInterfaceCompressesWell()
    {
        TestFrame frame(1024, 600);
        frame.fill(QRect(0, 0, 1024, 600), 0xfff6f8fau);
        frame.fill(QRect(0, 0, 1024, 76), 0xff0b6e69u);
        frame.fill(QRect(112, 196, 380, 300), 0xff1a57a8u);
        MirrorEncoder encoder;
        const QByteArray payload = encoder.encode(frame.view(), TileMask(1024, 600), 1);
        QVERIFY2(payload.size() * 100 < 1024 * 600 * 3, qPrintable(QString::number(payload.size())));
        QCOMPARE(encoder.rawBytes(), quint64(1024 * 600 * 3));
    }

    void resetSendsAKeyframe()
    {
        TestFrame frame(256, 128);
        MirrorEncoder encoder;
        MirrorDecoder first;
        QVERIFY(first.decode(encoder.encode(frame.view(), TileMask(256, 128), 1)).ok());
        encoder.reset();
        MirrorDecoder joining;
        Result<DecodedMirrorFrame> decoded = joining.decode(encoder.encode(frame.view(), TileMask(256, 128), 2));
        QVERIFY(decoded.ok());
        QVERIFY(decoded->keyframe);
        QCOMPARE(decoded->tiles, 8);
    }

    void deltaWithoutKeyframeIsOutOfSync()
    {
        TestFrame frame(128, 128);
        MirrorEncoder encoder;
        const QByteArray key = encoder.encode(frame.view(), TileMask(128, 128), 1);
        frame.at(1, 1) = 0xffffffffu;
        const QByteArray delta = encoder.encode(frame.view(), dirty(frame, {QRect(1, 1, 1, 1)}), 2);
        frame.at(2, 2) = 0xffffffffu;
        const QByteArray later = encoder.encode(frame.view(), dirty(frame, {QRect(2, 2, 1, 1)}), 3);

        MirrorDecoder decoder;
        Result<DecodedMirrorFrame> early = decoder.decode(delta);
        QVERIFY(!early);
        QCOMPARE(early.error().code(), ErrorCode::MirrorOutOfSync);
        QVERIFY(decoder.decode(key).ok());
        Result<DecodedMirrorFrame> skipped = decoder.decode(later);
        QVERIFY(!skipped);
        QCOMPARE(skipped.error().code(), ErrorCode::MirrorOutOfSync);
    }

    void hostileFramesAreTypedErrors_data()
    {
        TestFrame frame(256, 128);
        frame.fill(QRect(10, 10, 100, 50), 0xff112233u);
        MirrorEncoder encoder;
        const QByteArray good = encoder.encode(frame.view(), TileMask(256, 128), 1);

        auto patched = [&good](int offset, QByteArray bytes) {
            QByteArray b = good;
            b.replace(offset, bytes.size(), bytes);
            return b;
        };
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << good.left(24);
        QTest::newRow("version") << patched(0, QByteArray(1, '\x7f'));
        QTest::newRow("zero width") << patched(2, QByteArray(2, '\0'));
        QTest::newRow("huge height") << patched(4, QByteArray("\xff\xff", 2));
        QTest::newRow("too many tiles") << patched(6, QByteArray("\x01\x00", 2));
        QTest::newRow("raw size lies") << patched(20, QByteArray("\x7f\xff\xff\xff", 4));
        QTest::newRow("tile index out of range") << patched(24, QByteArray("\x7f\x00", 2));
        QTest::newRow("tiles out of order") << patched(26, QByteArray("\x00\x00", 2));
        QTest::newRow("truncated pixels") << good.left(good.size() - 3);
        QTest::newRow("garbage pixels") << patched(good.size() - 8, QByteArray(8, '\x55'));
        QRandomGenerator random(7);
        for (int i = 0; i < 50; ++i) {
            QByteArray noise(int(random.bounded(200)), Qt::Uninitialized);
            for (char &c : noise)
                c = char(random.generate());
            QTest::addRow("noise %d", i) << noise;
        }
    }

    void hostileFramesAreTypedErrors()
    {
        QFETCH(QByteArray, payload);
        MirrorDecoder decoder;
        Result<DecodedMirrorFrame> decoded = decoder.decode(payload);
        QVERIFY(!decoded);
        QVERIFY(decoded.error().code() == ErrorCode::MirrorFrameMalformed
                || decoded.error().code() == ErrorCode::MirrorOutOfSync);
        QVERIFY(!decoder.hasFrame());
    }

    void everyTruncationIsRefused()
    {
        TestFrame frame(300, 200);
        QRandomGenerator random(3);
        frame.randomise(QRect(0, 0, 300, 200), random);
        MirrorEncoder encoder;
        const QByteArray good = encoder.encode(frame.view(), TileMask(300, 200), 1);
        for (qsizetype cut = 0; cut < good.size(); cut += 97) {
            MirrorDecoder decoder;
            QVERIFY2(!decoder.decode(QByteArrayView(good).first(cut)).ok(), qPrintable(QString::number(cut)));
        }
        MirrorDecoder decoder;
        QVERIFY(decoder.decode(good).ok());
    }
};

QTEST_GUILESS_MAIN(TestMirrorCodec)
#include "testmirrorcodec.moc"
