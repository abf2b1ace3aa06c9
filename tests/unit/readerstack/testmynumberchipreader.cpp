// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/card/mynumberchipreader.h"
#include "readerstack/card/virtualmynumbercard.h"

#include <QTest>

#include <functional>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

namespace {

CardHolder holder()
{
    CardHolder h;
    h.birthDate = QDate(1989, 1, 7);
    h.expiryDate = QDate(2031, 1, 7);
    h.securityCode = u"0417"_s;
    h.pin = u"9876"_s;
    h.name = u"佐藤　一郎"_s;
    h.address = u"大阪府大阪市北区本町1丁目2番地3"_s;
    h.sex = u"男"_s;
    QImage photo(160, 200, QImage::Format_Grayscale8);
    for (int y = 0; y < photo.height(); ++y) {
        for (int x = 0; x < photo.width(); ++x)
            photo.scanLine(y)[x] = uchar((x + y) % 256);
    }
    h.photo = photo;
    return h;
}

CollationNumberB number(const char16_t *digits)
{
    return CollationNumberB::fromString(QStringView(digits)).value();
}

// Answers with whatever the test says; records what it was sent.
class ScriptedChannel final : public CardChannel
{
public:
    std::function<ApduResponse(const QByteArray &)> answer;
    QList<QByteArray> sent;

    ApduResponse transmit(const QByteArray &apdu) override
    {
        sent << apdu;
        return answer(apdu);
    }
};

} // namespace

class TestMyNumberChipReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheCardFaceWithCollationNumberB()
    {
        VirtualMyNumberCard card(holder());
        MyNumberChipReader reader(card);
        Result<CardFaceRecord> record = reader.readCardFace(number(u"64010720310417"));
        QVERIFY2(record.ok(), qPrintable(record ? QString() : record.error().toLogString()));
        QCOMPARE(record->birthDate, QDate(1989, 1, 7));
        QCOMPARE(record->expiryDate, QDate(2031, 1, 7));
        QCOMPARE(record->securityCode, u"0417"_s);
        QCOMPARE(record->name, u"佐藤　一郎"_s);
        QCOMPARE(record->sex, u"男"_s);
        QCOMPARE(record->address, u"大阪府大阪市北区本町1丁目2番地3"_s);
        const Result<QImage> photo = record->photo();
        QVERIFY(photo.ok());
        QCOMPARE(photo->size(), QSize(160, 200));
        QCOMPARE(photo->format(), QImage::Format_Grayscale8);
        record.value().wipe();
        QVERIFY(record->name.isEmpty());
        QVERIFY(record->photoJpeg2000.isEmpty());
        QVERIFY(!record->birthDate.isValid());
        QVERIFY(!record->photo().ok());
    }

    void wrongCollationNumberReportsTriesLeftThenBlocks()
    {
        VirtualMyNumberCard card(holder());
        MyNumberChipReader reader(card);
        QCOMPARE(reader.collationTriesLeft().value(), VirtualMyNumberCard::CollationTries);
        for (int i = 1; i < VirtualMyNumberCard::CollationTries; ++i) {
            const Result<CardFaceRecord> record = reader.readCardFace(number(u"64010720310418"));
            QVERIFY(!record.ok());
            QCOMPARE(record.error().code(), ErrorCode::CollationNumberRejected);
            QCOMPARE(record.error().detail(),
                     u"tries left: "_s + QString::number(VirtualMyNumberCard::CollationTries - i));
        }
        Result<CardFaceRecord> last = reader.readCardFace(number(u"64010720310418"));
        QCOMPARE(last.error().code(), ErrorCode::CollationNumberBlocked);
        // Now even the right number is refused, and without sending it.
        const Result<CardFaceRecord> right = reader.readCardFace(number(u"64010720310417"));
        QCOMPARE(right.error().code(), ErrorCode::CollationNumberBlocked);
        QCOMPARE(reader.collationTriesLeft().error().code(), ErrorCode::CollationNumberBlocked);
    }

    void blockedKeyIsNotTriedAgain()
    {
        ScriptedChannel channel;
        channel.answer = [](const QByteArray &apdu) -> ApduResponse {
            if (apdu.startsWith(QByteArray::fromHex("00200080")))
                return {{}, StatusWord::ReferenceDataUnusable};
            return {{}, StatusWord::Success};
        };
        MyNumberChipReader reader(channel);
        const Result<CardFaceRecord> record = reader.readCardFace(number(u"64010720310417"));
        QCOMPARE(record.error().code(), ErrorCode::CollationNumberBlocked);
        for (const QByteArray &apdu : channel.sent)
            QVERIFY(!apdu.contains("64010720310417"));
    }

    void pinVerificationAndLockout()
    {
        VirtualMyNumberCard card(holder());
        MyNumberChipReader reader(card);
        QCOMPARE(reader.pinTriesLeft().value(), 3);
        QVERIFY(reader.verifyPin(u"9876").ok());
        const Result<void> wrong = reader.verifyPin(u"0000");
        QCOMPARE(wrong.error().code(), ErrorCode::PinRejected);
        QCOMPARE(wrong.error().detail(), u"tries left: 2"_s);
        QCOMPARE(reader.pinTriesLeft().value(), 2);
        // Not 4 digits: refused before the card, no try spent.
        QCOMPARE(reader.verifyPin(u"98765").error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(reader.verifyPin(u"98a6").error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(reader.verifyPin(u"").error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(reader.pinTriesLeft().value(), 2);
        QCOMPARE(reader.verifyPin(u"1111").error().code(), ErrorCode::PinRejected);
        QCOMPARE(reader.verifyPin(u"2222").error().code(), ErrorCode::PinBlocked);
        QCOMPARE(reader.verifyPin(u"9876").error().code(), ErrorCode::PinBlocked);
        QCOMPARE(reader.pinTriesLeft().error().code(), ErrorCode::PinBlocked);
    }

    void aCardWithoutTheApplicationIsNotAMyNumberCard()
    {
        ScriptedChannel channel;
        channel.answer = [](const QByteArray &) { return ApduResponse{{}, StatusWord::NotFound}; };
        MyNumberChipReader reader(channel);
        QCOMPARE(reader.readCardFace(number(u"64010720310417")).error().code(), ErrorCode::NotMyNumberCard);
        QCOMPARE(reader.verifyPin(u"1234").error().code(), ErrorCode::NotMyNumberCard);
        QCOMPARE(reader.pinTriesLeft().error().code(), ErrorCode::NotMyNumberCard);
    }

    void hostileCardsGiveTypedErrors()
    {
        ScriptedChannel channel;
        MyNumberChipReader reader(channel);
        const CollationNumberB digits = number(u"64010720310417");

        // Unknown status words.
        channel.answer = [](const QByteArray &) { return ApduResponse{{}, 0x6F00}; };
        QCOMPARE(reader.readCardFace(digits).error().code(), ErrorCode::CardCommunicationFailed);

        // Every step succeeds, but READ BINARY answers 9000 with nothing, forever.
        channel.answer = [](const QByteArray &apdu) -> ApduResponse {
            if (apdu == QByteArray::fromHex("00200080"))
                return {{}, 0x63C5};
            return {{}, StatusWord::Success};
        };
        QCOMPARE(reader.readCardFace(digits).error().code(), ErrorCode::CardDataMalformed);

        // More data than asked for.
        channel.answer = [](const QByteArray &apdu) -> ApduResponse {
            if (apdu == QByteArray::fromHex("00200080"))
                return {{}, 0x63C5};
            if (apdu.startsWith(QByteArray::fromHex("00B0")))
                return {QByteArray(300, 'x'), StatusWord::Success};
            return {{}, StatusWord::Success};
        };
        QCOMPARE(reader.readCardFace(digits).error().code(), ErrorCode::CardDataMalformed);

        // A record whose length runs past the end of the file.
        channel.answer = [](const QByteArray &apdu) -> ApduResponse {
            if (apdu == QByteArray::fromHex("00200080"))
                return {{}, 0x63C5};
            if (apdu.startsWith(QByteArray::fromHex("00B0")))
                return {QByteArray::fromHex("01FFFF3139"), StatusWord::EndOfFile};
            return {{}, StatusWord::Success};
        };
        QCOMPARE(reader.readCardFace(digits).error().code(), ErrorCode::CardDataMalformed);

        // Well-formed records, but no dates.
        channel.answer = [](const QByteArray &apdu) -> ApduResponse {
            if (apdu == QByteArray::fromHex("00200080"))
                return {{}, 0x63C5};
            if (apdu.startsWith(QByteArray::fromHex("00B0")))
                return {QByteArray::fromHex("0500026162"), StatusWord::EndOfFile};
            return {{}, StatusWord::Success};
        };
        QCOMPARE(reader.readCardFace(digits).error().code(), ErrorCode::CardDataMalformed);

        // An empty collation number is never sent.
        QCOMPARE(reader.readCardFace(CollationNumberB()).error().code(), ErrorCode::InvalidCollationNumber);
    }

    void sendsTheDocumentedApdus()
    {
        VirtualMyNumberCard card(holder());
        ScriptedChannel channel;
        channel.answer = [&card](const QByteArray &apdu) { return card.transmit(apdu); };
        MyNumberChipReader reader(channel);
        QVERIFY(reader.readCardFace(number(u"64010720310417")).ok());
        QVERIFY(channel.sent.size() >= 6);
        QCOMPARE(channel.sent.at(0), QByteArray::fromHex("00A4040C0AD3921000310001010402"));
        QCOMPARE(channel.sent.at(1), QByteArray::fromHex("00A4020C020013"));
        QCOMPARE(channel.sent.at(2), QByteArray::fromHex("00200080"));
        QCOMPARE(channel.sent.at(3), QByteArray::fromHex("002000800E") + QByteArray("64010720310417"));
        QCOMPARE(channel.sent.at(4), QByteArray::fromHex("00A4020C020002"));
        QCOMPARE(channel.sent.at(5), QByteArray::fromHex("00B0000000"));
    }
};

QTEST_GUILESS_MAIN(TestMyNumberChipReader)
#include "testmynumberchipreader.moc"
