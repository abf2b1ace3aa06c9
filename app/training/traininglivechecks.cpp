// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/training/traininglivechecks.h"

#include "app/emulatedreaders.h"
#include "app/training/trainingmode.h"

#include <QTimer>

namespace Console {

using namespace Qt::Literals::StringLiterals;

TrainingLiveChecks::TrainingLiveChecks(std::unique_ptr<LiveChecks> platform, const TrainingMode *training,
                                       const EmulatedReaders *emulated)
    : m_platform(std::move(platform))
    , m_training(training)
    , m_emulated(emulated)
{
}

void TrainingLiveChecks::run(CheckId id, const QString &serial, QObject *context,
                             std::function<void(const CheckResult &)> done)
{
    const std::optional<CheckResult> answer = emulatedAnswer(id, serial);
    if (!answer) {
        m_platform->run(id, serial, context, std::move(done));
        return;
    }
    QTimer::singleShot(0, context, [done = std::move(done), result = *answer] { done(result); });
}

std::optional<CheckResult> TrainingLiveChecks::emulatedAnswer(CheckId id, const QString &serial) const
{
    const bool training = m_training->isEnabled();
    switch (id) {
    case CheckId::Licence:
        if (training && m_training->hasFault(TrainingFault::OverLicence))
            return CheckResult{CheckOutcome::Fail, u"more readers than licences (training)"_s};
        return std::nullopt;
    case CheckId::Logs:
        if (training && m_training->hasFault(TrainingFault::LogDiskFull))
            return CheckResult{CheckOutcome::Fail, u"no room for logs (training)"_s};
        return std::nullopt;
    case CheckId::Rndis:
    case CheckId::Hub:
    case CheckId::Ip:
        break;
    default:
        return std::nullopt;
    }
    // About one reader that is not emulated, or about any reader when none is.
    const QStringList emulated = m_emulated->serials();
    if (serial.isEmpty() ? emulated.isEmpty() : !emulated.contains(serial))
        return std::nullopt;
    switch (id) {
    case CheckId::Rndis:
        if (training && m_training->adapterDisabled(serial))
            return CheckResult{CheckOutcome::Fail, u"adapter disabled (training)"_s};
        return CheckResult{CheckOutcome::Pass, u"emulated reader on loopback"_s};
    case CheckId::Hub:
        return CheckResult{CheckOutcome::Pass, u"emulated reader: no USB hub"_s};
    case CheckId::Ip:
        return CheckResult{CheckOutcome::Pass, u"emulated reader on loopback: no overlap"_s};
    default:
        return std::nullopt;
    }
}

} // namespace Console
