// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QRect>

#include <vector>

struct ZSTD_CCtx_s;
struct ZSTD_DCtx_s;

namespace DeviceLink {

// The screen mirror's wire format (video channel). A frame carries only the
// 64×64 tiles that changed since the previous frame of the same stream,
// losslessly: pixels as RGB bytes, each byte minus its left neighbour's,
// the tiles of one frame compressed together with zstd. See docs/PROTOCOL.md.
inline constexpr int MirrorTileSize = 64;
inline constexpr int MirrorMaxDimension = 4096;
inline constexpr quint8 MirrorFormatVersion = 1;

// A borrowed view of 32-bit pixels laid out like QImage::Format_RGB32
// (0xffRRGGBB in native byte order). Valid only while its owner keeps the
// buffer unchanged.
struct PixelView
{
    const uchar *bits = nullptr;
    qsizetype bytesPerLine = 0;
    int width = 0;
    int height = 0;

    bool isNull() const { return bits == nullptr || width <= 0 || height <= 0; }
    const quint32 *row(int y) const { return reinterpret_cast<const quint32 *>(bits + y * bytesPerLine); }
};

// Which tiles of a frame may have changed. Rectangles are clipped to the
// frame and rounded out to whole tiles.
class DEVICELINK_EXPORT TileMask
{
public:
    TileMask() = default;
    TileMask(int width, int height);

    void add(const QRect &rect);
    void addAll();
    void clear();
    bool any() const { return m_count > 0; }
    bool test(int index) const { return m_bits[size_t(index)]; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    int tileCount() const { return m_columns * m_rows; }
    bool covers(int width, int height) const { return m_width == width && m_height == height; }
    int setCount() const { return m_count; }

private:
    int m_width = 0;
    int m_height = 0;
    int m_columns = 0;
    int m_rows = 0;
    int m_count = 0;
    std::vector<bool> m_bits;
};

// The reader's half: remembers what the viewer has and encodes the
// difference. One encoder per viewer (per subscribed session).
//
// Thread: the reader's thread; not thread-safe.
class DEVICELINK_EXPORT MirrorEncoder
{
public:
    MirrorEncoder();
    ~MirrorEncoder();
    MirrorEncoder(const MirrorEncoder &) = delete;
    MirrorEncoder &operator=(const MirrorEncoder &) = delete;

    // The next frame is a keyframe (every tile), as when a viewer joins.
    void reset();

    // Encodes the tiles in candidates whose pixels differ from what the
    // viewer has; every tile for a keyframe (first frame, after reset, or a
    // new frame size). Returns an empty array when no pixel changed.
    QByteArray encode(const PixelView &frame, const TileMask &candidates, qint64 renderTimeNs);

    quint32 sequence() const { return m_sequence; }
    // What was sent so far: raw RGB bytes of the tiles, and encoded bytes.
    quint64 rawBytes() const { return m_rawBytes; }
    quint64 encodedBytes() const { return m_encodedBytes; }
    quint64 tilesSent() const { return m_tilesSent; }

private:
    std::vector<quint32> m_sent; // the viewer's copy, tightly packed
    int m_width = 0;
    int m_height = 0;
    bool m_keyframe = true;
    quint32 m_sequence = 0;
    quint64 m_rawBytes = 0;
    quint64 m_encodedBytes = 0;
    quint64 m_tilesSent = 0;
    QByteArray m_scratch;
    std::vector<quint16> m_changed;
    ZSTD_CCtx_s *m_context;
};

struct DecodedMirrorFrame
{
    quint32 sequence = 0;
    qint64 renderTimeNs = 0;
    bool keyframe = false;
    int tiles = 0;
    QRect bounds; // union of the tiles that changed
};

// The console's half: applies frames to its copy of the reader's screen.
// Hostile or broken input is refused with MirrorFrameMalformed, or
// MirrorOutOfSync when frames do not follow their keyframe; the copy is then
// unusable until the next keyframe (resubscribe to get one).
//
// Thread: one thread at a time.
class DEVICELINK_EXPORT MirrorDecoder
{
public:
    MirrorDecoder();
    ~MirrorDecoder();
    MirrorDecoder(const MirrorDecoder &) = delete;
    MirrorDecoder &operator=(const MirrorDecoder &) = delete;

    Result<DecodedMirrorFrame> decode(QByteArrayView payload);
    void reset();

    bool hasFrame() const { return m_synced; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    // Format_RGB32 pixels, width * 4 bytes per line. The address stays the
    // same until the frame size changes.
    PixelView pixels() const;

private:
    QByteArray m_pixels;
    int m_width = 0;
    int m_height = 0;
    bool m_synced = false;
    quint32 m_sequence = 0;
    QByteArray m_scratch;
    ZSTD_DCtx_s *m_context;
};

} // namespace DeviceLink
