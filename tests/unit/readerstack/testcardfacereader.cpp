// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/card/mynumberchipreader.h"
#include "readerstack/card/virtualmynumbercard.h"
#include "readerstack/ocr/cardfacereader.h"
#include "readerstack/scenario/cardgenerator.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <dlfcn.h>

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

    void readsFramesThatTripTheSafeguards_data()
    {
        // Frames of the benchmark's set that each needed one safeguard.
        QTest::addColumn<int>("index");
        QTest::newRow("photo flattened away, code right under it") << 205;
        QTest::newRow("birth year 22 read as 2, given back by the stretched look") << 253;
        QTest::newRow("birth year 10 read as 1, given back with no less confidence") << 255;
        QTest::newRow("birth month 11 read as 1, whole in the expiry") << 779;
        QTest::newRow("code read alike but not confidently in two renderings") << 449;
        QTest::newRow("birth year 11 read as 1, no real date, stretched look") << 259;
        QTest::newRow("年 read as 午 in every rendering") << 625;
        QTest::newRow("birth year 62 read as 2, stretched look unparsed, binarised decides") << 960;
    }

    void readsFramesThatTripTheSafeguards()
    {
        QFETCH(int, index);
        const GeneratedCard card = CardGenerator(20260417).generate(index);
        const Result<CardFaceReading> reading = m_reader->read(card.frame);
        QVERIFY2(reading.ok(), qPrintable(reading ? QString() : reading.error().toLogString()));
        QCOMPARE(reading->collation.toString(), card.truth.collation);
    }

    void readsACardOfAnotherLayout_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("expiry");
        QTest::addColumn<QString>("collation");
        QTest::newRow("IPAexGothic") << u"IPAexGothic"_s << u"平成22年11月 3日生"_s << u"2031年11月 3日まで有効"_s
                                     << u"22110320317316"_s;
        // 令 in its Chinese form, which the model reads as another kanji: 和
        // and a date only 令和 makes real tell the era.
        QTest::newRow("Noto Serif CJK SC") << u"Noto Serif CJK SC"_s << u"生年月日 令和元年 6月 9日生"_s
                                           << u"有効期限 2030年6月9日まで有効"_s << u"01060920307316"_s;
    }

    void readsACardOfAnotherLayout()
    {
        QFETCH(QString, family);
        QFETCH(QString, birth);
        QFETCH(QString, expiry);
        QFETCH(QString, collation);
        // Not the generator's layout: the photo on the left, a dark block
        // (hair, a jacket) down to just above the code, the dates on the right.
        QImage face(CardGenerator::CardSize, QImage::Format_RGB32);
        face.fill(QColor(246, 240, 236));
        QPainter p(&face);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const QRect photo(40, 120, 200, 250);
        p.fillRect(photo, QColor(200, 214, 226));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(60, 50, 45));
        p.drawEllipse(QRect(85, 150, 110, 90));
        p.setBrush(QColor(222, 190, 160));
        p.drawEllipse(QRect(95, 175, 90, 110));
        p.setBrush(QColor(40, 45, 70));
        p.drawChord(QRect(30, 290, 220, 160), 0, 180 * 16);
        p.fillRect(QRect(40, 330, 200, 40), QColor(40, 45, 70));
        p.setPen(QColor(30, 30, 30));
        QFont font(family);
        font.setPixelSize(28);
        p.setFont(font);
        p.drawText(QPointF(110, 408), u"7316"_s);
        p.drawText(QPointF(300, 170), u"番号　花子"_s);
        font.setPixelSize(26);
        p.setFont(font);
        p.drawText(QPointF(300, 300), birth);
        p.drawText(QPointF(300, 380), expiry);
        p.end();
        const Result<CardFaceReading> reading = m_reader->read(face);
        QVERIFY2(reading.ok(), qPrintable(reading ? QString() : reading.error().toLogString()));
        QCOMPARE(reading->collation.toString(), collation);
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

    void aReadingKeepsToOneCore()
    {
        // OMP_THREAD_LIMIT is read when Tesseract's OpenMP runtime loads, before
        // main(); the reader switches parallel regions off for its own thread.
        using GetMaxActiveLevels = int (*)();
        const auto getMaxActiveLevels
            = reinterpret_cast<GetMaxActiveLevels>(dlsym(RTLD_DEFAULT, "omp_get_max_active_levels"));
        if (!getMaxActiveLevels)
            QSKIP("Tesseract is built without OpenMP here");
        CardGenerator::Options flat;
        flat.distort = false;
        const GeneratedCard card = CardGenerator(5, flat).generate(1);
        QVERIFY(m_reader->read(card.frame).ok());
        QCOMPARE(getMaxActiveLevels(), 0);
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
