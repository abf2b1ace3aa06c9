// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/readerlist/visualcheckprompt.h"

#include "app/readercommands.h"
#include "devicelink/readerregistry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

VisualCheckPrompt::VisualCheckPrompt(ReaderRegistry *registry, Console::ReaderCommands *commands, QWidget *parent)
    : QFrame(parent)
    , m_registry(registry)
    , m_commands(commands)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_confirm(new QPushButton(this))
    , m_refuse(new QPushButton(this))
{
    setObjectName(u"visualCheckPrompt"_s);
    m_confirm->setObjectName(u"visualCheckConfirm"_s);
    m_refuse->setObjectName(u"visualCheckRefuse"_s);
    m_problem->setObjectName(u"visualCheckProblem"_s);
    setStyleSheet(u"#visualCheckPrompt { background: #fef7e0; border: 2px solid #f9ab00; border-radius: 6px; }"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_text->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a50e0e;"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_refuse);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);

    connect(m_confirm, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { answer(false); });
    connect(m_commands, &Console::ReaderCommands::visualCheckFinished, this, &VisualCheckPrompt::onFinished);
    connect(m_registry, &QAbstractItemModel::dataChanged, this, &VisualCheckPrompt::refresh);
    connect(m_registry, &QAbstractItemModel::rowsRemoved, this, &VisualCheckPrompt::refresh);
    retranslate();
}

void VisualCheckPrompt::showReader(const QString &serial)
{
    m_serial = serial;
    m_sent = false;
    m_problem->clear();
    refresh();
}

void VisualCheckPrompt::refresh()
{
    const ReaderEntry *entry = m_registry->entry(m_serial);
    const bool pending = entry && entry->trusted && entry->visualCheckPending;
    if (!pending)
        m_sent = false;
    m_confirm->setEnabled(pending && !m_sent);
    m_refuse->setEnabled(pending && !m_sent);
    setVisible(pending || !m_problem->text().isEmpty());
}

void VisualCheckPrompt::answer(bool confirmed)
{
    m_sent = true;
    m_problem->clear();
    refresh();
    m_commands->confirmVisually(m_serial, confirmed);
}

void VisualCheckPrompt::onFinished(const QString &serial, bool, const Error &error)
{
    if (serial != m_serial)
        return;
    m_sent = false;
    m_problem->setText(error.isError() ? u"%1 (%2)"_s.arg(error.message(), error.codeString()) : QString());
    refresh();
}

void VisualCheckPrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void VisualCheckPrompt::retranslate()
{
    m_title->setText(tr("A patient is waiting for a visual check"));
    m_text->setText(tr("Compare the patient with the photo on the My Number card, then answer."));
    m_confirm->setText(tr("Identity confirmed"));
    m_refuse->setText(tr("Cannot confirm"));
}

} // namespace Views
