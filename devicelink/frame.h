// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace DeviceLink {

// Logical streams multiplexed on one TLS connection. Control is always sent
// first; the others are queued behind it (see LinkConnection).
enum class Channel : quint8 {
    Control = 0,
    Log = 1,
    Video = 2,
    Bulk = 3,
};
inline constexpr int ChannelCount = 4;

struct Frame
{
    Channel channel = Channel::Control;
    QByteArray payload;
};

// Wire form: u32 payload length (big-endian) | u8 channel | payload.
inline constexpr qsizetype FrameHeaderSize = 5;

// Largest payload accepted per channel. Control carries small CBOR maps; a
// bigger control frame is hostile or broken and is refused before buffering.
DEVICELINK_EXPORT quint32 maxPayloadSize(Channel channel);

DEVICELINK_EXPORT QByteArray encodeFrame(Channel channel, QByteArrayView payload);

// Incremental decoder for a byte stream that may be split anywhere. After the
// first error the stream is unusable: the caller must drop the connection.
class DEVICELINK_EXPORT FrameDecoder
{
public:
    void append(QByteArrayView bytes);

    // The next complete frame, nothing if more bytes are needed, or an error
    // (oversize or unknown channel), which is then sticky.
    Result<std::optional<Frame>> next();

    // Call at end of stream: a partial frame left over is FrameTruncated.
    Result<void> finish() const;

    qsizetype bufferedBytes() const { return m_buffer.size() - m_offset; }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    std::optional<Error> m_error;
};

} // namespace DeviceLink
