// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/firmware/bundle.h"
#include "devicelink/firmware/bundlesink.h"
#include "readerstack/firmware/bundlereceiver.h"

#include <QObject>
#include <memory>

class QThread;

namespace ReaderStack {

class FirmwareSlots;

// The reader's side of an update over the link: receives the bundle in
// <firmware>/incoming (BundleReceiver, resumable), then installs it into the
// inactive slot and marks it for the next start. The received file is
// dropped once installed or refused: a refused bundle does not get better
// by sending it again.
//
// Thread: the reader's thread, like the LinkServer that calls it. Checking
// and installing a finished bundle (four passes over it, fsyncs) runs in a
// worker thread of its own so the link keeps its heartbeat; meanwhile the
// receiver and the slots belong to the worker and every other update
// request or chunk is refused with FirmwareUpdateRefused. Destroying the
// updater waits for that worker.
class FirmwareUpdater : public QObject, public DeviceLink::BundleSink {
    Q_OBJECT

public:
    FirmwareUpdater(FirmwareSlots *slots, QString model, QByteArray publicKey = DeviceLink::Bundle::trustedPublicKey());
    ~FirmwareUpdater() override;

    void handleUpdateRequest(const QString &op, const QCborMap &args, UpdateReply reply) override;
    DeviceLink::Result<qint64> acceptChunk(const DeviceLink::BundleChunk &chunk) override;
    qint64 expectedOffset() const override { return m_receiver.offset(); }

private:
    DeviceLink::Result<QCborMap> begin(const QCborMap &args);
    DeviceLink::Result<QCborMap> install();

    FirmwareSlots *m_slots;
    QString m_model;
    QByteArray m_publicKey;
    BundleReceiver m_receiver;
    std::unique_ptr<QThread> m_worker;
};

} // namespace ReaderStack
