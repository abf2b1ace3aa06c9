// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/mirrorcodec.h"

#include <QtEndian>

#include <zstd.h>

#include <algorithm>
#include <cstring>

namespace DeviceLink {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype HeaderSize = 24;
constexpr quint8 KeyframeFlag = 0x01;
// Level 1 keeps a full-screen change (a new page on the reader) in a few
// milliseconds; UI content compresses well enough at it that higher levels
// buy little.
constexpr int CompressionLevel = 1;

struct TileGeometry
{
    int x;
    int y;
    int width;
    int height;
};

TileGeometry tileGeometry(int index, int columns, int frameWidth, int frameHeight)
{
    const int x = (index % columns) * MirrorTileSize;
    const int y = (index / columns) * MirrorTileSize;
    return {x, y, std::min(MirrorTileSize, frameWidth - x), std::min(MirrorTileSize, frameHeight - y)};
}

int columnsFor(int width)
{
    return (width + MirrorTileSize - 1) / MirrorTileSize;
}

int rowsFor(int height)
{
    return (height + MirrorTileSize - 1) / MirrorTileSize;
}

// Left-neighbour difference per colour byte: flat areas become zeros and
// horizontal gradients constants, which zstd then all but removes.
uchar *filterRow(const quint32 *pixels, int count, uchar *out)
{
    uchar pr = 0, pg = 0, pb = 0;
    for (int i = 0; i < count; ++i) {
        const quint32 p = pixels[i];
        const uchar r = uchar(p >> 16), g = uchar(p >> 8), b = uchar(p);
        *out++ = uchar(r - pr);
        *out++ = uchar(g - pg);
        *out++ = uchar(b - pb);
        pr = r;
        pg = g;
        pb = b;
    }
    return out;
}

const uchar *unfilterRow(const uchar *in, int count, quint32 *pixels)
{
    uchar r = 0, g = 0, b = 0;
    for (int i = 0; i < count; ++i) {
        r = uchar(r + *in++);
        g = uchar(g + *in++);
        b = uchar(b + *in++);
        pixels[i] = 0xff000000u | (quint32(r) << 16) | (quint32(g) << 8) | b;
    }
    return in;
}

Error malformed(const QString &detail)
{
    return Error(ErrorCode::MirrorFrameMalformed, detail);
}

} // namespace

TileMask::TileMask(int width, int height)
    : m_width(width)
    , m_height(height)
    , m_columns(columnsFor(width))
    , m_rows(rowsFor(height))
    , m_bits(size_t(m_columns * m_rows), false)
{
}

void TileMask::add(const QRect &rect)
{
    const QRect clipped = rect.intersected(QRect(0, 0, m_width, m_height));
    if (clipped.isEmpty())
        return;
    const int c0 = clipped.left() / MirrorTileSize;
    const int c1 = clipped.right() / MirrorTileSize;
    const int r0 = clipped.top() / MirrorTileSize;
    const int r1 = clipped.bottom() / MirrorTileSize;
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            auto bit = m_bits[size_t(r * m_columns + c)];
            if (!bit) {
                bit = true;
                ++m_count;
            }
        }
    }
}

void TileMask::addAll()
{
    std::fill(m_bits.begin(), m_bits.end(), true);
    m_count = tileCount();
}

void TileMask::clear()
{
    std::fill(m_bits.begin(), m_bits.end(), false);
    m_count = 0;
}

MirrorEncoder::MirrorEncoder()
    : m_context(ZSTD_createCCtx())
{
    ZSTD_CCtx_setParameter(m_context, ZSTD_c_compressionLevel, CompressionLevel);
    // Four bytes a frame buy the decoder a check that the pixels arrived as sent.
    ZSTD_CCtx_setParameter(m_context, ZSTD_c_checksumFlag, 1);
}

MirrorEncoder::~MirrorEncoder()
{
    ZSTD_freeCCtx(m_context);
}

void MirrorEncoder::reset()
{
    m_keyframe = true;
}

QByteArray MirrorEncoder::encode(const PixelView &frame, const TileMask &candidates, qint64 renderTimeNs)
{
    if (frame.isNull() || frame.width > MirrorMaxDimension || frame.height > MirrorMaxDimension)
        return {};
    if (frame.width != m_width || frame.height != m_height) {
        m_width = frame.width;
        m_height = frame.height;
        m_sent.assign(size_t(m_width) * size_t(m_height), 0);
        m_keyframe = true;
    }
    const bool keyframe = m_keyframe;
    const int columns = columnsFor(m_width);
    const int tiles = columns * rowsFor(m_height);
    const bool maskFits = candidates.tileCount() == tiles;

    m_changed.clear();
    qsizetype rawSize = 0;
    for (int index = 0; index < tiles; ++index) {
        if (!keyframe && !(maskFits && candidates.test(index)))
            continue;
        const TileGeometry t = tileGeometry(index, columns, m_width, m_height);
        const size_t rowBytes = size_t(t.width) * sizeof(quint32);
        bool differs = keyframe;
        for (int y = 0; y < t.height; ++y) {
            const quint32 *source = frame.row(t.y + y) + t.x;
            quint32 *sent = m_sent.data() + size_t(t.y + y) * size_t(m_width) + size_t(t.x);
            if (differs || std::memcmp(source, sent, rowBytes) != 0) {
                differs = true;
                std::memcpy(sent, source, rowBytes);
            }
        }
        if (!differs)
            continue;
        m_changed.push_back(quint16(index));
        rawSize += qsizetype(t.width) * t.height * 3;
    }
    if (m_changed.empty())
        return {};

    // Filter the changed tiles from the viewer's copy, which now equals the frame there.
    m_scratch.resize(rawSize);
    uchar *out = reinterpret_cast<uchar *>(m_scratch.data());
    for (quint16 index : m_changed) {
        const TileGeometry t = tileGeometry(index, columns, m_width, m_height);
        for (int y = 0; y < t.height; ++y)
            out = filterRow(m_sent.data() + size_t(t.y + y) * size_t(m_width) + size_t(t.x), t.width, out);
    }

    const qsizetype indexBytes = qsizetype(m_changed.size()) * 2;
    const size_t bound = ZSTD_compressBound(size_t(rawSize));
    QByteArray payload(HeaderSize + indexBytes + qsizetype(bound), Qt::Uninitialized);
    uchar *p = reinterpret_cast<uchar *>(payload.data());
    p[0] = MirrorFormatVersion;
    p[1] = keyframe ? KeyframeFlag : 0;
    qToBigEndian(quint16(m_width), p + 2);
    qToBigEndian(quint16(m_height), p + 4);
    qToBigEndian(quint16(m_changed.size()), p + 6);
    qToBigEndian(++m_sequence, p + 8);
    qToBigEndian(renderTimeNs, p + 12);
    qToBigEndian(quint32(rawSize), p + 20);
    for (size_t i = 0; i < m_changed.size(); ++i)
        qToBigEndian(m_changed[i], p + HeaderSize + 2 * qsizetype(i));
    const size_t compressed =
        ZSTD_compress2(m_context, p + HeaderSize + indexBytes, bound, m_scratch.constData(), size_t(rawSize));
    Q_ASSERT(!ZSTD_isError(compressed));
    payload.truncate(HeaderSize + indexBytes + qsizetype(compressed));

    m_keyframe = false;
    m_rawBytes += quint64(rawSize);
    m_encodedBytes += quint64(payload.size());
    m_tilesSent += m_changed.size();
    return payload;
}

MirrorDecoder::MirrorDecoder()
    : m_context(ZSTD_createDCtx())
{
}

MirrorDecoder::~MirrorDecoder()
{
    ZSTD_freeDCtx(m_context);
}

void MirrorDecoder::reset()
{
    m_synced = false;
}

PixelView MirrorDecoder::pixels() const
{
    if (!m_synced)
        return {};
    return {reinterpret_cast<const uchar *>(m_pixels.constData()), qsizetype(m_width) * 4, m_width, m_height};
}

Result<DecodedMirrorFrame> MirrorDecoder::decode(QByteArrayView payload)
{
    if (payload.size() < HeaderSize)
        return malformed(u"frame shorter than its header"_s);
    const auto *p = reinterpret_cast<const uchar *>(payload.data());
    if (p[0] != MirrorFormatVersion)
        return malformed(u"unknown mirror format %1"_s.arg(p[0]));
    DecodedMirrorFrame frame;
    frame.keyframe = (p[1] & KeyframeFlag) != 0;
    const int width = qFromBigEndian<quint16>(p + 2);
    const int height = qFromBigEndian<quint16>(p + 4);
    const int tileCount = qFromBigEndian<quint16>(p + 6);
    frame.sequence = qFromBigEndian<quint32>(p + 8);
    frame.renderTimeNs = qFromBigEndian<qint64>(p + 12);
    const quint32 rawSize = qFromBigEndian<quint32>(p + 20);

    if (width <= 0 || height <= 0 || width > MirrorMaxDimension || height > MirrorMaxDimension)
        return malformed(u"frame size %1×%2"_s.arg(width).arg(height));
    const int columns = columnsFor(width);
    const int tiles = columns * rowsFor(height);
    if (tileCount == 0 || tileCount > tiles)
        return malformed(u"%1 tiles in a frame of %2"_s.arg(tileCount).arg(tiles));
    const qsizetype indexEnd = HeaderSize + qsizetype(tileCount) * 2;
    if (payload.size() < indexEnd)
        return malformed(u"tile list truncated"_s);
    if (frame.keyframe && tileCount != tiles)
        return malformed(u"keyframe without every tile"_s);
    if (!frame.keyframe) {
        if (!m_synced || width != m_width || height != m_height)
            return Error(ErrorCode::MirrorOutOfSync, u"delta frame without its keyframe"_s);
        if (frame.sequence != m_sequence + 1)
            return Error(ErrorCode::MirrorOutOfSync,
                         u"frame %1 after frame %2"_s.arg(frame.sequence).arg(m_sequence));
    }

    std::vector<quint16> indexes(static_cast<size_t>(tileCount));
    quint64 expected = 0;
    for (int i = 0; i < tileCount; ++i) {
        const quint16 index = qFromBigEndian<quint16>(p + HeaderSize + 2 * i);
        if (index >= tiles || (i > 0 && index <= indexes[size_t(i) - 1]))
            return malformed(u"tile index %1 out of order or range"_s.arg(index));
        indexes[size_t(i)] = index;
        const TileGeometry t = tileGeometry(index, columns, width, height);
        expected += quint64(t.width) * quint64(t.height) * 3;
    }
    if (expected != rawSize)
        return malformed(u"pixel data of %1 bytes announced, %2 expected"_s.arg(rawSize).arg(expected));

    const void *compressed = p + indexEnd;
    const size_t compressedSize = size_t(payload.size() - indexEnd);
    const unsigned long long contentSize = ZSTD_getFrameContentSize(compressed, compressedSize);
    if (contentSize != rawSize)
        return malformed(u"compressed pixel data does not match its size"_s);
    m_scratch.resize(qsizetype(rawSize));
    const size_t produced = ZSTD_decompressDCtx(m_context, m_scratch.data(), rawSize, compressed, compressedSize);
    if (ZSTD_isError(produced) || produced != rawSize)
        return malformed(u"compressed pixel data is damaged"_s);

    if (frame.keyframe && (width != m_width || height != m_height || m_pixels.size() != qsizetype(width) * height * 4)) {
        m_width = width;
        m_height = height;
        m_pixels = QByteArray(qsizetype(width) * height * 4, Qt::Uninitialized);
    }
    auto *pixels = reinterpret_cast<quint32 *>(m_pixels.data());
    const uchar *in = reinterpret_cast<const uchar *>(m_scratch.constData());
    for (quint16 index : indexes) {
        const TileGeometry t = tileGeometry(index, columns, width, height);
        for (int y = 0; y < t.height; ++y)
            in = unfilterRow(in, t.width, pixels + size_t(t.y + y) * size_t(width) + size_t(t.x));
        frame.bounds |= QRect(t.x, t.y, t.width, t.height);
    }
    frame.tiles = tileCount;
    m_sequence = frame.sequence;
    m_synced = true;
    return frame;
}

} // namespace DeviceLink
