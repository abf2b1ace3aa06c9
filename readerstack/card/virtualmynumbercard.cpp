// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/card/virtualmynumbercard.h"

#include "readerstack/card/collationnumberb.h"
#include "readerstack/card/japaneseera.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <vector>

namespace ReaderStack {

using namespace Qt::StringLiterals;

namespace {

constexpr quint8 InsSelect = 0xA4;
constexpr quint8 InsVerify = 0x20;
constexpr quint8 InsReadBinary = 0xB0;
constexpr int MaxEfSize = 0x7FFF;

ApduResponse status(quint16 sw)
{
    return {{}, sw};
}

void appendRecord(QByteArray &ef, quint8 tag, const QByteArray &value)
{
    ef.append(char(tag)).append(char((value.size() >> 8) & 0xFF)).append(char(value.size() & 0xFF));
    ef.append(value);
}

// JPEG 2000 at a ratio that keeps the EF inside its 15-bit offsets; an
// OpenCV failure leaves the record empty, which the reader reports as
// malformed card data rather than crashing here.
QByteArray encodePhoto(const QImage &photo)
{
    if (photo.isNull())
        return {};
    const QSize limit = VirtualMyNumberCard::PhotoSize;
    const QImage fitted = photo.width() > limit.width() || photo.height() > limit.height()
        ? photo.scaled(limit, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : photo;
    QImage grey = fitted.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat view(grey.height(), grey.width(), CV_8UC1, grey.bits(), size_t(grey.bytesPerLine()));
    std::vector<uchar> encoded;
    try {
        if (!cv::imencode(".jp2", view, encoded, {cv::IMWRITE_JPEG2000_COMPRESSION_X1000, 250}))
            return {};
    } catch (const cv::Exception &) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(encoded.data()), qsizetype(encoded.size()));
}

QByteArray dateDigits(QDate date)
{
    return date.toString(u"yyyyMMdd"_s).toLatin1();
}

bool isDigitPin(const QString &pin)
{
    if (pin.size() != 4)
        return false;
    for (QChar c : pin) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

} // namespace

QByteArray VirtualMyNumberCard::cardFaceAid()
{
    return QByteArray::fromHex("D3921000310001010402");
}

QByteArray VirtualMyNumberCard::userAuthAid()
{
    return QByteArray::fromHex("D392F000260100000001");
}

VirtualMyNumberCard::VirtualMyNumberCard(const CardHolder &holder)
{
    const QString birth6 = JapaneseEra::birth6(holder.birthDate).ok() ? JapaneseEra::birth6(holder.birthDate).value()
                                                                       : u"000000"_s;
    m_collation.secret = (birth6 + QString::number(holder.expiryDate.year()).rightJustified(4, u'0')
                          + holder.securityCode.left(4).rightJustified(4, u'0'))
                             .toLatin1();
    m_collation.triesLeft = CollationTries;
    // A card issued with no usable PIN is blocked from the start, as an
    // unset PIN is on a real card.
    m_pin.secret = holder.pin.toLatin1();
    m_pin.triesLeft = isDigitPin(holder.pin) ? PinTries : 0;

    appendRecord(m_cardFaceData, BirthDateTag, dateDigits(holder.birthDate));
    appendRecord(m_cardFaceData, ExpiryDateTag, dateDigits(holder.expiryDate));
    appendRecord(m_cardFaceData, SecurityCodeTag, holder.securityCode.toLatin1());
    appendRecord(m_cardFaceData, SexTag, holder.sex.toUtf8());
    appendRecord(m_cardFaceData, NameTag, holder.name.toUtf8());
    appendRecord(m_cardFaceData, AddressTag, holder.address.toUtf8());
    appendRecord(m_cardFaceData, PhotoTag, encodePhoto(holder.photo));
    Q_ASSERT(m_cardFaceData.size() <= MaxEfSize);
}

VirtualMyNumberCard::~VirtualMyNumberCard()
{
    wipeBytes(m_collation.secret);
    wipeBytes(m_pin.secret);
    wipeBytes(m_cardFaceData);
}

ApduResponse VirtualMyNumberCard::transmit(const QByteArray &commandApdu)
{
    const std::optional<CommandApdu> apdu = CommandApdu::parse(commandApdu);
    if (!apdu)
        return status(StatusWord::WrongLength);
    if (apdu->cla != 0x00)
        return status(StatusWord::ClassNotSupported);
    switch (apdu->ins) {
    case InsSelect:
        return select(*apdu);
    case InsVerify:
        return verify(*apdu);
    case InsReadBinary:
        return readBinary(*apdu);
    default:
        return status(StatusWord::InstructionNotSupported);
    }
}

ApduResponse VirtualMyNumberCard::select(const CommandApdu &apdu)
{
    if (apdu.p2 != 0x0C && apdu.p2 != 0x00)
        return status(StatusWord::IncorrectP1P2);
    if (apdu.p1 == 0x04) {
        if (apdu.data.isEmpty() || apdu.data.size() > 16)
            return status(StatusWord::WrongLength);
        m_collation.verified = false;
        m_pin.verified = false;
        m_currentEf = 0;
        if (apdu.data == cardFaceAid()) {
            m_application = Application::CardFace;
        } else if (apdu.data == userAuthAid()) {
            m_application = Application::UserAuth;
        } else {
            m_application = Application::None;
            return status(StatusWord::NotFound);
        }
        return status(StatusWord::Success);
    }
    if (apdu.p1 == 0x02) {
        if (apdu.data.size() != 2)
            return status(StatusWord::WrongLength);
        const quint16 fid = quint16((quint8(apdu.data.at(0)) << 8) | quint8(apdu.data.at(1)));
        const bool exists = (m_application == Application::CardFace && (fid == CollationKeyFid || fid == CardFaceDataFid))
            || (m_application == Application::UserAuth && fid == UserAuthPinFid);
        if (!exists)
            return status(StatusWord::NotFound);
        m_currentEf = fid;
        return status(StatusWord::Success);
    }
    return status(StatusWord::IncorrectP1P2);
}

VirtualMyNumberCard::Key *VirtualMyNumberCard::currentKey()
{
    if (m_application == Application::CardFace && m_currentEf == CollationKeyFid)
        return &m_collation;
    if (m_application == Application::UserAuth && m_currentEf == UserAuthPinFid)
        return &m_pin;
    return nullptr;
}

ApduResponse VirtualMyNumberCard::verify(const CommandApdu &apdu)
{
    if (apdu.p1 != 0x00 || apdu.p2 != 0x80)
        return status(StatusWord::IncorrectP1P2);
    Key *key = currentKey();
    if (!key)
        return status(StatusWord::NotAllowed);
    if (key->triesLeft == 0)
        return status(StatusWord::ReferenceDataUnusable);
    if (apdu.data.isEmpty()) {
        if (key->verified)
            return status(StatusWord::Success);
        return status(quint16(StatusWord::TriesLeftBase | key->triesLeft));
    }
    if (apdu.data.size() != key->secret.size())
        return status(StatusWord::WrongLength);
    // Constant time, so the answer's timing does not tell how many digits matched.
    int difference = 0;
    for (qsizetype i = 0; i < apdu.data.size(); ++i)
        difference |= apdu.data.at(i) ^ key->secret.at(i);
    if (difference == 0) {
        key->triesLeft = key == &m_pin ? PinTries : CollationTries;
        key->verified = true;
        return status(StatusWord::Success);
    }
    key->verified = false;
    --key->triesLeft;
    if (key->triesLeft == 0)
        return status(StatusWord::AuthenticationBlocked);
    return status(quint16(StatusWord::TriesLeftBase | key->triesLeft));
}

ApduResponse VirtualMyNumberCard::readBinary(const CommandApdu &apdu)
{
    if (m_application != Application::CardFace || m_currentEf != CardFaceDataFid)
        return status(StatusWord::NotAllowed);
    if (!apdu.data.isEmpty() || !apdu.le)
        return status(StatusWord::WrongLength);
    if (apdu.p1 & 0x80)
        return status(StatusWord::IncorrectP1P2);
    if (!m_collation.verified)
        return status(StatusWord::SecurityNotSatisfied);
    const qsizetype offset = (qsizetype(apdu.p1) << 8) | apdu.p2;
    if (offset >= m_cardFaceData.size())
        return status(StatusWord::WrongOffset);
    const qsizetype wanted = *apdu.le;
    const qsizetype available = m_cardFaceData.size() - offset;
    if (available < wanted)
        return {m_cardFaceData.mid(offset), StatusWord::EndOfFile};
    return {m_cardFaceData.mid(offset, wanted), StatusWord::Success};
}

} // namespace ReaderStack
