// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/onboarding/startstep.h"

#include "app/readercommands.h"
#include "devicelink/readerregistry.h"
#include "views/common/stateappearance.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

StartStep::StartStep(ReaderRegistry *registry, Console::ReaderCommands *commands, QWidget *parent)
    : QWizardPage(parent)
    , m_registry(registry)
    , m_commands(commands)
    , m_table(new QTableWidget(0, 2, this))
    , m_count(new QLabel(this))
    , m_feedback(new QLabel(this))
    , m_start(new QPushButton(this))
{
    setObjectName(u"startStep"_s);
    m_table->setObjectName(u"readerStates"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 220);
    m_count->setObjectName(u"runningCount"_s);
    m_feedback->setObjectName(u"startFeedback"_s);
    m_feedback->setWordWrap(true);
    m_feedback->setStyleSheet(u"QLabel { color: #a50e0e; }"_s);
    m_start->setObjectName(u"startAll"_s);

    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_count, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_feedback);

    connect(m_start, &QPushButton::clicked, this, &StartStep::startAll);
    connect(m_commands, &Console::ReaderCommands::commandFinished, this, &StartStep::onCommandFinished);
    connect(m_registry, &QAbstractItemModel::dataChanged, this, &StartStep::refresh);
    connect(m_registry, &QAbstractItemModel::rowsInserted, this, &StartStep::refresh);
    connect(m_registry, &QAbstractItemModel::rowsRemoved, this, &StartStep::refresh);
    retranslate();
}

void StartStep::initializePage()
{
    m_problems.clear();
    m_feedback->clear();
    refresh();
}

bool StartStep::isComplete() const
{
    return m_registry->countInState(ReaderState::Running) > 0;
}

void StartStep::startAll()
{
    m_problems.clear();
    m_feedback->clear();
    for (const QString &serial : m_registry->serials()) {
        const ReaderEntry *entry = m_registry->entry(serial);
        if (entry->registered && entry->state != ReaderState::Running
            && m_commands->canRun(serial, ReaderCommand::Start))
            m_commands->run(serial, ReaderCommand::Start);
    }
}

void StartStep::onCommandFinished(const QString &serial, ReaderCommand command, const Error &error)
{
    if (command != ReaderCommand::Start || !error.isError() || !isVisible())
        return;
    m_problems << tr("%1 did not start: %2 (%3)").arg(serial, error.message(), error.codeString());
    m_feedback->setText(m_problems.join(u'\n'));
}

void StartStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void StartStep::retranslate()
{
    setTitle(tr("Start the card readers", "起動"));
    setSubTitle(tr("A card reader accepts patients once it has been started (起動) after its registration. Until "
                   "then it shows 「接続を待っています」."));
    m_table->setHorizontalHeaderLabels({tr("Serial No."), tr("State")});
    m_start->setText(tr("&Start all card readers", "起動"));
    refresh();
}

void StartStep::refresh()
{
    const QStringList serials = m_registry->serials();
    m_table->setRowCount(int(serials.size()));
    bool startable = false;
    for (int row = 0; row < int(serials.size()); ++row) {
        const ReaderEntry *entry = m_registry->entry(serials.at(row));
        m_table->setItem(row, 0, new QTableWidgetItem(serials.at(row)));
        auto *state = new QTableWidgetItem(entryIcon(*entry), ReaderRegistry::stateLabel(*entry));
        m_table->setItem(row, 1, state);
        startable = startable
                    || (entry->registered && entry->state != ReaderState::Running
                        && m_commands->canRun(serials.at(row), ReaderCommand::Start));
    }
    m_start->setEnabled(startable);
    m_count->setText(tr("%1 of %2 card readers 稼働中")
                         .arg(m_registry->countInState(ReaderState::Running))
                         .arg(serials.size()));
    Q_EMIT completeChanged();
}

} // namespace Views
