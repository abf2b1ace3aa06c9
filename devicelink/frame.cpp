// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/frame.h"

#include <QtEndian>

namespace DeviceLink {

quint32 maxPayloadSize(Channel channel)
{
    switch (channel) {
    case Channel::Control:
        return 1u << 20;
    case Channel::Log:
    case Channel::Bulk:
        return 8u << 20;
    case Channel::Video:
        return 16u << 20;
    }
    return 0;
}

QByteArray encodeFrame(Channel channel, QByteArrayView payload)
{
    Q_ASSERT(quint64(payload.size()) <= maxPayloadSize(channel));
    QByteArray out;
    out.resize(FrameHeaderSize + payload.size());
    qToBigEndian<quint32>(quint32(payload.size()), out.data());
    out[4] = char(channel);
    if (!payload.isEmpty())
        memcpy(out.data() + FrameHeaderSize, payload.data(), size_t(payload.size()));
    return out;
}

void FrameDecoder::append(QByteArrayView bytes)
{
    if (m_error)
        return;
    // Compact lazily so a long-lived connection does not keep consumed bytes.
    if (m_offset > 0 && m_offset >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
}

Result<std::optional<Frame>> FrameDecoder::next()
{
    if (m_error)
        return *m_error;
    const qsizetype available = m_buffer.size() - m_offset;
    if (available < FrameHeaderSize)
        return std::optional<Frame>();
    const char *header = m_buffer.constData() + m_offset;
    const quint32 length = qFromBigEndian<quint32>(header);
    const quint8 rawChannel = quint8(header[4]);
    if (rawChannel >= ChannelCount) {
        m_error = Error(ErrorCode::UnknownChannel, QStringLiteral("channel %1").arg(rawChannel));
        return *m_error;
    }
    const auto channel = Channel(rawChannel);
    if (length > maxPayloadSize(channel)) {
        m_error = Error(ErrorCode::FrameTooLarge,
                        QStringLiteral("%1 bytes on channel %2, limit %3")
                            .arg(length)
                            .arg(rawChannel)
                            .arg(maxPayloadSize(channel)));
        return *m_error;
    }
    if (available < FrameHeaderSize + qsizetype(length))
        return std::optional<Frame>();
    Frame frame;
    frame.channel = channel;
    frame.payload = m_buffer.mid(m_offset + FrameHeaderSize, length);
    m_offset += FrameHeaderSize + length;
    if (m_offset == m_buffer.size()) {
        m_buffer.resize(0); // keeps the capacity for the next frames
        m_offset = 0;
    }
    return std::optional<Frame>(std::move(frame));
}

Result<void> FrameDecoder::finish() const
{
    if (m_error)
        return *m_error;
    if (bufferedBytes() > 0)
        return Error(ErrorCode::FrameTruncated, QStringLiteral("%1 bytes left over").arg(bufferedBytes()));
    return {};
}

} // namespace DeviceLink
