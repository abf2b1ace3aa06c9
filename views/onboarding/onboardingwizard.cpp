// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/onboarding/onboardingwizard.h"

#include "app/consolecore.h"
#include "app/onboarding/onboardingchecks.h"
#include "views/common/stateappearance.h"
#include "views/onboarding/checksstep.h"
#include "views/onboarding/detectstep.h"
#include "views/onboarding/licencestep.h"
#include "views/onboarding/loginnamestep.h"
#include "views/onboarding/messagestep.h"
#include "views/onboarding/powerstep.h"
#include "views/onboarding/startstep.h"
#include "views/onboarding/summarystep.h"
#include "views/onboarding/testpatientstep.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOnboarding, "madoguchi.onboarding")

namespace Views {

using Console::OnboardingStep;
using namespace Qt::StringLiterals;

OnboardingWizard::OnboardingWizard(Console::ConsoleCore *core, QWidget *parent)
    : QWizard(parent)
    , m_progress(core->config())
    , m_checks(new Console::OnboardingChecks(core->liveChecks(), this))
    , m_environment(new ChecksStep(m_checks, this))
    , m_detect(new DetectStep(core->registry(), core->commands(), this))
    , m_licence(new LicenceStep(m_checks, core->licences(), core->registry(), core->emulated(), this))
    , m_loginNames(new LoginNameStep(core->registration(), core->fleet(), core->registry(), this))
    , m_message(new MessageStep(core->readerSettings(), core->registry(), this))
    , m_power(new PowerStep(core->readerSettings(), core->config(), this))
    , m_start(new StartStep(core->registry(), core->commands(), this))
    , m_testPatient(new TestPatientStep(core->registry(), core->mirrors(), core->emulated(), core->flowOutcomes(),
                                        this))
    , m_summary(new SummaryStep(core, m_checks, m_testPatient, this))
{
    setObjectName(u"onboardingWizard"_s);
    setWindowIcon(applicationIcon());
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(int(OnboardingStep::Checks), m_environment);
    setPage(int(OnboardingStep::Detect), m_detect);
    setPage(int(OnboardingStep::Licence), m_licence);
    setPage(int(OnboardingStep::LoginNames), m_loginNames);
    setPage(int(OnboardingStep::Messages), m_message);
    setPage(int(OnboardingStep::Power), m_power);
    setPage(int(OnboardingStep::Start), m_start);
    setPage(int(OnboardingStep::TestPatient), m_testPatient);
    setPage(int(OnboardingStep::Summary), m_summary);
    // Resumed where it was left; the pages before it can be reached with
    // 最初からやり直す.
    setStartId(int(m_progress.reached()));
    resize(860, 640);
    // Also when resumed past the first step: the record lists them.
    m_checks->run(Console::OnboardingChecks::environment());

    connect(this, &QWizard::currentIdChanged, this, &OnboardingWizard::onStepChanged);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            startOver();
    });
    connect(this, &QWizard::accepted, this, &OnboardingWizard::finishOnboarding);
    connect(m_detect, &DetectStep::troubleshootingRequested, this, &OnboardingWizard::troubleshootingRequested);
    connect(m_licence, &LicenceStep::settingsRequested, this, [this] { Q_EMIT pageRequested(u"settings"_s); });
    retranslate();
}

OnboardingWizard::~OnboardingWizard() = default;

void OnboardingWizard::setDetectTimeout(int ms)
{
    m_detect->setTimeout(ms);
}

void OnboardingWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void OnboardingWizard::retranslate()
{
    setWindowTitle(tr("Setup wizard", "導入ウィザード"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("&Close (continue later)"));
    setButtonText(QWizard::CustomButton1, tr("Start &over"));
    button(QWizard::CustomButton1)->setToolTip(tr("Go back to the first step. What was set up stays set."));
}

void OnboardingWizard::onStepChanged(int id)
{
    if (id < 0)
        return;
    if (DeviceLink::Result<void> saved = m_progress.reach(OnboardingStep(id)); !saved)
        qCWarning(lcOnboarding).noquote() << "keep the step reached:" << saved.error().toLogString();
}

void OnboardingWizard::startOver()
{
    if (DeviceLink::Result<void> saved = m_progress.reach(OnboardingStep::Checks); !saved)
        qCWarning(lcOnboarding).noquote() << "keep the step reached:" << saved.error().toLogString();
    setStartId(int(OnboardingStep::Checks));
    restart();
}

void OnboardingWizard::finishOnboarding()
{
    if (DeviceLink::Result<void> saved = m_progress.markCompleted(); !saved)
        qCWarning(lcOnboarding).noquote() << "keep the onboarding done:" << saved.error().toLogString();
}

} // namespace Views
