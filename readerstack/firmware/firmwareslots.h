// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/firmware/bundle.h"
#include "readerstack/firmware/slotstatemachine.h"

#include <QString>
#include <memory>

namespace ReaderStack {

// The reader's A/B slots on disk, under <state>/firmware/:
//
//   slots.json       the SlotStateMachine, replaced durably after every step
//   slot-a/, slot-b/ payload.bin and manifest.json of what a slot holds
//
// Order of the steps makes any power cut safe: a slot is marked Installing
// before its folder is touched, its payload is fsync'd and hashed back from
// disk before it is Installed, the boot counter is spent on disk before a
// trial runs, and a trial whose payload no longer matches is not run.
//
// Thread: one thread at a time; blocking file I/O (an install reads the
// bundle three times: signature, copy, hash back from disk).
class FirmwareSlots {
public:
    // A missing slots.json is the factory state (slot A = factoryVersion).
    // A damaged one is set aside as slots.json.damaged, the factory state is
    // used and *damage gets FirmwareStateCorrupt. FirmwareSlotUnusable when
    // the folder cannot be created or written.
    static DeviceLink::Result<std::unique_ptr<FirmwareSlots>>
    open(const QString &directory, const QString &factoryVersion, DeviceLink::Error *damage = nullptr);

    // Once per start, before the version is reported. A trial that cannot
    // spend its try on disk is not run: the active slot boots.
    SlotStateMachine::BootDecision boot();
    // The health check of this boot passed / failed.
    DeviceLink::Result<void> commit();
    DeviceLink::Result<void> rejectBootedTrial();

    // Checks the bundle (signature against publicKey, model, newer than the
    // booted version), writes its payload into the inactive slot and checks
    // its hash there. The slot is then Installed, not yet marked.
    DeviceLink::Result<DeviceLink::BundleInfo>
    install(const QString &bundlePath, const QString &model,
            const QByteArray &publicKey = DeviceLink::Bundle::trustedPublicKey());
    DeviceLink::Result<void> markTryBoot(int tries = SlotStateMachine::DefaultTries);
    DeviceLink::Result<void> cancelTryBoot();

    const SlotStateMachine &state() const { return m_state; }
    // The version of the slot this boot runs, for the hello.
    QString bootedVersion() const;
    QString directory() const { return m_directory; }
    QString slotDirectory(SlotStateMachine::Slot slot) const;
    QString stateFilePath() const;

private:
    FirmwareSlots(QString directory, SlotStateMachine state);
    // Persists next and adopts it; on failure the old state stays in force.
    DeviceLink::Result<void> save(const SlotStateMachine &next);
    DeviceLink::Result<void> writePayload(const QString &bundlePath, const DeviceLink::BundleInfo &info);
    bool payloadMatches(SlotStateMachine::Slot slot) const;

    QString m_directory;
    SlotStateMachine m_state;
};

} // namespace ReaderStack
