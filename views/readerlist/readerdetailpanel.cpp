// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/readerlist/readerdetailpanel.h"

#include "devicelink/readerregistry.h"
#include "views/common/stateappearance.h"
#include "views/readerlist/flowsettingsbox.h"
#include "views/readerlist/visualcheckprompt.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

ReaderDetailPanel::ReaderDetailPanel(ReaderRegistry *registry, Console::ReaderCommands *commands, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_state(new QLabel(this))
    , m_registration(new QLabel(this))
    , m_software(new QLabel(this))
    , m_firmware(new QLabel(this))
    , m_model(new QLabel(this))
    , m_address(new QLabel(this))
    , m_uptime(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_explain(new QPushButton(this))
    , m_visualCheck(new VisualCheckPrompt(registry, commands, this))
    , m_flowSettings(new FlowSettingsBox(registry, commands, this))
{
    setObjectName(u"readerDetailPanel"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_software, m_firmware, m_model, m_address})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(u"readerProblem"_s);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(u"QLabel { background: #fce8e6; color: #a50e0e; padding: 8px; border-radius: 4px; }"_s);

    m_explain->setObjectName(u"explainErrorCode"_s);
    m_explain->hide();
    connect(m_explain, &QPushButton::clicked, this, [this] {
        const ReaderEntry *entry = m_registry->entry(m_serial);
        if (entry && entry->error.isError())
            Q_EMIT errorCodeRequested(entry->error.codeString());
    });

    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (QLabel *field : {m_state, m_registration, m_model, m_software, m_firmware, m_address, m_uptime})
        m_form->addRow(new QLabel(this), field);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_explain, 0, Qt::AlignLeft);
    layout->addWidget(m_visualCheck);
    layout->addWidget(m_flowSettings);
    layout->addStretch();

    connect(m_registry, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_registry->rowOf(m_serial);
        if (row >= from.row() && row <= to.row())
            refresh();
    });
    connect(m_registry, &QAbstractItemModel::rowsRemoved, this, &ReaderDetailPanel::refresh);
    retranslate();
    refresh();
}

void ReaderDetailPanel::showReader(const QString &serial)
{
    m_serial = serial;
    m_visualCheck->showReader(serial);
    m_flowSettings->showReader(serial);
    refresh();
}

void ReaderDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReaderDetailPanel::retranslate()
{
    const QList<std::pair<QLabel *, QString>> rows = {
        {m_state, tr("State")},         {m_registration, tr("Registration")}, {m_model, tr("Model")},
        {m_software, tr("Software")},   {m_firmware, tr("Firmware")},         {m_address, tr("Address")},
        {m_uptime, tr("Uptime")},
    };
    for (const auto &[field, label] : rows) {
        if (auto *labelWidget = qobject_cast<QLabel *>(m_form->labelForField(field)))
            labelWidget->setText(label + u':');
    }
    refresh();
}

void ReaderDetailPanel::refresh()
{
    const ReaderEntry *entry = m_registry->entry(m_serial);
    const bool present = entry != nullptr;
    for (int i = 0; i < m_form->rowCount(); ++i)
        m_form->setRowVisible(i, present);
    if (!present) {
        m_title->setText(tr("Select a card reader in the list."));
        m_problem->hide();
        m_explain->hide();
        return;
    }
    m_title->setText(tr("Serial No. %1").arg(entry->description.serial));
    m_state->setText(ReaderRegistry::stateLabel(*entry));
    m_registration->setText(entry->registered ? tr("Registered to this console") : tr("Not registered"));
    m_model->setText(entry->description.model);
    m_software->setText(entry->description.software);
    m_firmware->setText(entry->description.firmware);
    m_address->setText(entry->address());
    const int row = m_registry->rowOf(m_serial);
    m_uptime->setText(m_registry->index(row, ReaderRegistry::UptimeColumn).data().toString());

    QString problem;
    if (entry->error.isError())
        problem = u"%1 (%2)"_s.arg(entry->error.message(), entry->error.codeString());
    else if (!entry->registered)
        problem = tr("This card reader is not registered. Check that the serial number matches the sticker on the "
                     "reader, then press Register.");
    else if (entry->state == ReaderState::WaitingForConnection)
        problem = tr("The console cannot reach this card reader. Check that it is switched on and its USB cable is "
                     "connected. It reconnects by itself.");
    else if (entry->state == ReaderState::Stopped)
        problem = tr("The card reader is stopped. Press Start to accept patients.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_explain->setVisible(entry->error.isError());
    m_explain->setText(tr("What does %1 mean? (error code list)").arg(entry->error.codeString()));
    m_problem->setStyleSheet(entry->error.isError()
                                 ? u"QLabel { background: #fce8e6; color: #a50e0e; padding: 8px; border-radius: 4px; }"_s
                                 : u"QLabel { background: #e8f0fe; color: #174ea6; padding: 8px; border-radius: 4px; }"_s);
}

} // namespace Views
