// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <optional>

namespace ReaderStack {

// The reader's two software slots, after RAUC and Mender: one is active (the
// committed software, booted when nothing else is asked for), the other
// takes the next update. An installed update is tried on the next boot with
// a boot counter; the health check of that boot commits it, and a boot that
// finds the counter spent rolls back to the active slot.
//
//   inactive: Empty/Good/Bad ──beginInstall──► Installing ──finishInstall──► Installed
//                                               (hash differs: Bad)          │ markTryBoot
//   boot: trial with tries left ──► run trial ──commit──► trial becomes active (Good)
//         trial with no tries left ──► trial Bad, run active (rolled back)
//
// A pure value: FirmwareSlots persists it after every transition, so what a
// power cut leaves is always one of these states, and every state boots a
// slot that is Good or Installed with its hash checked.
class SlotStateMachine {
public:
    enum class Slot { A = 0, B = 1 };
    enum class Status { Empty, Installing, Installed, Good, Bad };

    struct Record {
        Status status = Status::Empty;
        QString version; // MADOGUCHI_RDR_1.2.0
        qint64 size = 0;
        QByteArray sha256; // of the payload in the slot's folder
        bool factory = false; // the software the reader was built with, no payload

        friend bool operator==(const Record &, const Record &) = default;
    };

    struct BootDecision {
        Slot slot = Slot::A;
        bool trial = false; // the boot runs an update not yet committed
        bool rolledBack = false; // a trial's tries were spent: back to active
    };

    // Boots allowed to a trial before it must have committed. One: a trial
    // that dies before its health check is rolled back on the next boot.
    static constexpr int DefaultTries = 1;

    // Slot A is the factory software, slot B empty.
    static SlotStateMachine factory(const QString &factoryVersion);

    Slot active() const { return m_active; }
    Slot inactive() const { return other(m_active); }
    std::optional<Slot> trial() const { return m_trial; }
    int triesLeft() const { return m_triesLeft; }
    const Record &record(Slot slot) const { return m_slots[index(slot)]; }
    // The slot this boot runs; active until boot() says otherwise.
    Slot booted() const { return m_booted; }
    bool bootedTrial() const { return m_trial && m_booted == *m_trial; }

    // Every refusal is FirmwareUpdateRefused with the reason in its detail,
    // except a payload whose hash differs (BundlePayloadMismatch).
    //
    // Into the inactive slot, while no trial is pending or running. Again
    // for the same payload while Installing keeps it (the transfer resumes).
    DeviceLink::Result<void> beginInstall(const QString &version, qint64 size, const QByteArray &sha256);
    // The payload is on disk with actualSha256: Installed, or Bad.
    DeviceLink::Result<void> finishInstall(const QByteArray &actualSha256);
    // Drops an install that is Installing or Installed and not marked.
    DeviceLink::Result<void> abortInstall();
    DeviceLink::Result<void> markTryBoot(int tries = DefaultTries);
    // Unmarks a trial that has not been booted yet; it stays Installed.
    DeviceLink::Result<void> cancelTryBoot();
    // At start-up, before anything reports a version. trialIntact false:
    // the trial's payload no longer matches its hash, so it is rolled back
    // without being run.
    BootDecision boot(bool trialIntact = true);
    // The health check passed: a booted trial becomes active. A boot of the
    // active slot has nothing to commit and succeeds.
    DeviceLink::Result<void> commit();
    // The health check failed in a booted trial: the next boot rolls back.
    DeviceLink::Result<void> rejectBootedTrial();

    QByteArray toJson() const;
    // FirmwareStateCorrupt for anything but a file toJson() wrote, including
    // states no transition leads to (an active slot that is not Good).
    static DeviceLink::Result<SlotStateMachine> fromJson(const QByteArray &json);

    static Slot other(Slot slot) { return slot == Slot::A ? Slot::B : Slot::A; }
    static QString name(Slot slot) { return slot == Slot::A ? QStringLiteral("a") : QStringLiteral("b"); }
    static QString name(Status status);

    friend bool operator==(const SlotStateMachine &, const SlotStateMachine &) = default;

private:
    static int index(Slot slot) { return slot == Slot::A ? 0 : 1; }
    Record &mutableRecord(Slot slot) { return m_slots[index(slot)]; }

    Slot m_active = Slot::A;
    std::optional<Slot> m_trial;
    int m_triesLeft = 0;
    std::array<Record, 2> m_slots;
    Slot m_booted = Slot::A;
};

} // namespace ReaderStack
