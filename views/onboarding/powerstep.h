// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QWizardPage>

class QLabel;
class QSpinBox;

namespace Console {
class ConfigStore;
class ReaderSettings;
} // namespace Console

namespace Views {

class PowerLinkTable;

// Step 6: 電源連動 per card reader (the reader's own setting, as on the 設定
// page, with the warning for a port that stays powered) and the console's
// 起動待ち時間, kept in config.db when the user goes on.
class PowerStep : public QWizardPage
{
    Q_OBJECT

public:
    PowerStep(Console::ReaderSettings *readers, Console::ConfigStore *config, QWidget *parent = nullptr);

    void initializePage() override;
    // Saves the start-up delay; stays on the page when it cannot be saved.
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Console::ReaderSettings *m_readers;
    Console::ConfigStore *m_config;
    QLabel *m_powerHint;
    PowerLinkTable *m_power;
    QLabel *m_delayLabel;
    QSpinBox *m_delay;
    QLabel *m_delayHint;
    QLabel *m_feedback;
};

} // namespace Views
