// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/firmware/stagedrollout.h"
#include "devicelink/readerstate.h"

#include <QMetaObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace DeviceLink {
class ReaderFleet;
class ReaderRegistry;
} // namespace DeviceLink

namespace Console {

class BundleUpload;

// The console's ReaderUpdater, over the reader's link: 終了 when it is
// 稼働中, the bundle sent and installed (BundleUpload), the reader started
// again through restart so that it boots the installed slot, then, once it
// is trusted again and its hello names the bundle's version, 起動 when it
// was 稼働中 before. A reader that comes back on another version (rolled
// back) or not at all within ComebackTimeoutMs fails with
// RolloutReaderNotBack. A refused bundle and a link lost during the upload
// are failures too (the reader keeps the chunks it acknowledged: the next
// attempt resumes); on a failure before the restart the reader is started
// again on its old software before failed() is emitted.
//
// restart is whatever starts the reader again: the host of emulated readers,
// a test; empty, the updater waits for the reader to be restarted at the
// reader.
//
// Thread: GUI thread, like the fleet.
class FleetReaderUpdater final : public ReaderUpdater {
    Q_OBJECT

public:
    FleetReaderUpdater(DeviceLink::ReaderFleet *fleet, DeviceLink::ReaderRegistry *registry,
                       std::function<void(const QString &serial)> restart, QObject *parent = nullptr);
    ~FleetReaderUpdater() override;

    static constexpr int ComebackTimeoutMs = 120000;

    // Asks the reader to restart its software (Op::Restart). A reader that
    // cannot is restarted at the reader; either way the update waits for
    // its hello.
    static void requestRestart(DeviceLink::ReaderFleet *fleet, const QString &serial);

    bool isRunning(const QString &serial) const override;
    void update(const QString &serial, const QString &bundlePath) override;
    void cancel() override;

private:
    void upload(const QString &bundlePath);
    void restartReader();
    void onTrustedAgain(const QString &serial);
    // Back into service if it was, then failed().
    void failAndRestore(const DeviceLink::Error &reason);
    void command(DeviceLink::ReaderCommand command, std::function<void(const DeviceLink::Error &)> done);
    void dropUpload();
    void reset();

    DeviceLink::ReaderFleet *m_fleet;
    DeviceLink::ReaderRegistry *m_registry;
    std::function<void(const QString &)> m_restart;
    std::unique_ptr<BundleUpload> m_upload;
    QMetaObject::Connection m_trusted;
    QTimer m_comeback;
    QString m_serial;
    QString m_version;
    bool m_wasRunning = false;
    // Replies to an update that was cancelled or ended are ignored by generation.
    quint64 m_generation = 0;
};

} // namespace Console
