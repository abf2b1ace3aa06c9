// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/onboarding/onboardingprogress.h"

#include <QWizard>

namespace Console {
class ConsoleCore;
class OnboardingChecks;
} // namespace Console

namespace Views {

class ChecksStep;
class DetectStep;
class LicenceStep;
class LoginNameStep;
class MessageStep;
class PowerStep;
class StartStep;
class TestPatientStep;
class SummaryStep;

// 導入ウィザード: sets up a clinic's console and card readers in the order the
// vendor's documents give, one page per step (OnboardingStep are the page
// ids): environment checks, readers found, licences, login names, screen
// message, 電源連動 and 起動待ち時間, 起動, a test patient watched in the
// mirror, and the printable record. Every step reuses the services of the
// console's pages. Where a step needs a page of the main window (a
// troubleshooting guide, the settings) the wizard asks for it through a
// signal and stays open beside it.
//
// The step reached is kept in config.db (OnboardingProgress): closing the
// wizard and opening it again continues there; finishing it marks the
// onboarding done, and the next run starts from the first step.
class OnboardingWizard : public QWizard
{
    Q_OBJECT

public:
    explicit OnboardingWizard(Console::ConsoleCore *core, QWidget *parent = nullptr);
    ~OnboardingWizard() override;

    const Console::OnboardingChecks *checks() const { return m_checks; }
    // How long the reader step waits before it offers the 「接続を待っています」
    // guide (default 60 s).
    void setDetectTimeout(int ms);

    DetectStep *detectStep() const { return m_detect; }
    LoginNameStep *loginNameStep() const { return m_loginNames; }
    TestPatientStep *testPatientStep() const { return m_testPatient; }
    SummaryStep *summaryStep() const { return m_summary; }

Q_SIGNALS:
    // The main window should run this troubleshooting flow.
    void troubleshootingRequested(const QString &flowId);
    // The main window should show this page (MainWindow::showPage names).
    void pageRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onStepChanged(int id);
    void startOver();
    void finishOnboarding();

    Console::OnboardingProgress m_progress;
    Console::OnboardingChecks *m_checks;
    ChecksStep *m_environment;
    DetectStep *m_detect;
    LicenceStep *m_licence;
    LoginNameStep *m_loginNames;
    MessageStep *m_message;
    PowerStep *m_power;
    StartStep *m_start;
    TestPatientStep *m_testPatient;
    SummaryStep *m_summary;
};

} // namespace Views
