// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/firmware/firmwareupdater.h"

#include "devicelink/protocol.h"
#include "readerstack/firmware/firmwareslots.h"

#include <QDir>
#include <QFile>
#include <QThread>

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

Error busy()
{
    return Error(ErrorCode::FirmwareUpdateRefused, u"an update is being installed"_s);
}

} // namespace

FirmwareUpdater::FirmwareUpdater(FirmwareSlots *slots, QString model, QByteArray publicKey)
    : m_slots(slots)
    , m_model(std::move(model))
    , m_publicKey(std::move(publicKey))
    , m_receiver(QDir(slots->directory()).filePath(u"incoming"_s))
{
}

FirmwareUpdater::~FirmwareUpdater()
{
    if (m_worker)
        m_worker->wait();
}

void FirmwareUpdater::handleUpdateRequest(const QString &op, const QCborMap &args, UpdateReply reply)
{
    if (m_worker)
        return reply(busy());
    if (op == Op::UpdateBegin)
        return reply(begin(args));
    if (op != Op::UpdateFinish)
        return reply(Error(ErrorCode::UnsupportedMessage, op));
    m_worker.reset(QThread::create([this, reply = std::move(reply)] {
        const Result<QCborMap> result = install();
        QMetaObject::invokeMethod(
            this,
            [this, reply, result] {
                m_worker->wait();
                m_worker.reset();
                reply(result);
            },
            Qt::QueuedConnection);
    }));
    m_worker->start(QThread::LowPriority);
}

Result<qint64> FirmwareUpdater::acceptChunk(const BundleChunk &chunk)
{
    if (m_worker)
        return busy();
    return m_receiver.accept(chunk);
}

Result<QCborMap> FirmwareUpdater::begin(const QCborMap &args)
{
    const QCborValue size = args.value(UpdateField::Size);
    if (!size.isInteger())
        return Error(ErrorCode::InvalidArgument, u"updateBegin without size"_s);
    Result<qint64> offset = m_receiver.begin(size.toInteger(), args.value(UpdateField::Sha256).toByteArray());
    if (!offset)
        return offset.error();
    QCborMap result;
    result.insert(UpdateField::Offset, offset.value());
    result.insert(UpdateField::ChunkBytes, BundleChunkBytes);
    return result;
}

Result<QCborMap> FirmwareUpdater::install()
{
    Result<QString> path = m_receiver.finish();
    if (!path)
        return path.error();
    Result<BundleInfo> installed = m_slots->install(path.value(), m_model, m_publicKey);
    QFile::remove(path.value());
    if (!installed)
        return installed.error();
    if (Result<void> marked = m_slots->markTryBoot(); !marked)
        return marked.error();
    QCborMap result;
    result.insert(UpdateField::Version, installed->manifest.version.toString());
    return result;
}

} // namespace ReaderStack
