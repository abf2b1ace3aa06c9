// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Console {

class ConfigStore;

// The steps of the onboarding wizard (導入ウィザード), in order. The ids of
// stepId() are kept in config.db: never rename one.
enum class OnboardingStep {
    Checks,      // environment checks of this PC
    Detect,      // card readers found
    Licence,     // enough licences for them
    LoginNames,  // each reader registered to a login name
    Messages,    // 画面メッセージ
    Power,       // 電源連動 and 起動待ち時間
    Start,       // 起動 until 稼働中
    TestPatient, // one test patient, watched in the mirror
    Summary,     // the printable record
};

// How far the wizard got, kept in config.db so that closing it and opening
// it again continues at the same step, and whether it was ever finished (the
// console opens it at start until then). Finishing sends the next run back
// to the first step, so a finished wizard can be run again from the start.
//
// Thread: the thread of the ConfigStore.
class OnboardingProgress
{
public:
    static constexpr int StepCount = int(OnboardingStep::Summary) + 1;

    explicit OnboardingProgress(ConfigStore *config);

    // The step the wizard was last on; the first step when it never ran or
    // was finished.
    OnboardingStep reached() const;
    // DatabaseError when config.db cannot be written.
    DeviceLink::Result<void> reach(OnboardingStep step);

    bool isCompleted() const { return completedAt().isValid(); }
    QDateTime completedAt() const;
    // Completed now, and the next run starts at the first step.
    DeviceLink::Result<void> markCompleted();

    static QString stepId(OnboardingStep step);
    static std::optional<OnboardingStep> stepFromId(const QString &id);

private:
    ConfigStore *m_config;
};

} // namespace Console
