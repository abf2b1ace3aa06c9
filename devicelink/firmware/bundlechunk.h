// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace DeviceLink {

// A bundle travels to the reader in chunks of this size (the last one
// shorter), each a bulk-channel payload. Fixed, so that a transfer resumed
// after a cut finds its chunk boundaries again whoever sends it.
inline constexpr qint64 BundleChunkBytes = 1024 * 1024;

// One chunk on the bulk channel, every number big-endian:
//
//   u8 kind (1) | u64 offset | u32 length | SHA-256 of the data | data
//
// The hash lets the reader refuse a damaged chunk before it touches the disk.
struct DEVICELINK_EXPORT BundleChunk {
    static constexpr quint8 Kind = 1;
    static constexpr qsizetype HeaderBytes = 1 + 8 + 4 + 32;

    qint64 offset = 0;
    QByteArray data;
    // Of data, as checked by decode(): the reader journals it without
    // hashing the chunk a second time. encode() ignores it.
    QByteArray sha256;

    QByteArray encode() const;
    // TransferChunkCorrupt: another kind, a length that disagrees with the
    // payload, more than BundleChunkBytes, or data that fails its hash.
    static Result<BundleChunk> decode(QByteArrayView payload);
};

} // namespace DeviceLink
