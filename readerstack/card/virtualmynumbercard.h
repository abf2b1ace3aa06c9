// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/card/cardchannel.h"
#include "readerstack/card/commandapdu.h"

#include <QDate>
#include <QImage>
#include <QString>

namespace ReaderStack {

// What a virtual card is issued with.
struct CardHolder
{
    QDate birthDate;
    QDate expiryDate;
    QString securityCode; // 4 digits
    QString pin; // 4 digits, 利用者証明用
    QString name;
    QString address;
    QString sex; // 男 or 女
    QImage photo; // scaled to at most PhotoSize and stored greyscale
};

// A My Number card in memory, for the emulated reader and the tests. It
// implements two applications:
//
// 券面事項確認AP (card-face confirmation), AID D3 92 10 00 31 00 01 01 04 02:
//   EF 0013  照合番号B (14 ASCII digits), CollationTries tries
//   EF 0002  card-face data, readable once 照合番号B was verified: records of
//            tag (1 byte), length (2 bytes, big-endian), value:
//            01 birth date "YYYYMMDD", 02 expiry date "YYYYMMDD",
//            03 security code "NNNN", 04 sex (UTF-8), 05 name (UTF-8),
//            06 address (UTF-8), 10 face photo (greyscale JPEG 2000)
// 利用者証明用 PIN, in the JPKI application as the public JPKI drivers
// (OpenSC's jpki) address it, AID D3 92 F0 00 26 01 00 00 00 01:
//   EF 0018  PIN (4 ASCII digits), PinTries tries, then blocked for good
//
// Commands: SELECT by AID 00 A4 04 0C, SELECT EF 00 A4 02 0C, VERIFY
// 00 20 00 80 (no data: 63Cx tries left, 9000 when already verified),
// READ BINARY 00 B0 with a 15-bit offset. Status words: 9000, 6282 (end of
// file before Le), 63Cx (wrong, x tries left), 6700 (malformed or wrong
// length), 6982 (not verified), 6983 (this try blocked it), 6984 (blocked),
// 6986 (no or wrong kind of EF selected), 6A82 (no such AP or EF), 6A86 (bad
// P1/P2), 6B00 (offset beyond the end), 6D00 (unknown INS), 6E00 (CLA).
// Selecting an application drops the verified state; tries persist, like the
// chip's own counters.
class VirtualMyNumberCard final : public CardChannel
{
public:
    static constexpr int CollationTries = 10;
    static constexpr int PinTries = 3;
    static constexpr quint16 CollationKeyFid = 0x0013;
    static constexpr quint16 CardFaceDataFid = 0x0002;
    static constexpr quint16 UserAuthPinFid = 0x0018;
    static constexpr QSize PhotoSize{192, 240};

    enum Tag : quint8 {
        BirthDateTag = 0x01,
        ExpiryDateTag = 0x02,
        SecurityCodeTag = 0x03,
        SexTag = 0x04,
        NameTag = 0x05,
        AddressTag = 0x06,
        PhotoTag = 0x10,
    };

    static QByteArray cardFaceAid();
    static QByteArray userAuthAid();

    explicit VirtualMyNumberCard(const CardHolder &holder);
    ~VirtualMyNumberCard() override;

    ApduResponse transmit(const QByteArray &commandApdu) override;

    int collationTriesLeft() const { return m_collation.triesLeft; }
    int pinTriesLeft() const { return m_pin.triesLeft; }
    // The 照合番号B this card was issued with.
    QByteArray collationDigits() const { return m_collation.secret; }

private:
    enum class Application { None, CardFace, UserAuth };
    struct Key
    {
        QByteArray secret;
        int triesLeft = 0;
        bool verified = false;
    };

    ApduResponse select(const CommandApdu &apdu);
    ApduResponse verify(const CommandApdu &apdu);
    ApduResponse readBinary(const CommandApdu &apdu);
    Key *currentKey();

    Application m_application = Application::None;
    quint16 m_currentEf = 0;
    Key m_collation;
    Key m_pin;
    QByteArray m_cardFaceData;
};

} // namespace ReaderStack
