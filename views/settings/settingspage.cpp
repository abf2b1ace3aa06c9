// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/settings/settingspage.h"

#include "app/configstore.h"
#include "app/licence/licence.h"
#include "app/secrets/secretstore.h"
#include "app/settings/autorestart.h"
#include "app/settings/autostartentry.h"
#include "app/settings/readersettings.h"
#include "devicelink/readerregistry.h"
#include "views/settings/powerlinktable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

SettingsPage::SettingsPage(Console::ConfigStore *config, Console::AutoRestart *autoRestart,
                           Console::ReaderSettings *readers, Console::SecretStore *secrets,
                           Console::LicenceManager *licences, ReaderRegistry *registry,
                           const Console::AutostartEntry *autostart, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_autoRestart(autoRestart)
    , m_readers(readers)
    , m_secrets(secrets)
    , m_registry(registry)
    , m_delayLabel(new QLabel(this))
    , m_delay(new QSpinBox(this))
    , m_delayHint(new QLabel(this))
    , m_autostart(autostart)
    , m_startWithPc(new QCheckBox(this))
    , m_restart(new QCheckBox(this))
    , m_minutes(new QSpinBox(this))
    , m_restartLabel(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_feedback(new QLabel(this))
    , m_powerTitle(new QLabel(this))
    , m_power(new PowerLinkTable(readers, this))
    , m_secretsLabel(new QLabel(this))
    , m_auditTitle(new QLabel(this))
    , m_audit(new QTableWidget(0, 4, this))
    , m_licences(licences)
    , m_licenceLabel(new QLabel(this))
    , m_addLicence(new QPushButton(this))
    , m_adminLabel(new QLabel(this))
    , m_adminReader(new QComboBox(this))
    , m_adminPassword(new QLineEdit(this))
    , m_setAdmin(new QPushButton(this))
{
    setObjectName(u"settingsPage"_s);
    m_delay->setObjectName(u"startupDelay"_s);
    m_delay->setRange(0, Console::ConfigStore::MaxStartupDelayS);
    m_delay->setValue(m_config->startupDelaySeconds());
    m_delayHint->setWordWrap(true);
    m_startWithPc->setObjectName(u"startWithPc"_s);
    m_startWithPc->setChecked(m_autostart->isInstalled());
    m_restart->setObjectName(u"autoRestartEnabled"_s);
    m_restart->setChecked(m_autoRestart->enabled());
    m_minutes->setObjectName(u"autoRestartMinutes"_s);
    m_minutes->setRange(1, 5);
    m_minutes->setValue(m_autoRestart->minutes());
    m_save->setObjectName(u"saveSettings"_s);
    m_feedback->setObjectName(u"settingsFeedback"_s);
    m_feedback->setWordWrap(true);
    m_audit->setObjectName(u"auditTable"_s);
    m_audit->verticalHeader()->hide();
    m_audit->horizontalHeader()->setStretchLastSection(true);
    m_audit->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_audit->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QLabel *title : {m_powerTitle, m_auditTitle}) {
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
    }

    auto *form = new QFormLayout;
    form->addRow(m_delayLabel, m_delay);
    form->addRow(QString(), m_delayHint);
    form->addRow(QString(), m_startWithPc);
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restart);
    restartRow->addWidget(m_minutes);
    restartRow->addWidget(m_restartLabel, 1);
    form->addRow(restartRow);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_feedback, 1);
    saveRow->addWidget(m_save);

    m_licenceLabel->setObjectName(u"licenceSummary"_s);
    m_licenceLabel->setWordWrap(true);
    m_addLicence->setObjectName(u"addLicence"_s);
    m_adminReader->setObjectName(u"adminReader"_s);
    m_adminPassword->setObjectName(u"adminPassword"_s);
    m_adminPassword->setEchoMode(QLineEdit::Password);
    m_adminPassword->setMaxLength(16);
    m_adminPassword->setInputMethodHints(Qt::ImhDigitsOnly);
    m_setAdmin->setObjectName(u"setAdminPassword"_s);
    auto *licenceRow = new QHBoxLayout;
    licenceRow->addWidget(m_licenceLabel, 1);
    licenceRow->addWidget(m_addLicence);
    auto *adminRow = new QHBoxLayout;
    adminRow->addWidget(m_adminLabel);
    adminRow->addWidget(m_adminReader);
    adminRow->addWidget(m_adminPassword, 1);
    adminRow->addWidget(m_setAdmin);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(saveRow);
    layout->addLayout(licenceRow);
    layout->addLayout(adminRow);
    layout->addWidget(m_powerTitle);
    layout->addWidget(m_power, 1);
    layout->addWidget(m_secretsLabel);
    layout->addWidget(m_auditTitle);
    layout->addWidget(m_audit, 2);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_addLicence, &QPushButton::clicked, this, &SettingsPage::addLicence);
    connect(m_licences, &Console::LicenceManager::changed, this, &SettingsPage::refreshLicences);
    connect(m_setAdmin, &QPushButton::clicked, this, &SettingsPage::setAdminPassword);
    connect(m_readers, &Console::ReaderSettings::adminPasswordSet, this,
            [this](const QString &serial, const Error &error) {
                m_feedback->setText(error.isError() ? tr("%1: %2 (%3)").arg(serial, error.message(), error.codeString())
                                                    : tr("%1: admin password set.").arg(serial));
                refreshAudit();
            });
    connect(m_readers, &Console::ReaderSettings::powerSettingsChanged, this, &SettingsPage::refreshPower);
    connect(m_registry, &QAbstractItemModel::rowsInserted, this, &SettingsPage::refreshPower);
    connect(m_registry, &QAbstractItemModel::rowsRemoved, this, &SettingsPage::refreshPower);
    retranslate();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshAudit();
}

void SettingsPage::retranslate()
{
    m_delayLabel->setText(tr("Start-up delay (seconds):"));
    m_startWithPc->setText(tr("Start Madoguchi when the PC starts (the card readers follow after the start-up delay)"));
    m_delayHint->setText(tr("How long after the PC starts Madoguchi starts the card readers (default 40 s; a slow "
                            "PC may need 300 s). Kept in this one place; nothing needs to be copied by hand."));
    m_restart->setText(tr("Start a stopped card reader automatically after"));
    m_restartLabel->setText(tr("minutes"));
    m_save->setText(tr("&Save"));
    m_powerTitle->setText(tr("Power linking (電源連動)"));
    m_secretsLabel->setText(m_secrets->backend() == u"keychain"_s
                                ? tr("Login-name passwords are kept in the system keychain.")
                                : tr("Login-name passwords are kept encrypted in the console's data folder (no "
                                     "system keychain is available)."));
    m_addLicence->setText(tr("Add &licence file…"));
    m_adminLabel->setText(tr("Admin password of"));
    m_adminPassword->setPlaceholderText(tr("6 to 16 digits"));
    m_setAdmin->setText(tr("Set &admin password"));
    refreshLicences();
    m_auditTitle->setText(tr("Settings changes"));
    m_audit->setHorizontalHeaderLabels({tr("When"), tr("Setting"), tr("Before"), tr("After")});
    refreshPower();
    refreshAudit();
}

void SettingsPage::save()
{
    if (Result<void> saved = m_config->setStartupDelaySeconds(m_delay->value()); !saved) {
        m_feedback->setText(saved.error().message() + u" ("_s + saved.error().codeString() + u')');
        return;
    }
    if (Result<void> saved = m_autoRestart->setSettings(m_restart->isChecked(), m_minutes->value()); !saved) {
        m_feedback->setText(saved.error().message() + u" ("_s + saved.error().codeString() + u')');
        return;
    }
    if (m_startWithPc->isChecked() != m_autostart->isInstalled()) {
        if (Result<void> saved = m_autostart->setInstalled(m_startWithPc->isChecked()); !saved) {
            m_startWithPc->setChecked(m_autostart->isInstalled());
            m_feedback->setText(saved.error().message() + u" ("_s + saved.error().codeString() + u')');
            return;
        }
        const QString now = m_startWithPc->isChecked() ? u"on"_s : u"off"_s;
        if (Result<void> logged = m_config->recordChange(u"startWithPc"_s, now == u"on" ? u"off"_s : u"on"_s, now);
            !logged) {
            m_feedback->setText(logged.error().message() + u" ("_s + logged.error().codeString() + u')');
            return;
        }
    }
    m_feedback->setText(tr("Saved."));
    Q_EMIT statusMessage(tr("Settings saved"));
    refreshAudit();
}

void SettingsPage::refreshLicences()
{
    const int limit = m_licences->readerLimit();
    QString text =
        tr("Licensed card readers: %1 (one without a licence, plus %n from licence files).", nullptr, limit - 1)
            .arg(limit);
    if (!m_licences->problems().isEmpty())
        text += u' ' + tr("Not valid: %1").arg(m_licences->problems().join(u", "_s));
    m_licenceLabel->setText(text);
}

void SettingsPage::addLicence()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Add licence file"), QString(), tr("Licence files (*.lic)"));
    if (path.isEmpty())
        return;
    Result<Console::Licence> installed = m_licences->install(path);
    m_feedback->setText(
        installed ? tr("Licence %1 added: %n more card reader(s).", nullptr, installed->readers).arg(installed->id)
                  : installed.error().message() + u" ("_s + installed.error().codeString() + u')');
    if (installed)
        m_config->recordChange(u"licence/"_s + installed->id, QString(), QString::number(installed->readers));
    refreshAudit();
}

void SettingsPage::setAdminPassword()
{
    const QString serial = m_adminReader->currentText();
    if (serial.isEmpty())
        return;
    m_readers->setAdminPassword(serial, m_adminPassword->text());
    m_adminPassword->clear();
}

void SettingsPage::refreshPower()
{
    const QStringList serials = m_readers->reachableReaders();
    const QString adminReader = m_adminReader->currentText();
    m_adminReader->clear();
    m_adminReader->addItems(serials);
    m_adminReader->setCurrentText(adminReader);
    m_power->refresh();
    refreshAudit();
}

void SettingsPage::refreshAudit()
{
    const QList<Console::ConfigStore::AuditEntry> entries = m_config->auditTrail(200);
    m_audit->setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row) {
        const Console::ConfigStore::AuditEntry &e = entries.at(row);
        m_audit->setItem(row, 0, new QTableWidgetItem(e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)));
        m_audit->setItem(row, 1, new QTableWidgetItem(e.what));
        m_audit->setItem(row, 2, new QTableWidgetItem(e.oldValue));
        m_audit->setItem(row, 3, new QTableWidgetItem(e.newValue));
    }
}

} // namespace Views
