// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/scenario/readerscenario.h"

#include "readerstack/card/collationnumberb.h"
#include "readerstack/face/camerafaceverifier.h"
#include "readerstack/face/framesource.h"
#include "readerstack/card/mynumberchipreader.h"

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// A card without the My Number applications: every command is answered
// "not found", as a bank or point card would.
class OtherCard final : public CardChannel
{
public:
    ApduResponse transmit(const QByteArray &commandApdu) override
    {
        Q_UNUSED(commandApdu)
        return {{}, StatusWord::NotFound};
    }
};

} // namespace

ReaderScenario::ReaderScenario(FlowClock &clock, QObject *parent)
    : QObject(parent)
    , m_cardFace(clock)
    , m_face(clock)
{
}

ReaderScenario::~ReaderScenario() = default;

void ReaderScenario::useCamera()
{
    if (m_camera)
        return;
    m_camera = std::make_unique<CameraFaceVerifier>([this]() -> std::unique_ptr<FrameSource> {
        QMutexLocker lock(&m_cameraFeedLock);
        if (!m_cameraVideo.isEmpty())
            return FileFrameSource::video(m_cameraVideo);
        // Played once: looping would show the face jumping back, which the
        // liveness check would take for a live face moving.
        if (!m_cameraImages.isEmpty())
            return FileFrameSource::images(m_cameraImages);
        lock.unlock();
        return CameraFrameSource::openFirst();
    });
}

void ReaderScenario::setCameraVideo(const QString &path)
{
    QMutexLocker lock(&m_cameraFeedLock);
    m_cameraVideo = path;
    m_cameraImages.clear();
}

void ReaderScenario::setCameraImages(const QStringList &paths)
{
    QMutexLocker lock(&m_cameraFeedLock);
    m_cameraImages = paths;
    m_cameraVideo.clear();
}

FaceVerifier &ReaderScenario::faceVerifier()
{
    if (m_camera)
        return *m_camera;
    return m_face;
}

CardHolder ReaderScenario::sampleHolder(const QString &pin)
{
    CardHolder holder;
    holder.birthDate = QDate(1985, 6, 15);
    holder.expiryDate = QDate(2034, 6, 15);
    holder.securityCode = u"2468"_s;
    holder.pin = pin;
    holder.name = u"見本　花子"_s;
    holder.address = u"東京都千代田区見本町1丁目1番1号"_s;
    holder.sex = u"女"_s;
    QImage photo(96, 120, QImage::Format_Grayscale8);
    for (int y = 0; y < photo.height(); ++y) {
        for (int x = 0; x < photo.width(); ++x)
            photo.scanLine(y)[x] = uchar(96 + (x + 2 * y) % 96);
    }
    holder.photo = photo;
    return holder;
}

void ReaderScenario::placeCard(const CardHolder &holder, QDate certificateExpiry)
{
    auto card = std::make_unique<VirtualMyNumberCard>(holder);
    QByteArray digits = card->collationDigits();
    insertCard(std::move(card), std::move(digits), certificateExpiry);
}

void ReaderScenario::placeMisreadCard(const CardHolder &holder)
{
    auto card = std::make_unique<VirtualMyNumberCard>(holder);
    QByteArray digits = card->collationDigits();
    // The last digit is the security code's: any value keeps the number well formed.
    digits.back() = char('0' + (digits.back() - '0' + 1) % 10);
    insertCard(std::move(card), std::move(digits), {});
}

void ReaderScenario::placeLockedCard(const CardHolder &holder)
{
    auto card = std::make_unique<VirtualMyNumberCard>(holder);
    QByteArray digits = card->collationDigits();
    QByteArray wrong = digits;
    wrong.back() = char('0' + (wrong.back() - '0' + 1) % 10);
    if (Result<CollationNumberB> misread = CollationNumberB::fromString(QString::fromLatin1(wrong))) {
        MyNumberChipReader chip(*card);
        for (;;) {
            const Result<int> left = chip.collationTriesLeft();
            if (!left || left.value() <= 0)
                break;
            Q_UNUSED(chip.readCardFace(misread.value()));
        }
    }
    wipeBytes(wrong);
    insertCard(std::move(card), std::move(digits), {});
}

void ReaderScenario::insertCard(std::unique_ptr<VirtualMyNumberCard> card, QByteArray digits, QDate certificateExpiry)
{
    removeCard();
    Result<CollationNumberB> collation = CollationNumberB::fromString(QString::fromLatin1(digits));
    wipeBytes(digits);
    if (collation)
        m_cardFace.setReading(collation.value(), certificateExpiry);
    else
        m_cardFace.setFailure(CardReadFailure::Unreadable);
    m_card = std::move(card);
    m_channel = m_card.get();
    Q_EMIT cardPlaced(*m_channel);
}

void ReaderScenario::placeUnreadableCard()
{
    insertOther(CardReadFailure::Unreadable);
}

void ReaderScenario::placeOtherCard()
{
    insertOther(CardReadFailure::NotMyNumberCard);
}

void ReaderScenario::insertOther(CardReadFailure failure)
{
    removeCard();
    m_cardFace.setFailure(failure);
    m_other = std::make_unique<OtherCard>();
    m_channel = m_other.get();
    Q_EMIT cardPlaced(*m_channel);
}

void ReaderScenario::removeCard()
{
    if (!m_channel)
        return;
    m_channel = nullptr;
    // The flow lets go of the channel before it is destroyed.
    Q_EMIT cardRemoved();
    m_card.reset();
    m_other.reset();
    // The "OCR" forgets the 照合番号B it read off the card.
    m_cardFace.setFailure(CardReadFailure::Unreadable);
}

} // namespace ReaderStack
