// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/card/virtualmynumbercard.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ReaderStack;
using namespace Qt::StringLiterals;

namespace {

CardHolder holder()
{
    CardHolder h;
    h.birthDate = QDate(1980, 2, 17);
    h.expiryDate = QDate(2035, 2, 17);
    h.securityCode = u"2285"_s;
    h.pin = u"1234"_s;
    h.name = u"番号　花子"_s;
    h.address = u"東京都千代田区霞が関1丁目1番地1"_s;
    h.sex = u"女"_s;
    QImage photo(120, 150, QImage::Format_RGB32);
    photo.fill(Qt::gray);
    h.photo = photo;
    return h;
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

const QByteArray SelectCardFace = hex("00A4040C0AD3921000310001010402");
const QByteArray SelectUserAuth = hex("00A4040C0AD392F000260100000001");
const QByteArray SelectCollationKey = hex("00A4020C020013");
const QByteArray SelectCardFaceData = hex("00A4020C020002");
const QByteArray SelectPin = hex("00A4020C020018");
const QByteArray VerifyQuery = hex("00200080");

QByteArray verify(const QByteArray &digits)
{
    return hex("00200080") + char(digits.size()) + digits;
}

QByteArray readBinary(int offset, int le)
{
    QByteArray apdu = hex("00B0");
    apdu.append(char(offset >> 8)).append(char(offset & 0xFF)).append(char(le & 0xFF));
    return apdu;
}

} // namespace

class TestVirtualMyNumberCard final : public QObject
{
    Q_OBJECT

private:
    static quint16 sw(VirtualMyNumberCard &card, const QByteArray &apdu) { return card.transmit(apdu).statusWord; }

    static void unlock(VirtualMyNumberCard &card)
    {
        QCOMPARE(sw(card, SelectCardFace), StatusWord::Success);
        QCOMPARE(sw(card, SelectCollationKey), StatusWord::Success);
        QCOMPARE(sw(card, verify("55021720352285")), StatusWord::Success);
        QCOMPARE(sw(card, SelectCardFaceData), StatusWord::Success);
    }

private Q_SLOTS:
    void collationNumberIsDerivedFromTheFace()
    {
        VirtualMyNumberCard card(holder());
        QCOMPARE(card.collationDigits(), QByteArray("55021720352285"));
    }

    void selectsApplicationsAndFiles()
    {
        VirtualMyNumberCard card(holder());
        QCOMPARE(sw(card, SelectCollationKey), StatusWord::NotFound); // no application yet
        QCOMPARE(sw(card, SelectCardFace), StatusWord::Success);
        QCOMPARE(sw(card, SelectCollationKey), StatusWord::Success);
        QCOMPARE(sw(card, SelectPin), StatusWord::NotFound); // PIN lives in the other AP
        QCOMPARE(sw(card, hex("00A4020C02ABCD")), StatusWord::NotFound);
        QCOMPARE(sw(card, hex("00A4040C0AD3921000310001010408")), StatusWord::NotFound);
        QCOMPARE(sw(card, SelectUserAuth), StatusWord::Success);
        QCOMPARE(sw(card, SelectPin), StatusWord::Success);
        QCOMPARE(sw(card, hex("00A4020C0300")), StatusWord::WrongLength); // EF id of one byte
        QCOMPARE(sw(card, hex("00A4010C020013")), StatusWord::IncorrectP1P2);
        QCOMPARE(sw(card, hex("00A40401020013")), StatusWord::IncorrectP1P2);
    }

    void verifyReportsTriesAndUnlocksReading()
    {
        VirtualMyNumberCard card(holder());
        QCOMPARE(sw(card, SelectCardFace), StatusWord::Success);
        QCOMPARE(sw(card, SelectCollationKey), StatusWord::Success);
        QCOMPARE(sw(card, VerifyQuery), quint16(0x63C0 | VirtualMyNumberCard::CollationTries));
        QCOMPARE(sw(card, verify("55021720352286")), quint16(0x63C0 | (VirtualMyNumberCard::CollationTries - 1)));
        QCOMPARE(card.collationTriesLeft(), VirtualMyNumberCard::CollationTries - 1);
        QCOMPARE(sw(card, SelectCardFaceData), StatusWord::Success);
        QCOMPARE(sw(card, readBinary(0, 0)), StatusWord::SecurityNotSatisfied);
        QCOMPARE(sw(card, verify("55021720352285")), StatusWord::NotAllowed); // the data EF is no key
        QCOMPARE(sw(card, SelectCollationKey), StatusWord::Success);
        QCOMPARE(sw(card, verify("55021720352285")), StatusWord::Success);
        QCOMPARE(card.collationTriesLeft(), VirtualMyNumberCard::CollationTries); // reset by success
        QCOMPARE(sw(card, VerifyQuery), StatusWord::Success); // already verified
        QCOMPARE(sw(card, SelectCardFaceData), StatusWord::Success);
        QCOMPARE(sw(card, readBinary(0, 16)), StatusWord::Success);
        // Selecting the application again drops the verification.
        QCOMPARE(sw(card, SelectCardFace), StatusWord::Success);
        QCOMPARE(sw(card, SelectCardFaceData), StatusWord::Success);
        QCOMPARE(sw(card, readBinary(0, 16)), StatusWord::SecurityNotSatisfied);
    }

    void wrongLengthDoesNotCostATry()
    {
        VirtualMyNumberCard card(holder());
        QCOMPARE(sw(card, SelectCardFace), StatusWord::Success);
        QCOMPARE(sw(card, SelectCollationKey), StatusWord::Success);
        QCOMPARE(sw(card, verify("5502172035228")), StatusWord::WrongLength);
        QCOMPARE(card.collationTriesLeft(), VirtualMyNumberCard::CollationTries);
        QCOMPARE(sw(card, hex("00200180")), StatusWord::IncorrectP1P2);
        QCOMPARE(sw(card, hex("00200081")), StatusWord::IncorrectP1P2);
    }

    void collationKeyBlocksAfterItsTries()
    {
        VirtualMyNumberCard card(holder());
        QCOMPARE(sw(card, SelectCardFace), StatusWord::Success);
        QCOMPARE(sw(card, SelectCollationKey), StatusWord::Success);
        for (int left = VirtualMyNumberCard::CollationTries - 1; left > 0; --left)
            QCOMPARE(sw(card, verify("00000000000000")), quint16(0x63C0 | left));
        QCOMPARE(sw(card, verify("00000000000000")), StatusWord::AuthenticationBlocked);
        QCOMPARE(card.collationTriesLeft(), 0);
        // Blocked for good: even the right number and a query say so.
        QCOMPARE(sw(card, verify("55021720352285")), StatusWord::ReferenceDataUnusable);
        QCOMPARE(sw(card, VerifyQuery), StatusWord::ReferenceDataUnusable);
        // And the counter survives selecting the application again.
        QCOMPARE(sw(card, SelectCardFace), StatusWord::Success);
        QCOMPARE(sw(card, SelectCollationKey), StatusWord::Success);
        QCOMPARE(sw(card, verify("55021720352285")), StatusWord::ReferenceDataUnusable);
    }

    void pinLocksOutAfterThreeWrongEntries()
    {
        VirtualMyNumberCard card(holder());
        QCOMPARE(sw(card, SelectUserAuth), StatusWord::Success);
        QCOMPARE(sw(card, SelectPin), StatusWord::Success);
        QCOMPARE(sw(card, VerifyQuery), quint16(0x63C3));
        QCOMPARE(sw(card, verify("0000")), quint16(0x63C2));
        QCOMPARE(sw(card, verify("1234")), StatusWord::Success);
        QCOMPARE(card.pinTriesLeft(), 3);
        QCOMPARE(sw(card, verify("1111")), quint16(0x63C2));
        QCOMPARE(sw(card, verify("2222")), quint16(0x63C1));
        QCOMPARE(sw(card, verify("3333")), StatusWord::AuthenticationBlocked);
        QCOMPARE(sw(card, verify("1234")), StatusWord::ReferenceDataUnusable);
        QCOMPARE(sw(card, VerifyQuery), StatusWord::ReferenceDataUnusable);
        QCOMPARE(card.pinTriesLeft(), 0);
    }

    void readBinaryHonoursOffsetsAndLength()
    {
        VirtualMyNumberCard card(holder());
        unlock(card);
        const ApduResponse head = card.transmit(readBinary(0, 11));
        QCOMPARE(head.statusWord, StatusWord::Success);
        // Record 01: the birth date, "19800217".
        QCOMPARE(head.data, hex("010008") + QByteArray("19800217"));
        const ApduResponse inner = card.transmit(readBinary(3, 4));
        QCOMPARE(inner.data, QByteArray("1980"));
        // Walk the file to its end.
        QByteArray all;
        int offset = 0;
        quint16 status = StatusWord::Success;
        while (status == StatusWord::Success) {
            const ApduResponse chunk = card.transmit(readBinary(offset, 0));
            status = chunk.statusWord;
            all += chunk.data;
            offset += int(chunk.data.size());
        }
        QCOMPARE(status, StatusWord::EndOfFile);
        QVERIFY(all.size() > 100);
        QVERIFY(all.contains("2285"));
        QVERIFY(all.contains("20350217"));
        QCOMPARE(sw(card, readBinary(int(all.size()), 1)), StatusWord::WrongOffset);
        QCOMPARE(sw(card, readBinary(0x7FFF, 1)), StatusWord::WrongOffset);
        QCOMPARE(sw(card, hex("00B0800001")), StatusWord::IncorrectP1P2); // short EF id: not supported
        QCOMPARE(sw(card, hex("00B00000")), StatusWord::WrongLength); // no Le
        QCOMPARE(sw(card, hex("00B0000001AA")), StatusWord::WrongLength); // data on a READ BINARY
        // The photo record is a JPEG 2000 file (jp2 signature box).
        QVERIFY(all.contains(hex("0000000C6A5020200D0A870A")));
    }

    void readWithoutSelectedFileIsNotAllowed()
    {
        VirtualMyNumberCard card(holder());
        QCOMPARE(sw(card, readBinary(0, 1)), StatusWord::NotAllowed);
        QCOMPARE(sw(card, VerifyQuery), StatusWord::NotAllowed);
        QCOMPARE(sw(card, SelectCardFace), StatusWord::Success);
        QCOMPARE(sw(card, readBinary(0, 1)), StatusWord::NotAllowed);
    }

    void unknownInstructionsAndClasses()
    {
        VirtualMyNumberCard card(holder());
        QCOMPARE(sw(card, hex("00CA0000")), StatusWord::InstructionNotSupported);
        QCOMPARE(sw(card, hex("00840000 08")), StatusWord::InstructionNotSupported);
        QCOMPARE(sw(card, hex("80A4040C0AD3921000310001010402")), StatusWord::ClassNotSupported);
        QCOMPARE(sw(card, hex("0CA4040C0AD3921000310001010402")), StatusWord::ClassNotSupported);
    }

    void malformedApdusGetWrongLength_data()
    {
        QTest::addColumn<QByteArray>("apdu");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("two bytes") << hex("00A4");
        QTest::newRow("Lc too long") << hex("00A4040C0AD3");
        QTest::newRow("Lc too short") << hex("00A4040C01D39210");
        QTest::newRow("SELECT AID without data") << hex("00A4040C");
        QTest::newRow("SELECT AID of 17 bytes") << hex("00A4040C11") + QByteArray(17, 'A');
    }

    void malformedApdusGetWrongLength()
    {
        QFETCH(QByteArray, apdu);
        VirtualMyNumberCard card(holder());
        QCOMPARE(sw(card, apdu), StatusWord::WrongLength);
    }

    void garbageNeverCrashesOrLeaks()
    {
        VirtualMyNumberCard card(holder());
        QRandomGenerator random(11);
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes(random.bounded(0, 40), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            // Aim some at the real instructions.
            if (bytes.size() >= 2 && random.bounded(2) == 0) {
                bytes[0] = 0;
                bytes[1] = char(QList<int>{0xA4, 0x20, 0xB0}.at(random.bounded(3)));
            }
            const ApduResponse response = card.transmit(bytes);
            QVERIFY(response.statusWord != 0);
            // Nothing is readable without 照合番号B.
            QVERIFY(response.data.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestVirtualMyNumberCard)
#include "testvirtualmynumbercard.moc"
