// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Console {
class AutoRestart;
class AutostartEntry;
class ConfigStore;
class LicenceManager;
class ReaderSettings;
class SecretStore;
} // namespace Console
namespace DeviceLink {
class ReaderRegistry;
}

namespace Views {

class PowerLinkTable;

// 設定: the start-up delay (起動待ち時間, one value for the whole console),
// auto-restart of stopped readers, 電源連動 per reader with the warning for
// ports that stay powered while the PC sleeps, where passwords are kept,
// and the audit trail of every settings change.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Console::ConfigStore *config, Console::AutoRestart *autoRestart, Console::ReaderSettings *readers,
                 Console::SecretStore *secrets, Console::LicenceManager *licences, DeviceLink::ReaderRegistry *registry,
                 const Console::AutostartEntry *autostart, QWidget *parent = nullptr);

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void save();
    void refreshPower();
    void refreshAudit();
    void refreshLicences();
    void addLicence();
    void setAdminPassword();

    Console::ConfigStore *m_config;
    Console::AutoRestart *m_autoRestart;
    Console::ReaderSettings *m_readers;
    Console::SecretStore *m_secrets;
    DeviceLink::ReaderRegistry *m_registry;
    QLabel *m_delayLabel;
    QSpinBox *m_delay;
    QLabel *m_delayHint;
    const Console::AutostartEntry *m_autostart;
    QCheckBox *m_startWithPc;
    QCheckBox *m_restart;
    QSpinBox *m_minutes;
    QLabel *m_restartLabel;
    QPushButton *m_save;
    QLabel *m_feedback;
    QLabel *m_powerTitle;
    PowerLinkTable *m_power;
    QLabel *m_secretsLabel;
    QLabel *m_auditTitle;
    QTableWidget *m_audit;
    Console::LicenceManager *m_licences;
    QLabel *m_licenceLabel;
    QPushButton *m_addLicence;
    QLabel *m_adminLabel;
    QComboBox *m_adminReader;
    QLineEdit *m_adminPassword;
    QPushButton *m_setAdmin;
};

} // namespace Views
