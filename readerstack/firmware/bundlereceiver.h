// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/firmware/bundlechunk.h"

#include <QFile>
#include <QString>

namespace ReaderStack {

// The reader's end of a bundle transfer, in <state>/firmware/incoming/:
// <sha>.part holds the bytes received, <sha>.chunks the SHA-256 of each
// chunk written (32 bytes each). A chunk is fsync'd before its hash is
// appended and that is fsync'd before the chunk is acknowledged, so after a
// cut (link, power, process) every chunk the journal names and whose bytes
// still hash to it is good, and the transfer resumes after the last of them.
// One transfer at a time: beginning another bundle drops the previous one.
//
// Thread: one thread; each call blocks on its own fsyncs.
class BundleReceiver {
public:
    explicit BundleReceiver(QString directory);

    // Starts or resumes the transfer of the bundle of size bytes with this
    // SHA-256. Returns the offset to send from (a multiple of
    // BundleChunkBytes, or size when all is there); bytes after it are cut.
    // FirmwareSlotUnusable when the folder cannot be written; InvalidArgument
    // for a size over MaxBundlePayloadBytes plus room for the manifest.
    DeviceLink::Result<qint64> begin(qint64 size, const QByteArray &sha256);
    // The chunk at offset(), of full length (the last one: the rest):
    // written and journalled, returns the new offset. TransferOffsetMismatch
    // for any other offset or length, nothing written.
    DeviceLink::Result<qint64> accept(const DeviceLink::BundleChunk &chunk);
    // All bytes there and hashing to the announced SHA-256: the path of the
    // complete bundle (<sha>.mdgb), journal removed. TransferIncomplete
    // before; BundlePayloadMismatch (and everything dropped) if the bytes
    // differ from what was announced.
    DeviceLink::Result<QString> finish();
    // Removes everything of the transfer.
    void discard();

    bool active() const { return m_size >= 0; }
    qint64 offset() const { return m_offset; }
    qint64 size() const { return m_size; }

private:
    QString path(const QString &suffix) const;
    qint64 expectedLength(qint64 offset) const;

    QString m_directory;
    QByteArray m_sha256;
    qint64 m_size = -1;
    qint64 m_offset = 0;
    QFile m_data;
    QFile m_journal;
};

} // namespace ReaderStack
