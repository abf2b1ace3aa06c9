// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/onboarding/onboardingprogress.h"

#include "app/configstore.h"

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

const QString StepKey = u"onboarding/step"_s;
const QString CompletedKey = u"onboarding/completedAt"_s;

} // namespace

OnboardingProgress::OnboardingProgress(ConfigStore *config)
    : m_config(config)
{
}

OnboardingStep OnboardingProgress::reached() const
{
    return stepFromId(m_config->setting(StepKey)).value_or(OnboardingStep::Checks);
}

Result<void> OnboardingProgress::reach(OnboardingStep step)
{
    return m_config->setSetting(StepKey, stepId(step));
}

QDateTime OnboardingProgress::completedAt() const
{
    return QDateTime::fromString(m_config->setting(CompletedKey), Qt::ISODate);
}

Result<void> OnboardingProgress::markCompleted()
{
    if (Result<void> saved = m_config->setSetting(CompletedKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        !saved)
        return saved;
    return reach(OnboardingStep::Checks);
}

QString OnboardingProgress::stepId(OnboardingStep step)
{
    switch (step) {
    case OnboardingStep::Checks:
        return u"checks"_s;
    case OnboardingStep::Detect:
        return u"detect"_s;
    case OnboardingStep::Licence:
        return u"licence"_s;
    case OnboardingStep::LoginNames:
        return u"login-names"_s;
    case OnboardingStep::Messages:
        return u"messages"_s;
    case OnboardingStep::Power:
        return u"power"_s;
    case OnboardingStep::Start:
        return u"start"_s;
    case OnboardingStep::TestPatient:
        return u"test-patient"_s;
    case OnboardingStep::Summary:
        return u"summary"_s;
    }
    return u"checks"_s;
}

std::optional<OnboardingStep> OnboardingProgress::stepFromId(const QString &id)
{
    for (int i = 0; i < StepCount; ++i) {
        if (stepId(OnboardingStep(i)) == id)
            return OnboardingStep(i);
    }
    return std::nullopt;
}

} // namespace Console
