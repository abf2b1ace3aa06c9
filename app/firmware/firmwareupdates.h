// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/firmware/firmwarehistory.h"
#include "devicelink/error.h"
#include "devicelink/firmware/bundle.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace DeviceLink {
class ReaderFleet;
class ReaderRegistry;
} // namespace DeviceLink

namespace Console {

class FleetReaderUpdater;
class StagedRollout;

// What the ソフトウェア更新 page works with: the bundle the clinic chose
// (checked against the trusted key and this console's version before any
// reader sees it), a staged rollout of it over the readers picked (one
// reader is a rollout of one), each reader's progress, and the history.
//
// restart starts a reader again so that it boots the slot just installed
// (FleetReaderUpdater); the console passes its emulated readers' restart.
//
// Thread: GUI thread.
class FirmwareUpdates : public QObject {
    Q_OBJECT

public:
    enum class Phase { Idle, Waiting, Updating, Updated, Failed, Cancelled, NotReached };
    struct ReaderProgress {
        Phase phase = Phase::Idle;
        qint64 done = 0;
        qint64 total = 0;
        DeviceLink::Error error;
    };

    FirmwareUpdates(DeviceLink::ReaderFleet *fleet, DeviceLink::ReaderRegistry *registry, FirmwareHistory *history,
                    std::function<void(const QString &serial)> restart, QObject *parent = nullptr);
    ~FirmwareUpdates() override;

    // Readers below this are out of support: the page warns about them.
    static DeviceLink::VendorVersion minimumSupportedFirmware();
    static bool isBelowMinimum(const QString &firmware);

    // Verifies the bundle (layout, payload hash, signature by the trusted
    // key) and that this console may install it: the bundle's typed error
    // otherwise, and the choice stays as it was.
    DeviceLink::Result<DeviceLink::BundleManifest> chooseBundle(const QString &path);
    const std::optional<DeviceLink::BundleManifest> &bundle() const { return m_manifest; }
    QString bundlePath() const { return m_bundlePath; }

    // Whether the reader may take the chosen bundle now: connected and
    // trusted (LinkDown), of a listed model and older (BundleWrongModel,
    // BundleDowngrade).
    DeviceLink::Result<void> checkReader(const QString &serial) const;
    // The readers of serials that checkReader() accepts.
    QStringList eligible(const QStringList &serials) const;

    // Starts the rollout over serials (at least one, each accepted by
    // checkReader(), else its error with the serial): one at a time, at
    // least one reader 稼働中 throughout when there are two or more, stops
    // at the first failure (StagedRollout).
    DeviceLink::Result<void> start(const QStringList &serials);
    void cancel();
    bool running() const { return m_rollout != nullptr; }

    ReaderProgress progress(const QString &serial) const { return m_progress.value(serial); }
    FirmwareHistory *history() const { return m_history; }

Q_SIGNALS:
    void bundleChanged();
    void readerChanged(const QString &serial);
    void runningChanged(bool running);
    // The rollout ended: every reader updated, stopped at one, or cancelled.
    void finished();
    void stopped(const QString &serial, const DeviceLink::Error &reason);
    void cancelled();

private:
    void setPhase(const QString &serial, Phase phase, const DeviceLink::Error &error = {});
    void record(const QString &serial, FirmwareHistoryEntry::Result result, const DeviceLink::Error &error);
    void end();

    DeviceLink::ReaderFleet *m_fleet;
    DeviceLink::ReaderRegistry *m_registry;
    FirmwareHistory *m_history;
    std::unique_ptr<FleetReaderUpdater> m_updater;
    std::unique_ptr<StagedRollout> m_rollout;
    std::optional<DeviceLink::BundleManifest> m_manifest;
    QString m_bundlePath;
    QHash<QString, ReaderProgress> m_progress;
    // The version each reader of the rollout ran when it started.
    QHash<QString, QString> m_from;
};

} // namespace Console
