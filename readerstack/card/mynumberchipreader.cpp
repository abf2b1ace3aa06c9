// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/card/mynumberchipreader.h"

#include "readerstack/card/virtualmynumbercard.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cstring>

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxEfSize = 0x8000;
constexpr int ChunkSize = 256;

QString swText(quint16 sw)
{
    return QString::number(sw, 16).toUpper().rightJustified(4, u'0');
}

Error unexpected(const char16_t *command, quint16 sw)
{
    return Error(ErrorCode::CardCommunicationFailed, QString::fromUtf16(command) + u" answered "_s + swText(sw));
}

QByteArray header(quint8 ins, quint8 p1, quint8 p2)
{
    QByteArray apdu;
    apdu.append('\0').append(char(ins)).append(char(p1)).append(char(p2));
    return apdu;
}

QDate parseDate(const QByteArray &digits)
{
    return QDate::fromString(QString::fromLatin1(digits), u"yyyyMMdd"_s);
}

} // namespace

CardFaceRecord::CardFaceRecord(CardFaceRecord &&other) noexcept
    : birthDate(std::exchange(other.birthDate, QDate()))
    , expiryDate(std::exchange(other.expiryDate, QDate()))
    , securityCode(std::exchange(other.securityCode, QString()))
    , sex(std::exchange(other.sex, QString()))
    , name(std::exchange(other.name, QString()))
    , address(std::exchange(other.address, QString()))
    , photoJpeg2000(std::exchange(other.photoJpeg2000, QByteArray()))
{
}

CardFaceRecord &CardFaceRecord::operator=(CardFaceRecord &&other) noexcept
{
    if (this != &other) {
        wipe();
        birthDate = std::exchange(other.birthDate, QDate());
        expiryDate = std::exchange(other.expiryDate, QDate());
        securityCode = std::exchange(other.securityCode, QString());
        sex = std::exchange(other.sex, QString());
        name = std::exchange(other.name, QString());
        address = std::exchange(other.address, QString());
        photoJpeg2000 = std::exchange(other.photoJpeg2000, QByteArray());
    }
    return *this;
}

CardFaceRecord::~CardFaceRecord()
{
    wipe();
}

void CardFaceRecord::wipe()
{
    birthDate = QDate();
    expiryDate = QDate();
    wipeString(securityCode);
    wipeString(sex);
    wipeString(name);
    wipeString(address);
    wipeBytes(photoJpeg2000);
}

Result<QImage> CardFaceRecord::photo() const
{
    if (photoJpeg2000.isEmpty())
        return Error(ErrorCode::CardDataMalformed, u"no face photo"_s);
    cv::Mat decoded;
    try {
        const cv::Mat encoded(1, int(photoJpeg2000.size()), CV_8UC1,
                              const_cast<char *>(photoJpeg2000.constData()));
        decoded = cv::imdecode(encoded, cv::IMREAD_GRAYSCALE);
    } catch (const cv::Exception &e) {
        return Error(ErrorCode::CardDataMalformed, u"face photo: "_s + QString::fromUtf8(e.what()));
    }
    if (decoded.empty() || decoded.type() != CV_8UC1)
        return Error(ErrorCode::CardDataMalformed, u"face photo is no JPEG 2000"_s);
    QImage image(decoded.cols, decoded.rows, QImage::Format_Grayscale8);
    for (int y = 0; y < decoded.rows; ++y)
        std::memcpy(image.scanLine(y), decoded.ptr(y), size_t(decoded.cols));
    return image;
}

MyNumberChipReader::MyNumberChipReader(CardChannel &channel)
    : m_channel(channel)
{
}

Result<void> MyNumberChipReader::selectKey(const QByteArray &aid, quint16 fid)
{
    QByteArray selectAp = header(0xA4, 0x04, 0x0C);
    selectAp.append(char(aid.size())).append(aid);
    const ApduResponse ap = m_channel.transmit(selectAp);
    if (ap.statusWord == StatusWord::NotFound)
        return Error(ErrorCode::NotMyNumberCard, u"application not on the chip"_s);
    if (!ap.ok())
        return unexpected(u"SELECT AP", ap.statusWord);
    QByteArray selectEf = header(0xA4, 0x02, 0x0C);
    selectEf.append('\x02').append(char(fid >> 8)).append(char(fid & 0xFF));
    const ApduResponse ef = m_channel.transmit(selectEf);
    if (ef.statusWord == StatusWord::NotFound)
        return Error(ErrorCode::NotMyNumberCard, u"EF not on the chip"_s);
    if (!ef.ok())
        return unexpected(u"SELECT EF", ef.statusWord);
    return Result<void>::success();
}

Result<int> MyNumberChipReader::triesLeft(ErrorCode blocked)
{
    const ApduResponse response = m_channel.transmit(header(0x20, 0x00, 0x80));
    if (StatusWord::isTriesLeft(response.statusWord)) {
        const int tries = StatusWord::triesLeft(response.statusWord);
        if (tries == 0)
            return Error(blocked);
        return tries;
    }
    if (response.statusWord == StatusWord::AuthenticationBlocked
        || response.statusWord == StatusWord::ReferenceDataUnusable)
        return Error(blocked);
    return unexpected(u"VERIFY", response.statusWord);
}

Result<void> MyNumberChipReader::verify(QByteArray secret, ErrorCode rejected, ErrorCode blocked)
{
    QByteArray apdu = header(0x20, 0x00, 0x80);
    apdu.append(char(secret.size())).append(secret);
    wipeBytes(secret);
    const ApduResponse response = m_channel.transmit(apdu);
    wipeBytes(apdu);
    if (response.ok())
        return Result<void>::success();
    if (StatusWord::isTriesLeft(response.statusWord)) {
        if (StatusWord::triesLeft(response.statusWord) == 0)
            return Error(blocked);
        return Error(rejected, u"tries left: "_s + QString::number(StatusWord::triesLeft(response.statusWord)));
    }
    if (response.statusWord == StatusWord::AuthenticationBlocked
        || response.statusWord == StatusWord::ReferenceDataUnusable)
        return Error(blocked);
    return unexpected(u"VERIFY", response.statusWord);
}

Result<QByteArray> MyNumberChipReader::readWholeEf()
{
    QByteArray content;
    while (content.size() < MaxEfSize) {
        QByteArray apdu = header(0xB0, quint8(content.size() >> 8), quint8(content.size() & 0xFF));
        apdu.append('\0'); // Le 00: up to 256 bytes
        ApduResponse response = m_channel.transmit(apdu);
        if (response.data.size() > ChunkSize) {
            wipeBytes(content);
            wipeBytes(response.data);
            return Error(ErrorCode::CardDataMalformed, u"READ BINARY returned more than Le"_s);
        }
        const qsizetype chunk = response.data.size();
        content.append(response.data);
        wipeBytes(response.data);
        if (response.statusWord == StatusWord::EndOfFile || response.statusWord == StatusWord::WrongOffset)
            return content;
        if (!response.ok()) {
            wipeBytes(content);
            return unexpected(u"READ BINARY", response.statusWord);
        }
        // A card answering 9000 with no bytes would keep this loop going forever.
        if (chunk == 0) {
            wipeBytes(content);
            return Error(ErrorCode::CardDataMalformed, u"READ BINARY returned no data"_s);
        }
    }
    wipeBytes(content);
    return Error(ErrorCode::CardDataMalformed, u"EF larger than its offsets allow"_s);
}

Result<CardFaceRecord> MyNumberChipReader::readCardFace(const CollationNumberB &number)
{
    if (number.isEmpty())
        return Error(ErrorCode::InvalidCollationNumber, u"empty"_s);
    if (Result<void> selected = selectKey(VirtualMyNumberCard::cardFaceAid(), VirtualMyNumberCard::CollationKeyFid);
        !selected)
        return selected.error();
    if (Result<int> tries = triesLeft(ErrorCode::CollationNumberBlocked); !tries)
        return tries.error();
    if (Result<void> verified = verify(number.digits(), ErrorCode::CollationNumberRejected,
                                       ErrorCode::CollationNumberBlocked);
        !verified)
        return verified.error();

    QByteArray selectData = header(0xA4, 0x02, 0x0C);
    selectData.append('\x02')
        .append(char(VirtualMyNumberCard::CardFaceDataFid >> 8))
        .append(char(VirtualMyNumberCard::CardFaceDataFid & 0xFF));
    const ApduResponse selected = m_channel.transmit(selectData);
    if (selected.statusWord == StatusWord::NotFound)
        return Error(ErrorCode::NotMyNumberCard, u"card-face EF not on the chip"_s);
    if (!selected.ok())
        return unexpected(u"SELECT EF", selected.statusWord);

    Result<QByteArray> content = readWholeEf();
    if (!content)
        return content.error();
    QByteArray &bytes = content.value();
    CardFaceRecord record;
    qsizetype pos = 0;
    bool malformed = false;
    while (pos < bytes.size()) {
        if (pos + 3 > bytes.size()) {
            malformed = true;
            break;
        }
        const quint8 tag = quint8(bytes.at(pos));
        const qsizetype length = (qsizetype(quint8(bytes.at(pos + 1))) << 8) | quint8(bytes.at(pos + 2));
        pos += 3;
        if (pos + length > bytes.size()) {
            malformed = true;
            break;
        }
        QByteArray value = bytes.mid(pos, length);
        pos += length;
        switch (tag) {
        case VirtualMyNumberCard::BirthDateTag:
            record.birthDate = parseDate(value);
            break;
        case VirtualMyNumberCard::ExpiryDateTag:
            record.expiryDate = parseDate(value);
            break;
        case VirtualMyNumberCard::SecurityCodeTag:
            record.securityCode = QString::fromLatin1(value);
            break;
        case VirtualMyNumberCard::SexTag:
            record.sex = QString::fromUtf8(value);
            break;
        case VirtualMyNumberCard::NameTag:
            record.name = QString::fromUtf8(value);
            break;
        case VirtualMyNumberCard::AddressTag:
            record.address = QString::fromUtf8(value);
            break;
        case VirtualMyNumberCard::PhotoTag:
            record.photoJpeg2000 = value;
            break;
        default:
            break; // records this reader does not know are skipped, as newer cards may add some
        }
        if (tag != VirtualMyNumberCard::PhotoTag)
            wipeBytes(value);
    }
    wipeBytes(bytes);
    if (malformed)
        return Error(ErrorCode::CardDataMalformed, u"truncated record"_s);
    if (!record.birthDate.isValid() || !record.expiryDate.isValid() || record.securityCode.size() != 4)
        return Error(ErrorCode::CardDataMalformed, u"card-face record incomplete"_s);
    return record;
}

Result<int> MyNumberChipReader::collationTriesLeft()
{
    if (Result<void> selected = selectKey(VirtualMyNumberCard::cardFaceAid(), VirtualMyNumberCard::CollationKeyFid);
        !selected)
        return selected.error();
    return triesLeft(ErrorCode::CollationNumberBlocked);
}

Result<void> MyNumberChipReader::verifyPin(QStringView pin)
{
    if (pin.size() != 4 || std::any_of(pin.begin(), pin.end(), [](QChar c) { return c < u'0' || c > u'9'; }))
        return Error(ErrorCode::InvalidArgument, u"a PIN is 4 digits"_s);
    if (Result<void> selected = selectKey(VirtualMyNumberCard::userAuthAid(), VirtualMyNumberCard::UserAuthPinFid);
        !selected)
        return selected;
    if (Result<int> tries = triesLeft(ErrorCode::PinBlocked); !tries)
        return tries.error();
    QByteArray digits;
    for (QChar c : pin)
        digits.append(char(c.unicode()));
    return verify(std::move(digits), ErrorCode::PinRejected, ErrorCode::PinBlocked);
}

Result<int> MyNumberChipReader::pinTriesLeft()
{
    if (Result<void> selected = selectKey(VirtualMyNumberCard::userAuthAid(), VirtualMyNumberCard::UserAuthPinFid);
        !selected)
        return selected.error();
    return triesLeft(ErrorCode::PinBlocked);
}

} // namespace ReaderStack
