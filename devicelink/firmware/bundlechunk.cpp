// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/firmware/bundlechunk.h"

#include "devicelink/firmware/bundlesink.h"
#include "devicelink/firmware/sha256.h"

#include <QtEndian>
#include <cstring>
#include <limits>

namespace DeviceLink {

using namespace Qt::StringLiterals;

QByteArray BundleChunk::encode() const
{
    QByteArray payload(HeaderBytes + data.size(), Qt::Uninitialized);
    payload[0] = char(Kind);
    qToBigEndian<quint64>(quint64(offset), payload.data() + 1);
    qToBigEndian<quint32>(quint32(data.size()), payload.data() + 9);
    std::memcpy(payload.data() + 13, Sha256::hash(data).constData(), Sha256::Bytes);
    std::memcpy(payload.data() + HeaderBytes, data.constData(), size_t(data.size()));
    return payload;
}

Result<BundleChunk> BundleChunk::decode(QByteArrayView payload)
{
    if (payload.size() < HeaderBytes || quint8(payload[0]) != Kind)
        return Error(ErrorCode::TransferChunkCorrupt, u"not a bundle chunk"_s);
    const quint64 offset = qFromBigEndian<quint64>(payload.data() + 1);
    const quint32 length = qFromBigEndian<quint32>(payload.data() + 9);
    if (length > BundleChunkBytes || qsizetype(length) != payload.size() - HeaderBytes
        || offset > quint64(std::numeric_limits<qint64>::max())) {
        return Error(ErrorCode::TransferChunkCorrupt, u"chunk length or offset out of range"_s);
    }
    BundleChunk chunk;
    chunk.offset = qint64(offset);
    chunk.data = payload.sliced(HeaderBytes).toByteArray();
    chunk.sha256 = Sha256::hash(chunk.data);
    if (chunk.sha256 != payload.sliced(13, Sha256::Bytes))
        return Error(ErrorCode::TransferChunkCorrupt, u"chunk at %1 fails its SHA-256"_s.arg(chunk.offset));
    return chunk;
}

BundleSink::~BundleSink() = default;

} // namespace DeviceLink
