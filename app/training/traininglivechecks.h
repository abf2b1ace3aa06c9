// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/troubleshooting/livechecks.h"

#include <memory>

namespace Console {

class EmulatedReaders;
class TrainingMode;

// The live checks of a console with emulated readers: those readers have no
// USB network adapter, hub or subnet of their own (they are on loopback), so
// K-RNDIS, K-HUB and K-IP about them are answered here, and the PC's faults
// of the training mode (adapter disabled, too few licences, no room for
// logs) are answered as the PC would. Every other check, and every check
// about a reader that is not emulated, goes to the platform's checks.
class TrainingLiveChecks final : public LiveChecks
{
public:
    TrainingLiveChecks(std::unique_ptr<LiveChecks> platform, const TrainingMode *training,
                       const EmulatedReaders *emulated);

    void run(CheckId id, const QString &serial, QObject *context,
             std::function<void(const CheckResult &)> done) override;

    LiveChecks &platform() const { return *m_platform; }

private:
    std::optional<CheckResult> emulatedAnswer(CheckId id, const QString &serial) const;

    std::unique_ptr<LiveChecks> m_platform;
    const TrainingMode *m_training;
    const EmulatedReaders *m_emulated;
};

} // namespace Console
