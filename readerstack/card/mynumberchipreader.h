// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "readerstack/card/cardchannel.h"
#include "readerstack/card/collationnumberb.h"

#include <QDate>
#include <QImage>
#include <QString>

namespace ReaderStack {

// What the chip's 券面事項確認AP gives once 照合番号B is verified. Personal
// data: it lives only for one patient's flow; wipe() (also run by the
// destructor) overwrites every buffer. Never log any of it.
class CardFaceRecord
{
public:
    CardFaceRecord() = default;
    CardFaceRecord(const CardFaceRecord &) = delete;
    CardFaceRecord &operator=(const CardFaceRecord &) = delete;
    CardFaceRecord(CardFaceRecord &&other) noexcept;
    CardFaceRecord &operator=(CardFaceRecord &&other) noexcept;
    ~CardFaceRecord();

    QDate birthDate;
    QDate expiryDate;
    QString securityCode;
    QString sex;
    QString name;
    QString address;
    QByteArray photoJpeg2000;

    // The face photo decoded (greyscale); CardDataMalformed when it is no
    // readable JPEG 2000.
    DeviceLink::Result<QImage> photo() const;
    void wipe();
};

// The client side of the chip: talks to any CardChannel only through APDUs.
// Errors: NotMyNumberCard (the AP is missing), CollationNumberRejected (with
// tries left in the detail), CollationNumberBlocked, PinRejected, PinBlocked,
// CardDataMalformed, CardCommunicationFailed (any other status word).
// Not thread-safe; one reader per channel at a time.
class MyNumberChipReader
{
public:
    explicit MyNumberChipReader(CardChannel &channel);

    // Selects 券面事項確認AP, verifies 照合番号B and reads the card-face data.
    // A blocked key is detected before a try is spent.
    DeviceLink::Result<CardFaceRecord> readCardFace(const CollationNumberB &number);
    DeviceLink::Result<int> collationTriesLeft();

    // Verifies the 4-digit 利用者証明用 PIN. InvalidArgument for anything but
    // 4 digits, so a typo never costs one of the 3 tries.
    DeviceLink::Result<void> verifyPin(QStringView pin);
    DeviceLink::Result<int> pinTriesLeft();

private:
    DeviceLink::Result<void> selectKey(const QByteArray &aid, quint16 fid);
    DeviceLink::Result<int> triesLeft(DeviceLink::ErrorCode blocked);
    DeviceLink::Result<void> verify(QByteArray secret, DeviceLink::ErrorCode rejected, DeviceLink::ErrorCode blocked);
    DeviceLink::Result<QByteArray> readWholeEf();

    CardChannel &m_channel;
};

} // namespace ReaderStack
