// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/firmware/firmwareslots.h"

#include "devicelink/firmware/sha256.h"
#include "readerstack/firmware/durablefile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFirmware, "madoguchi.reader.firmware")

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxStateFileBytes = 64 * 1024;

Error unusable(const QString &detail)
{
    return Error(ErrorCode::FirmwareSlotUnusable, detail);
}

QByteArray hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    return hash.addData(&file) ? hash.result() : QByteArray();
}

} // namespace

FirmwareSlots::FirmwareSlots(QString directory, SlotStateMachine state)
    : m_directory(std::move(directory))
    , m_state(std::move(state))
{
}

Result<std::unique_ptr<FirmwareSlots>> FirmwareSlots::open(const QString &directory, const QString &factoryVersion,
                                                           Error *damage)
{
    if (!QDir().mkpath(directory) || !QFileInfo(directory).isWritable())
        return unusable(directory + u": cannot create or write"_s);
    const QString path = QDir(directory).filePath(u"slots.json"_s);
    QFile file(path);
    if (!file.exists())
        return std::unique_ptr<FirmwareSlots>(new FirmwareSlots(directory, SlotStateMachine::factory(factoryVersion)));
    if (!file.open(QIODevice::ReadOnly))
        return unusable(path + u": "_s + file.errorString());
    Result<SlotStateMachine> state = SlotStateMachine::fromJson(file.read(MaxStateFileBytes));
    file.close();
    if (state)
        return std::unique_ptr<FirmwareSlots>(new FirmwareSlots(directory, std::move(state).value()));

    const QString aside = path + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s);
    QFile::rename(path, aside);
    qCWarning(lcFirmware).noquote() << state.error().toLogString() << "; kept as" << aside;
    if (damage)
        *damage = Error(ErrorCode::FirmwareStateCorrupt, state.error().detail());
    return std::unique_ptr<FirmwareSlots>(new FirmwareSlots(directory, SlotStateMachine::factory(factoryVersion)));
}

QString FirmwareSlots::stateFilePath() const
{
    return QDir(m_directory).filePath(u"slots.json"_s);
}

QString FirmwareSlots::slotDirectory(SlotStateMachine::Slot slot) const
{
    return QDir(m_directory).filePath(u"slot-"_s + SlotStateMachine::name(slot));
}

QString FirmwareSlots::bootedVersion() const
{
    return m_state.record(m_state.booted()).version;
}

Result<void> FirmwareSlots::save(const SlotStateMachine &next)
{
    QString problem;
    if (!writeFileDurably(stateFilePath(), next.toJson(), &problem))
        return unusable(problem);
    m_state = next;
    return Result<void>::success();
}

bool FirmwareSlots::payloadMatches(SlotStateMachine::Slot slot) const
{
    const SlotStateMachine::Record &record = m_state.record(slot);
    return record.factory || hashFile(QDir(slotDirectory(slot)).filePath(u"payload.bin"_s)) == record.sha256;
}

SlotStateMachine::BootDecision FirmwareSlots::boot()
{
    SlotStateMachine next = m_state;
    const bool intact = !next.trial() || next.triesLeft() == 0 || payloadMatches(*next.trial());
    if (!intact) {
        qCWarning(lcFirmware).noquote() << "slot" << SlotStateMachine::name(*next.trial())
                                        << "no longer matches its hash; not tried";
    }
    SlotStateMachine::BootDecision decision = next.boot(intact);
    if (Result<void> saved = save(next); !saved) {
        // The try could not be counted on disk, so running the trial could
        // loop: this boot runs the active slot, and the file keeps the trial
        // for a boot that can count it.
        qCWarning(lcFirmware).noquote() << saved.error().toLogString() << "; booting the active slot";
        return SlotStateMachine::BootDecision { m_state.booted(), false, false };
    }
    qCInfo(lcFirmware).noquote() << "boot slot" << SlotStateMachine::name(decision.slot) << bootedVersion()
                                 << (decision.trial ? "trial" : decision.rolledBack ? "rolled back" : "active");
    return decision;
}

Result<void> FirmwareSlots::commit()
{
    SlotStateMachine next = m_state;
    if (!next.bootedTrial())
        return Result<void>::success();
    if (Result<void> committed = next.commit(); !committed)
        return committed;
    return save(next);
}

Result<void> FirmwareSlots::rejectBootedTrial()
{
    SlotStateMachine next = m_state;
    if (Result<void> rejected = next.rejectBootedTrial(); !rejected)
        return rejected;
    return save(next);
}

Result<void> FirmwareSlots::markTryBoot(int tries)
{
    SlotStateMachine next = m_state;
    if (Result<void> marked = next.markTryBoot(tries); !marked)
        return marked;
    return save(next);
}

Result<void> FirmwareSlots::cancelTryBoot()
{
    SlotStateMachine next = m_state;
    if (Result<void> cancelled = next.cancelTryBoot(); !cancelled)
        return cancelled;
    return save(next);
}

Result<BundleInfo> FirmwareSlots::install(const QString &bundlePath, const QString &model, const QByteArray &publicKey)
{
    Result<BundleInfo> info = Bundle::verifyFile(bundlePath, publicKey);
    if (!info)
        return info;
    const std::optional<VendorVersion> running = VendorVersion::parse(bootedVersion());
    if (!running)
        return unusable(u"running version %1 unreadable"_s.arg(bootedVersion()));
    if (Result<void> installable = checkInstallable(info->manifest, model, *running); !installable)
        return installable.error();

    SlotStateMachine next = m_state;
    const BundleManifest &manifest = info->manifest;
    if (Result<void> begun =
            next.beginInstall(manifest.version.toString(), manifest.payloadSize, manifest.payloadSha256);
        !begun) {
        return begun.error();
    }
    if (Result<void> saved = save(next); !saved)
        return saved.error();
    if (Result<void> written = writePayload(bundlePath, info.value()); !written)
        return written.error();

    const SlotStateMachine::Slot target = m_state.inactive();
    next = m_state;
    const Result<void> finished = next.finishInstall(hashFile(QDir(slotDirectory(target)).filePath(u"payload.bin"_s)));
    if (Result<void> saved = save(next); !saved)
        return saved.error();
    if (!finished)
        return finished.error();
    qCInfo(lcFirmware).noquote() << "installed" << manifest.version.toString() << "into slot"
                                 << SlotStateMachine::name(target);
    return info;
}

Result<void> FirmwareSlots::writePayload(const QString &bundlePath, const BundleInfo &info)
{
    const QString folder = slotDirectory(m_state.inactive());
    QDir dir(folder);
    if ((dir.exists() && !dir.removeRecursively()) || !QDir().mkpath(folder))
        return unusable(folder + u": cannot empty"_s);
    QFile bundle(bundlePath);
    if (!bundle.open(QIODevice::ReadOnly))
        return unusable(bundlePath + u": "_s + bundle.errorString());
    const QString partial = dir.filePath(u"payload.bin.part"_s);
    QFile payload(partial);
    if (!payload.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return unusable(partial + u": "_s + payload.errorString());
    if (Result<void> copied = Bundle::extractPayload(&bundle, info, &payload); !copied)
        return copied;
    if (!syncFile(payload))
        return unusable(partial + u": fsync failed"_s);
    payload.close();
    QString problem;
    if (!replaceFileDurably(partial, dir.filePath(u"payload.bin"_s), &problem)
        || !writeFileDurably(dir.filePath(u"manifest.json"_s), info.manifestBytes, &problem)) {
        return unusable(problem);
    }
    return Result<void>::success();
}

} // namespace ReaderStack
