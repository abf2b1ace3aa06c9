// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/firmware/firmwareupdates.h"

#include "app/firmware/fleetreaderupdater.h"
#include "app/firmware/stagedrollout.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerregistry.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUpdates, "madoguchi.firmware.updates")

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

FirmwareUpdates::FirmwareUpdates(ReaderFleet *fleet, ReaderRegistry *registry, FirmwareHistory *history,
                                 std::function<void(const QString &)> restart, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_registry(registry)
    , m_history(history)
    , m_updater(std::make_unique<FleetReaderUpdater>(fleet, registry, std::move(restart)))
{
}

FirmwareUpdates::~FirmwareUpdates()
{
    // A rollout under way brings its reader back into service on the old
    // software rather than leaving it 終了 when the console closes.
    if (m_rollout)
        m_rollout->cancel();
}

VendorVersion FirmwareUpdates::minimumSupportedFirmware()
{
    // The oldest reader software this console's protocol still serves in full.
    return *VendorVersion::parse(u"MADOGUCHI_RDR_0.1.0");
}

bool FirmwareUpdates::isBelowMinimum(const QString &firmware)
{
    const std::optional<VendorVersion> version = VendorVersion::parse(firmware);
    const VendorVersion minimum = minimumSupportedFirmware();
    // Another product's version string is no judgement of ours.
    if (!version || version->product != minimum.product)
        return false;
    return compareNumbers(*version, minimum) < 0;
}

Result<BundleManifest> FirmwareUpdates::chooseBundle(const QString &path)
{
    if (m_rollout)
        return Error(ErrorCode::InvalidArgument, u"a rollout is under way"_s);
    const Result<BundleInfo> info = Bundle::verifyFile(path, Bundle::trustedPublicKey());
    if (!info)
        return info.error();
    const Result<void> supported =
        checkConsoleSupports(info->manifest, *VendorVersion::parse(QStringLiteral(MADOGUCHI_VERSION)));
    if (!supported)
        return supported.error();
    m_manifest = info->manifest;
    m_bundlePath = path;
    m_progress.clear();
    qCInfo(lcUpdates).noquote() << "bundle" << path << info->manifest.version.toString();
    Q_EMIT bundleChanged();
    return info->manifest;
}

Result<void> FirmwareUpdates::checkReader(const QString &serial) const
{
    if (!m_manifest)
        return Error(ErrorCode::BundleMalformed, u"no bundle chosen"_s);
    const ReaderEntry *entry = m_registry->entry(serial);
    if (!entry || !entry->trusted)
        return Error(ErrorCode::LinkDown, serial + u": not connected"_s);
    const std::optional<VendorVersion> installed = VendorVersion::parse(entry->description.firmware);
    if (!installed)
        return Error(ErrorCode::BundleWrongModel, serial + u": reports firmware "_s + entry->description.firmware);
    return checkInstallable(*m_manifest, entry->description.model, *installed);
}

QStringList FirmwareUpdates::eligible(const QStringList &serials) const
{
    QStringList accepted;
    for (const QString &serial : serials) {
        if (checkReader(serial))
            accepted << serial;
    }
    return accepted;
}

Result<void> FirmwareUpdates::start(const QStringList &serials)
{
    if (m_rollout)
        return Error(ErrorCode::InvalidArgument, u"a rollout is under way"_s);
    if (serials.isEmpty())
        return Error(ErrorCode::InvalidArgument, u"no reader chosen"_s);
    for (const QString &serial : serials) {
        if (Result<void> ok = checkReader(serial); !ok)
            return Error(ok.error().code(), serial + u": "_s + ok.error().detail());
    }
    m_progress.clear();
    m_from.clear();
    for (const QString &serial : serials) {
        m_from.insert(serial, m_registry->entry(serial)->description.firmware);
        setPhase(serial, Phase::Waiting);
    }
    m_rollout = std::make_unique<StagedRollout>(m_updater.get(), m_bundlePath, serials);
    connect(m_rollout.get(), &StagedRollout::readerStarted, this,
            [this](const QString &serial) { setPhase(serial, Phase::Updating); });
    connect(m_rollout.get(), &StagedRollout::readerProgress, this,
            [this](const QString &serial, qint64 done, qint64 total) {
                ReaderProgress &progress = m_progress[serial];
                progress.done = done;
                progress.total = total;
                Q_EMIT readerChanged(serial);
            });
    connect(m_rollout.get(), &StagedRollout::readerUpdated, this, [this](const QString &serial) {
        setPhase(serial, Phase::Updated);
        record(serial, FirmwareHistoryEntry::Result::Updated, {});
    });
    connect(m_rollout.get(), &StagedRollout::finished, this, [this] {
        end();
        Q_EMIT finished();
    });
    connect(m_rollout.get(), &StagedRollout::failed, this, [this](const QString &serial, const Error &reason) {
        setPhase(serial, Phase::Failed, reason);
        record(serial, FirmwareHistoryEntry::Result::Failed, reason);
        end();
        Q_EMIT stopped(serial, reason);
        Q_EMIT finished();
    });
    connect(m_rollout.get(), &StagedRollout::cancelled, this, [this] {
        for (auto it = m_progress.begin(); it != m_progress.end(); ++it) {
            if (it->phase == Phase::Updating) {
                setPhase(it.key(), Phase::Cancelled);
                record(it.key(), FirmwareHistoryEntry::Result::Cancelled, {});
            }
        }
        end();
        Q_EMIT cancelled();
        Q_EMIT finished();
    });
    Q_EMIT runningChanged(true);
    m_rollout->start();
    return Result<void>::success();
}

void FirmwareUpdates::cancel()
{
    if (m_rollout)
        m_rollout->cancel();
}

void FirmwareUpdates::end()
{
    for (auto it = m_progress.begin(); it != m_progress.end(); ++it) {
        if (it->phase == Phase::Waiting) {
            it->phase = Phase::NotReached;
            Q_EMIT readerChanged(it.key());
        }
    }
    // Later: this runs inside one of the rollout's own signals.
    m_rollout.release()->deleteLater();
    Q_EMIT runningChanged(false);
}

void FirmwareUpdates::setPhase(const QString &serial, Phase phase, const Error &error)
{
    ReaderProgress &progress = m_progress[serial];
    progress.phase = phase;
    progress.error = error;
    Q_EMIT readerChanged(serial);
}

void FirmwareUpdates::record(const QString &serial, FirmwareHistoryEntry::Result result, const Error &error)
{
    FirmwareHistoryEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.serial = serial;
    entry.from = m_from.value(serial);
    entry.to = m_manifest ? m_manifest->version.toString() : QString();
    entry.result = result;
    entry.code = error.isError() ? error.number() : 0;
    entry.detail = error.isError() ? error.message() : QString();
    if (Result<void> written = m_history->append(entry); !written)
        qCWarning(lcUpdates).noquote() << written.error().toLogString();
}

} // namespace Console
