// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Console {
class EmulatedReaders;
class LicenceManager;
class OnboardingChecks;
} // namespace Console
namespace DeviceLink {
class ReaderRegistry;
}

namespace Views {

// Step 3: enough licences for the card readers (K-LIC, and the licence
// files the console has); adding a licence file here or on the settings
// page. Too few licences warn but do not hold the wizard up: the readers
// beyond the limit are refused 起動 (S522) until a file is added.
class LicenceStep : public QWizardPage
{
    Q_OBJECT

public:
    LicenceStep(Console::OnboardingChecks *checks, Console::LicenceManager *licences,
                DeviceLink::ReaderRegistry *registry, const Console::EmulatedReaders *emulated,
                QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void addLicence();

    Console::OnboardingChecks *m_checks;
    Console::LicenceManager *m_licences;
    DeviceLink::ReaderRegistry *m_registry;
    const Console::EmulatedReaders *m_emulated;
    QLabel *m_status;
    QLabel *m_counts;
    QLabel *m_advice;
    QLabel *m_feedback;
    QPushButton *m_add;
    QPushButton *m_settings;
};

} // namespace Views
