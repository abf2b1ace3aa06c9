// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/troubleshooting/livechecks.h"

#include <QList>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Console {
class OnboardingChecks;
}

namespace Views {

// Step 1: the PC's environment (K-RDP, K-VENDOR, K-SLEEP, K-IP, K-HUB), run
// by the console's live checks. Each shows OK, needs attention (with what
// to do) or, where this PC cannot tell, its question to answer yes or no. A
// problem warns but does not hold the wizard up.
class ChecksStep : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChecksStep(Console::OnboardingChecks *checks, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        Console::CheckId id;
        QLabel *title;
        QLabel *status;
        QLabel *text;
        QPushButton *yes;
        QPushButton *no;
    };

    void retranslate();
    void showResult(Console::CheckId id);
    void showWarning();

    Console::OnboardingChecks *m_checks;
    QList<Row> m_rows;
    QPushButton *m_again;
    QLabel *m_warning;
};

} // namespace Views
