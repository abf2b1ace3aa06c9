// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/onboarding/onboardingsummary.h"
#include "devicelink/error.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Console {
class ConsoleCore;
class OnboardingChecks;
} // namespace Console

namespace Views {

class TestPatientStep;

// Step 9: the setup record (OnboardingSummary) as it will print, saved for
// the clinic's files as HTML or PDF (印刷用に保存). The PDF is laid out by
// QTextDocument onto a QPdfWriter, so printing needs no printer support.
class SummaryStep : public QWizardPage
{
    Q_OBJECT

public:
    enum class Format { Html, Pdf };

    SummaryStep(const Console::ConsoleCore *core, const Console::OnboardingChecks *checks,
                const TestPatientStep *testPatient, QWidget *parent = nullptr);

    QString html() const { return m_html; }
    // Writes the record to path and tells the user how it went;
    // OnboardingSummaryNotSaved when the file cannot be written.
    DeviceLink::Result<void> saveAs(const QString &path, Format format);

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void build();
    void askSave(Format format);

    const Console::ConsoleCore *m_core;
    const Console::OnboardingChecks *m_checks;
    const TestPatientStep *m_testPatient;
    Console::OnboardingSummary m_summary;
    QString m_html;
    QTextBrowser *m_browser;
    QPushButton *m_saveHtml;
    QPushButton *m_savePdf;
    QLabel *m_feedback;
};

} // namespace Views
