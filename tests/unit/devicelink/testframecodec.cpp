// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/frame.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace DeviceLink;

class TestFrameCodec final : public QObject
{
    Q_OBJECT

private:
    static QList<Frame> sampleFrames()
    {
        QList<Frame> frames;
        frames.append({Channel::Control, QByteArray("\xa1\x61t\x64ping", 7)});
        frames.append({Channel::Video, QByteArray()});
        frames.append({Channel::Log, QByteArray(300, 'x')});
        frames.append({Channel::Bulk, QByteArray(1, '\0')});
        QByteArray random(777, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : random)
            c = char(generator.bounded(256));
        frames.append({Channel::Control, random});
        return frames;
    }

    static QByteArray encodeAll(const QList<Frame> &frames)
    {
        QByteArray stream;
        for (const Frame &f : frames)
            stream += encodeFrame(f.channel, f.payload);
        return stream;
    }

    static QList<Frame> drain(FrameDecoder &decoder)
    {
        QList<Frame> out;
        for (;;) {
            Result<std::optional<Frame>> next = decoder.next();
            if (!next || !next.value())
                return out;
            out.append(*next.value());
        }
    }

private Q_SLOTS:
    void encodesHeaderBigEndian()
    {
        const QByteArray frame = encodeFrame(Channel::Video, "abc");
        QCOMPARE(frame.size(), FrameHeaderSize + 3);
        QCOMPARE(qFromBigEndian<quint32>(frame.constData()), 3u);
        QCOMPARE(quint8(frame.at(4)), quint8(Channel::Video));
        QCOMPARE(frame.mid(5), QByteArray("abc"));
    }

    void decodesAtEverySplitPoint()
    {
        const QList<Frame> frames = sampleFrames();
        const QByteArray stream = encodeAll(frames);
        for (qsizetype split = 0; split <= stream.size(); ++split) {
            FrameDecoder decoder;
            decoder.append(QByteArrayView(stream).first(split));
            QList<Frame> got = drain(decoder);
            decoder.append(QByteArrayView(stream).sliced(split));
            got += drain(decoder);
            QCOMPARE(got.size(), frames.size());
            for (qsizetype i = 0; i < frames.size(); ++i) {
                QCOMPARE(got[i].channel, frames[i].channel);
                QCOMPARE(got[i].payload, frames[i].payload);
            }
            QVERIFY(decoder.finish().ok());
        }
    }

    void decodesByteByByte()
    {
        const QList<Frame> frames = sampleFrames();
        const QByteArray stream = encodeAll(frames);
        FrameDecoder decoder;
        QList<Frame> got;
        for (char c : stream) {
            decoder.append(QByteArrayView(&c, 1));
            got += drain(decoder);
        }
        QCOMPARE(got.size(), frames.size());
        QCOMPARE(got.last().payload, frames.last().payload);
    }

    void rejectsOversizeBeforeBuffering()
    {
        QByteArray header(FrameHeaderSize, '\0');
        qToBigEndian<quint32>(maxPayloadSize(Channel::Control) + 1, header.data());
        header[4] = char(Channel::Control);
        FrameDecoder decoder;
        decoder.append(header);
        Result<std::optional<Frame>> next = decoder.next();
        QVERIFY(!next);
        QCOMPARE(next.error().code(), ErrorCode::FrameTooLarge);
        // The error is sticky: the stream cannot be resynchronised.
        decoder.append(encodeFrame(Channel::Control, "ok"));
        QCOMPARE(decoder.next().error().code(), ErrorCode::FrameTooLarge);
    }

    void acceptsExactlyTheLimit()
    {
        const QByteArray payload(qsizetype(maxPayloadSize(Channel::Control)), 'a');
        FrameDecoder decoder;
        decoder.append(encodeFrame(Channel::Control, payload));
        Result<std::optional<Frame>> next = decoder.next();
        QVERIFY(next.ok());
        QVERIFY(next.value().has_value());
        QCOMPARE(next.value()->payload.size(), payload.size());
    }

    void rejectsUnknownChannel()
    {
        QByteArray frame = encodeFrame(Channel::Control, "x");
        frame[4] = char(ChannelCount);
        FrameDecoder decoder;
        decoder.append(frame);
        QCOMPARE(decoder.next().error().code(), ErrorCode::UnknownChannel);
    }

    void reportsTruncatedStreamAtEnd_data()
    {
        QTest::addColumn<int>("cut");
        const QByteArray frame = encodeFrame(Channel::Log, "hello");
        for (int cut = 1; cut < frame.size(); ++cut)
            QTest::addRow("%d bytes", cut) << cut;
    }

    void reportsTruncatedStreamAtEnd()
    {
        QFETCH(int, cut);
        const QByteArray frame = encodeFrame(Channel::Log, "hello");
        FrameDecoder decoder;
        decoder.append(QByteArrayView(frame).first(cut));
        QVERIFY(decoder.next().ok());
        QVERIFY(!decoder.next().value().has_value());
        const Result<void> end = decoder.finish();
        QVERIFY(!end);
        QCOMPARE(end.error().code(), ErrorCode::FrameTruncated);
    }
};

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "testframecodec.moc"
