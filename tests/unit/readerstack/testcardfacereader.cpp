// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/card/mynumberchipreader.h"
#include "readerstack/card/virtualmynumbercard.h"
#include "readerstack/ocr/cardfacereader.h"
#include "readerstack/scenario/cardgenerator.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

class TestCardFaceReader final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CardFaceReader> m_reader;

private Q_SLOTS:
    void initTestCase()
    {
        Result<std::unique_ptr<CardFaceReader>> reader = CardFaceReader::create();
        QVERIFY2(reader.ok(), qPrintable(reader ? QString() : reader.error().toLogString()));
        m_reader = std::move(reader.value());
    }

    void readsGeneratedCameraFrames()
    {
        // A handful only: the full run is the benchmark (make bench B=ocr).
        const CardGenerator generator(2024);
        int read = 0;
        for (int i = 0; i < 4; ++i) {
            const GeneratedCard card = generator.generate(i);
            const Result<CardFaceReading> reading = m_reader->read(card.frame);
            if (reading && reading->collation.toString() == card.truth.collation)
                ++read;
        }
        QVERIFY2(read >= 3, qPrintable(QString::number(read)));
    }

    void readsAFlatCardFaceAndUnlocksTheChip()
    {
        CardGenerator::Options flat;
        flat.distort = false;
        const GeneratedCard card = CardGenerator(5, flat).generate(1);
        const Result<CardFaceReading> reading = m_reader->read(card.frame);
        QVERIFY2(reading.ok(), qPrintable(reading ? QString() : reading.error().toLogString()));
        QCOMPARE(reading->birth6, card.truth.birth6);
        QCOMPARE(reading->expiry4, card.truth.expiry4);
        QCOMPARE(reading->code4, card.truth.code4);
        // The whole patient path: what OCR read opens the chip.
        VirtualMyNumberCard chip(card.holder);
        MyNumberChipReader chipReader(chip);
        const Result<CardFaceRecord> record = chipReader.readCardFace(reading->collation);
        QVERIFY(record.ok());
        QCOMPARE(record->birthDate, card.truth.birthDate);
    }

    void readsAnUpsideDownCard()
    {
        const GeneratedCard card = CardGenerator(2024).generate(0);
        const Result<CardFaceReading> upright = m_reader->read(card.frame);
        QVERIFY(upright.ok());
        QTransform turn;
        turn.rotate(180);
        const Result<CardFaceReading> reading = m_reader->read(card.frame.transformed(turn));
        QVERIFY2(reading.ok(), qPrintable(reading ? QString() : reading.error().toLogString()));
        QCOMPARE(reading->collation.toString(), upright->collation.toString());
    }

    void birthsInTheFutureAreRefused()
    {
        CardGenerator::Options flat;
        flat.distort = false;
        const GeneratedCard card = CardGenerator(5, flat).generate(1);
        CardFaceReader::Options options;
        options.today = card.truth.birthDate.addDays(-1);
        Result<std::unique_ptr<CardFaceReader>> past = CardFaceReader::create(options);
        QVERIFY(past.ok());
        const Result<CardFaceReading> reading = past.value()->read(card.frame);
        QVERIFY(!reading.ok());
        QCOMPARE(reading.error().code(), ErrorCode::CardUnreadable);
        QCOMPARE(CardFaceReader::failureOf(reading.error()), CardReadFailure::Unreadable);
    }

    void hostileFrames_data()
    {
        QTest::addColumn<QImage>("frame");
        QTest::addColumn<int>("code");
        QTest::newRow("null") << QImage() << int(ErrorCode::CardImageInvalid);
        QImage tiny(3, 2, QImage::Format_RGB32);
        tiny.fill(Qt::white);
        QTest::newRow("tiny") << tiny << int(ErrorCode::CardImageInvalid);
        QImage flat(1280, 720, QImage::Format_RGB32);
        flat.fill(QColor(60, 60, 60));
        QTest::newRow("empty tray") << flat << int(ErrorCode::CardUnreadable);
        QImage noise(640, 400, QImage::Format_Grayscale8);
        QRandomGenerator random(3);
        for (int y = 0; y < noise.height(); ++y) {
            for (int x = 0; x < noise.width(); ++x)
                noise.scanLine(y)[x] = uchar(random.bounded(256));
        }
        QTest::newRow("noise") << noise << int(ErrorCode::CardUnreadable);
        QImage strip(4000, 120, QImage::Format_Mono);
        strip.fill(1);
        QTest::newRow("odd shape and format") << strip << int(ErrorCode::CardUnreadable);
        // A square white document on the tray: no My Number card.
        QImage paper(1280, 720, QImage::Format_RGB32);
        paper.fill(QColor(40, 40, 40));
        QPainter p(&paper);
        p.fillRect(QRect(390, 110, 500, 500), Qt::white);
        p.end();
        QTest::newRow("square document") << paper << int(ErrorCode::NotMyNumberCard);
    }

    void hostileFrames()
    {
        QFETCH(QImage, frame);
        QFETCH(int, code);
        const Result<CardFaceReading> reading = m_reader->read(frame);
        QVERIFY(!reading.ok());
        QCOMPARE(reading.error().number(), code);
    }

    void failuresMapToScreenCodes()
    {
        QCOMPARE(CardFaceReader::failureOf(Error(ErrorCode::NotMyNumberCard)), CardReadFailure::NotMyNumberCard);
        QCOMPARE(CardFaceReader::failureOf(Error(ErrorCode::CardUnreadable)), CardReadFailure::Unreadable);
        QCOMPARE(CardFaceReader::failureOf(Error(ErrorCode::CardImageInvalid)), CardReadFailure::Unreadable);
        QCOMPARE(CardFaceReader::failureOf(Error()), CardReadFailure::None);
    }

    void missingLanguageDataIsATypedError()
    {
        CardFaceReader::Options options;
        options.tessdataPath = u"/nonexistent/tessdata"_s;
        const Result<std::unique_ptr<CardFaceReader>> reader = CardFaceReader::create(options);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code(), ErrorCode::OcrEngineUnavailable);
    }
};

QTEST_MAIN(TestCardFaceReader)
#include "testcardfacereader.moc"
