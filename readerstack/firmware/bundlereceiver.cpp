// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/firmware/bundlereceiver.h"

#include "devicelink/firmware/bundle.h"
#include "devicelink/firmware/sha256.h"
#include "readerstack/firmware/durablefile.h"

#include <QDir>

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype JournalRecordBytes = 32;
// A bundle is its payload plus header, manifest and signature.
constexpr qint64 MaxBundleBytes = MaxBundlePayloadBytes + BundleHeaderBytes + MaxBundleManifestBytes + 64;

Error unusable(const QFile &file)
{
    return Error(ErrorCode::FirmwareSlotUnusable, file.fileName() + u": "_s + file.errorString());
}

} // namespace

BundleReceiver::BundleReceiver(QString directory)
    : m_directory(std::move(directory))
{
}

QString BundleReceiver::path(const QString &suffix) const
{
    return QDir(m_directory).filePath(QString::fromLatin1(m_sha256.toHex()) + suffix);
}

qint64 BundleReceiver::expectedLength(qint64 offset) const
{
    return qMin(BundleChunkBytes, m_size - offset);
}

Result<qint64> BundleReceiver::begin(qint64 size, const QByteArray &sha256)
{
    if (size <= 0 || size > MaxBundleBytes || sha256.size() != 32)
        return Error(ErrorCode::InvalidArgument, u"bundle of %1 bytes"_s.arg(size));
    if (!QDir().mkpath(m_directory))
        return Error(ErrorCode::FirmwareSlotUnusable, m_directory + u": cannot create"_s);
    m_data.close();
    m_journal.close();
    const QString keep = QString::fromLatin1(sha256.toHex());
    QDir dir(m_directory);
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (!name.startsWith(keep))
            dir.remove(name);
    }
    m_sha256 = sha256;
    m_size = size;
    m_offset = 0;

    m_data.setFileName(path(u".part"_s));
    m_journal.setFileName(path(u".chunks"_s));
    if (!m_data.open(QIODevice::ReadWrite))
        return unusable(m_data);
    if (!m_journal.open(QIODevice::ReadWrite))
        return unusable(m_journal);

    // Walk the journal while the bytes on disk still hash to it.
    const QByteArray journal = m_journal.readAll();
    qint64 chunks = 0;
    QByteArray buffer;
    while ((chunks + 1) * JournalRecordBytes <= journal.size() && m_offset < m_size) {
        const qint64 length = expectedLength(m_offset);
        if (!m_data.seek(m_offset))
            break;
        buffer = m_data.read(length);
        if (buffer.size() != length
            || Sha256::hash(buffer)
                != journal.sliced(chunks * JournalRecordBytes, JournalRecordBytes)) {
            break;
        }
        m_offset += length;
        ++chunks;
    }
    if (!m_data.resize(m_offset) || !m_journal.resize(chunks * JournalRecordBytes) || !syncFile(m_data)
        || !syncFile(m_journal) || !m_data.seek(m_offset) || !m_journal.seek(chunks * JournalRecordBytes)) {
        return unusable(m_data);
    }
    return m_offset;
}

Result<qint64> BundleReceiver::accept(const BundleChunk &chunk)
{
    if (!active())
        return Error(ErrorCode::TransferOffsetMismatch, u"no transfer begun"_s);
    if (chunk.offset != m_offset || chunk.data.size() != expectedLength(m_offset) || m_offset >= m_size)
        return Error(ErrorCode::TransferOffsetMismatch,
                     u"chunk of %1 bytes at %2, expected %3 bytes at %4"_s.arg(chunk.data.size())
                         .arg(chunk.offset)
                         .arg(expectedLength(m_offset))
                         .arg(m_offset));
    const QByteArray hash = chunk.sha256.size() == Sha256::Bytes ? chunk.sha256 : Sha256::hash(chunk.data);
    if (m_data.write(chunk.data) != chunk.data.size() || !syncFile(m_data)) {
        const Error error = unusable(m_data);
        m_data.resize(m_offset);
        m_data.seek(m_offset);
        return error;
    }
    if (m_journal.write(hash) != hash.size() || !syncFile(m_journal)) {
        const Error error = unusable(m_journal);
        m_journal.resize(m_journal.size() - m_journal.size() % JournalRecordBytes);
        m_journal.seek(m_journal.size());
        return error;
    }
    m_offset += chunk.data.size();
    return m_offset;
}

Result<QString> BundleReceiver::finish()
{
    if (!active() || m_offset < m_size)
        return Error(ErrorCode::TransferIncomplete, u"%1 of %2 bytes received"_s.arg(m_offset).arg(m_size));
    if (!m_data.seek(0))
        return unusable(m_data);
    Sha256 hash;
    if (!hash.addData(&m_data))
        return unusable(m_data);
    if (hash.result() != m_sha256) {
        discard();
        return Error(ErrorCode::BundlePayloadMismatch, u"received bundle does not hash to the announced SHA-256"_s);
    }
    m_data.close();
    m_journal.close();
    const QString complete = path(u".mdgb"_s);
    QString problem;
    if (!replaceFileDurably(path(u".part"_s), complete, &problem))
        return Error(ErrorCode::FirmwareSlotUnusable, problem);
    QFile::remove(path(u".chunks"_s));
    m_size = -1;
    m_offset = 0;
    return complete;
}

void BundleReceiver::discard()
{
    m_data.close();
    m_journal.close();
    if (!m_sha256.isEmpty()) {
        QFile::remove(path(u".part"_s));
        QFile::remove(path(u".chunks"_s));
        QFile::remove(path(u".mdgb"_s));
    }
    m_size = -1;
    m_offset = 0;
}

} // namespace ReaderStack
