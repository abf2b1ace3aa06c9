// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/readerlist/flowsettingsbox.h"

#include "app/readercommands.h"
#include "devicelink/readerregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>
#include <vector>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

FlowSettingsBox::FlowSettingsBox(ReaderRegistry *registry, Console::ReaderCommands *commands, QWidget *parent)
    : QGroupBox(parent)
    , m_registry(registry)
    , m_commands(commands)
    , m_consentLabel(new QLabel(this))
    , m_medication(new QCheckBox(this))
    , m_healthCheck(new QCheckBox(this))
    , m_surgery(new QCheckBox(this))
    , m_medicalCare(new QCheckBox(this))
    , m_combined(new QCheckBox(this))
    , m_highCost(new QCheckBox(this))
    , m_modeLabel(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_faceTimeoutLabel(new QLabel(this))
    , m_faceTimeout(new QSpinBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"flowSettingsBox"_s);
    m_medication->setObjectName(u"consentMedication"_s);
    m_healthCheck->setObjectName(u"consentHealthCheck"_s);
    m_surgery->setObjectName(u"consentSurgery"_s);
    m_medicalCare->setObjectName(u"consentMedicalCare"_s);
    m_combined->setObjectName(u"consentCombined"_s);
    m_highCost->setObjectName(u"consentHighCost"_s);
    m_mode->setObjectName(u"operatingMode"_s);
    m_faceTimeout->setObjectName(u"faceTimeout"_s);
    m_status->setObjectName(u"flowSettingsStatus"_s);
    m_status->setWordWrap(true);

    m_mode->addItem(QString(), QVariant::fromValue(int(OperatingMode::Unattended)));
    m_mode->addItem(QString(), QVariant::fromValue(int(OperatingMode::VisualCheck)));
    m_faceTimeout->setRange(FlowSettings::MinFaceTimeoutS, FlowSettings::MaxFaceTimeoutS);
    m_faceTimeoutLabel->setBuddy(m_faceTimeout);
    m_modeLabel->setBuddy(m_mode);

    auto *form = new QFormLayout;
    form->addRow(m_modeLabel, m_mode);
    form->addRow(m_faceTimeoutLabel, m_faceTimeout);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_consentLabel);
    for (QCheckBox *box : {m_medication, m_healthCheck, m_surgery, m_medicalCare, m_combined, m_highCost}) {
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &FlowSettingsBox::sendChange);
    }
    layout->addLayout(form);
    layout->addWidget(m_status);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &FlowSettingsBox::sendChange);
    // Only the value the user settles on goes to the reader, not every step of the spin box.
    m_faceTimeout->setKeyboardTracking(false);
    connect(m_faceTimeout, &QSpinBox::valueChanged, this, &FlowSettingsBox::sendChange);

    connect(m_commands, &Console::ReaderCommands::flowSettingsReceived, this, &FlowSettingsBox::onReceived);
    connect(m_commands, &Console::ReaderCommands::flowSettingsFailed, this, &FlowSettingsBox::onFailed);
    connect(m_registry, &QAbstractItemModel::dataChanged, this, &FlowSettingsBox::followRegistry);
    connect(m_registry, &QAbstractItemModel::rowsRemoved, this, &FlowSettingsBox::followRegistry);
    retranslate();
    showSettings();
}

void FlowSettingsBox::showReader(const QString &serial)
{
    if (serial == m_serial)
        return;
    m_serial = serial;
    m_settings.reset();
    m_trusted = false;
    m_waiting = false;
    m_status->clear();
    followRegistry();
    showSettings();
}

void FlowSettingsBox::followRegistry()
{
    const ReaderEntry *entry = m_registry->entry(m_serial);
    const bool trusted = entry && entry->trusted;
    if (trusted == m_trusted)
        return;
    m_trusted = trusted;
    if (m_trusted) {
        // After a reconnect the reader may have been changed elsewhere (its
        // admin screen, another session): read it again.
        m_settings.reset();
        setWaiting(true);
        m_commands->fetchFlowSettings(m_serial);
    } else {
        m_waiting = false;
    }
    showSettings();
}

void FlowSettingsBox::onReceived(const QString &serial, const FlowSettings &settings)
{
    if (serial != m_serial)
        return;
    m_settings = settings;
    m_status->setText(tr("Changes apply from the next patient."));
    setWaiting(false);
    showSettings();
}

void FlowSettingsBox::onFailed(const QString &serial, const Error &error)
{
    if (serial != m_serial)
        return;
    m_status->setText(tr("The settings could not be changed: %1 (%2)").arg(error.message(), error.codeString()));
    setWaiting(false);
    // Back to what the reader has; it may have changed meanwhile, so ask.
    if (m_trusted) {
        setWaiting(true);
        m_commands->fetchFlowSettings(m_serial);
    }
    showSettings();
}

FlowSettings FlowSettingsBox::edited() const
{
    FlowSettings settings = m_settings.value_or(FlowSettings());
    settings.consent.medication = m_medication->isChecked();
    settings.consent.healthCheck = m_healthCheck->isChecked();
    settings.consent.surgery = m_surgery->isChecked();
    settings.consent.medicalCare = m_medicalCare->isChecked();
    settings.consent.combined = m_combined->isChecked();
    settings.consent.highCostCare = m_highCost->isChecked();
    settings.mode = OperatingMode(m_mode->currentData().toInt());
    settings.faceTimeoutS = m_faceTimeout->value();
    return settings;
}

void FlowSettingsBox::sendChange()
{
    if (!m_settings || m_waiting)
        return;
    const FlowSettings before = *m_settings;
    const FlowSettings after = edited();
    if (after == before)
        return;
    m_status->setText(tr("Sending to the card reader…"));
    setWaiting(true);
    m_commands->changeFlowSettings(m_serial, before, after);
}

void FlowSettingsBox::showSettings()
{
    const FlowSettings settings = m_settings.value_or(FlowSettings());
    {
        const QList<QObject *> controls = {m_medication, m_healthCheck, m_surgery,  m_medicalCare,
                                           m_combined,   m_highCost,    m_mode,     m_faceTimeout};
        std::vector<std::unique_ptr<QSignalBlocker>> blockers;
        for (QObject *control : controls)
            blockers.push_back(std::make_unique<QSignalBlocker>(control));
        m_medication->setChecked(settings.consent.medication);
        m_healthCheck->setChecked(settings.consent.healthCheck);
        m_surgery->setChecked(settings.consent.surgery);
        m_medicalCare->setChecked(settings.consent.medicalCare);
        m_combined->setChecked(settings.consent.combined);
        m_highCost->setChecked(settings.consent.highCostCare);
        m_mode->setCurrentIndex(m_mode->findData(int(settings.mode)));
        m_faceTimeout->setValue(settings.faceTimeoutS);
    }
    const bool editable = m_trusted && m_settings && !m_waiting;
    for (QWidget *control : std::initializer_list<QWidget *>{m_medication, m_healthCheck, m_surgery, m_medicalCare,
                                                             m_combined, m_highCost, m_mode, m_faceTimeout})
        control->setEnabled(editable);
    if (!m_trusted)
        m_status->setText(tr("The settings can be changed while the card reader is connected."));
    else if (!m_settings)
        m_status->setText(tr("Reading the settings of the card reader…"));
    setVisible(m_registry->entry(m_serial) != nullptr);
}

void FlowSettingsBox::setWaiting(bool waiting)
{
    m_waiting = waiting;
    showSettings();
}

void FlowSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void FlowSettingsBox::retranslate()
{
    setTitle(tr("Reception settings"));
    m_consentLabel->setText(tr("Consents asked at the card reader:"));
    m_medication->setText(tr("Medication information"));
    m_healthCheck->setText(tr("Specific health checkup information"));
    m_surgery->setText(tr("Surgery information"));
    m_medicalCare->setText(tr("Medical care information"));
    m_combined->setText(tr("Ask for all of them on one screen"));
    m_highCost->setText(tr("High-cost medical care limit (限度額) information"));
    m_modeLabel->setText(tr("Operating mode:"));
    m_mode->setItemText(0, tr("Unattended mode"));
    m_mode->setItemText(1, tr("Visual check mode (staff confirm by sight)"));
    m_faceTimeoutLabel->setText(tr("Face authentication time limit:"));
    m_faceTimeout->setSuffix(tr(" s"));
    showSettings();
}

} // namespace Views
