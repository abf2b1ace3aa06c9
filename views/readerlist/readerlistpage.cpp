// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/readerlist/readerlistpage.h"

#include "app/readercommands.h"
#include "app/settings/autorestart.h"
#include "devicelink/readerregistry.h"
#include "devicelink/tlsidentity.h"
#include "views/readerlist/readerdetailpanel.h"
#include "views/readerlist/readerstatedelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

QPushButton *makeButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

ReaderListPage::ReaderListPage(ReaderRegistry *registry, Console::ReaderCommands *commands, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_commands(commands)
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_details(new ReaderDetailPanel(registry, commands, this))
    , m_emptyTitle(new QLabel(this))
    , m_emptyText(new QLabel(this))
    , m_feedback(new QLabel(this))
    , m_refreshAll(makeButton(u"refreshAllButton"_s, this))
    , m_start(makeButton(u"startButton"_s, this))
    , m_stop(makeButton(u"stopButton"_s, this))
    , m_closeReception(makeButton(u"closeReceptionButton"_s, this))
    , m_refresh(makeButton(u"refreshButton"_s, this))
    , m_register(makeButton(u"registerButton"_s, this))
    , m_remove(makeButton(u"removeButton"_s, this))
    , m_emptyAttach(makeButton(u"emptyAttachButton"_s, this))
    , m_emptyAddAddress(makeButton(u"emptyAddAddressButton"_s, this))
{
    connect(m_details, &ReaderDetailPanel::errorCodeRequested, this, &ReaderListPage::errorCodeRequested);
    setObjectName(u"readerListPage"_s);

    m_table->setObjectName(u"readerTable"_s);
    m_table->setModel(m_registry);
    m_table->setItemDelegateForColumn(ReaderRegistry::StateColumn, new ReaderStateDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);

    // Empty state: what to check, and the way to try without hardware.
    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(m_emptyAttach);
    emptyButtons->addWidget(m_emptyAddAddress);
    emptyButtons->addStretch();
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 330});
    m_stack->addWidget(splitter);
    m_stack->addWidget(empty);

    m_feedback->setObjectName(u"commandFeedback"_s);
    m_feedback->setWordWrap(true);
    m_feedback->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_refreshAll);
    top->addStretch();

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_start, m_stop, m_closeReception, m_refresh})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_register);
    actions->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_feedback);
    layout->addLayout(actions);

    connect(m_refreshAll, &QPushButton::clicked, this, [this] {
        m_commands->refreshAll();
        Q_EMIT statusMessage(tr("Refreshing the card reader information…"));
    });
    connect(m_start, &QPushButton::clicked, this, [this] { runCommand(ReaderCommand::Start); });
    connect(m_stop, &QPushButton::clicked, this, [this] { runCommand(ReaderCommand::Stop); });
    connect(m_closeReception, &QPushButton::clicked, this, [this] { runCommand(ReaderCommand::CloseReception); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { runCommand(ReaderCommand::Refresh); });
    connect(m_register, &QPushButton::clicked, this, &ReaderListPage::confirmRegistration);
    connect(m_remove, &QPushButton::clicked, this, &ReaderListPage::confirmRemoval);
    connect(m_emptyAttach, &QPushButton::clicked, this, &ReaderListPage::attachEmulatedRequested);
    connect(m_emptyAddAddress, &QPushButton::clicked, this, &ReaderListPage::addByAddressRequested);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_details->showReader(selectedSerial());
        m_feedback->hide();
        updateActions();
    });
    connect(m_registry, &ReaderRegistry::summaryChanged, this, &ReaderListPage::updateActions);
    connect(m_registry, &QAbstractItemModel::rowsInserted, this, [this] {
        updateEmptyState();
        if (!m_table->selectionModel()->hasSelection() && m_registry->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_registry, &QAbstractItemModel::rowsRemoved, this, &ReaderListPage::updateEmptyState);
    connect(m_commands, &Console::ReaderCommands::commandFinished, this, &ReaderListPage::onCommandFinished);
    connect(m_commands, &Console::ReaderCommands::registrationFinished, this, &ReaderListPage::onRegistrationFinished);

    retranslate();
    updateEmptyState();
    if (m_registry->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
}

QString ReaderListPage::selectedSerial() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ReaderRegistry::SerialRole).toString();
}

void ReaderListPage::selectSerial(const QString &serial)
{
    const int row = m_registry->rowOf(serial);
    if (row >= 0)
        m_table->selectRow(row);
}

void ReaderListPage::setAutoRestart(Console::AutoRestart *autoRestart)
{
    m_autoRestart = autoRestart;
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(u"autoRestartCountdown"_s);
    m_countdown->setWordWrap(true);
    m_countdown->hide();
    static_cast<QVBoxLayout *>(layout())->insertWidget(layout()->indexOf(m_feedback), m_countdown);
    const auto update = [this] {
        QStringList parts;
        for (const QString &serial : m_autoRestart->countingDown()) {
            const qint64 seconds = (m_autoRestart->remainingMs(serial) + 999) / 1000;
            parts << tr("%1 starts automatically in %2:%3")
                         .arg(serial)
                         .arg(seconds / 60)
                         .arg(seconds % 60, 2, 10, QLatin1Char('0'));
        }
        parts.sort();
        m_countdown->setText(parts.join(u" · "_s));
        m_countdown->setVisible(!parts.isEmpty());
    };
    connect(m_autoRestart, &Console::AutoRestart::countdownChanged, this, update);
    update();
}

void ReaderListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReaderListPage::retranslate()
{
    m_refreshAll->setText(tr("&Refresh all", "最新の情報に更新"));
    m_refreshAll->setToolTip(tr("Look for card readers again and refresh their information."));
    m_start->setText(tr("&Start", "起動"));
    m_start->setToolTip(tr("Start the selected card reader so that it accepts patients."));
    m_stop->setText(tr("S&top", "終了"));
    m_stop->setToolTip(tr("Stop the selected card reader."));
    m_closeReception->setText(tr("&Close reception", "受付終了"));
    m_closeReception->setToolTip(tr("Stop accepting patients on the selected card reader."));
    m_refresh->setText(tr("Re&fresh", "更新"));
    m_refresh->setToolTip(tr("Read the selected card reader's state and versions again."));
    m_register->setText(tr("Re&gister…"));
    m_register->setToolTip(tr("Register the selected card reader to this console."));
    m_remove->setText(tr("Re&move…"));
    m_remove->setToolTip(tr("Remove the selected card reader from this console."));
    m_emptyTitle->setText(tr("No card reader found"));
    m_emptyText->setText(tr("Check that the card reader is switched on and that its USB cable is connected to this "
                            "PC. A reader that was just connected appears here within a few seconds.\n\nWithout a "
                            "card reader you can attach an emulated one to try Madoguchi."));
    m_emptyAttach->setText(tr("&Attach emulated reader"));
    m_emptyAddAddress->setText(tr("Add by a&ddress…"));
}

void ReaderListPage::updateEmptyState()
{
    m_stack->setCurrentIndex(m_registry->rowCount() == 0 ? 1 : 0);
}

void ReaderListPage::updateActions()
{
    const QString serial = selectedSerial();
    m_start->setEnabled(m_commands->canRun(serial, ReaderCommand::Start));
    m_stop->setEnabled(m_commands->canRun(serial, ReaderCommand::Stop));
    m_closeReception->setEnabled(m_commands->canRun(serial, ReaderCommand::CloseReception));
    m_refresh->setEnabled(m_commands->canRun(serial, ReaderCommand::Refresh));
    m_register->setEnabled(m_commands->canRegister(serial));
    const ReaderEntry *entry = m_registry->entry(serial);
    m_remove->setEnabled(entry && entry->registered);
}

void ReaderListPage::runCommand(ReaderCommand command)
{
    const QString serial = selectedSerial();
    if (serial.isEmpty())
        return;
    m_feedback->hide();
    Q_EMIT statusMessage(tr("%1: %2…").arg(serial, displayName(command)));
    m_commands->run(serial, command);
}

void ReaderListPage::onCommandFinished(const QString &serial, ReaderCommand command, const Error &error)
{
    if (error.isError()) {
        showProblem(tr("%1 could not be done on %2: %3 (%4)")
                        .arg(displayName(command), serial, error.message(), error.codeString()));
        Q_EMIT statusMessage(tr("%1: %2 failed (%3)").arg(serial, displayName(command), error.codeString()));
        return;
    }
    Q_EMIT statusMessage(tr("%1: %2 done").arg(serial, displayName(command)));
}

void ReaderListPage::confirmRegistration()
{
    const QString serial = selectedSerial();
    const ReaderEntry *entry = m_registry->entry(serial);
    if (!entry)
        return;
    const QString text = tr("Register this card reader to this console?\n\nSerial No.: %1\nAddress: %2\n\nCheck that "
                            "the serial number matches the sticker on the card reader. From now on this console "
                            "accepts this card reader only with its present certificate.")
                             .arg(serial, entry->address());
    if (QMessageBox::question(this, tr("Register card reader"), text) != QMessageBox::Yes)
        return;
    m_commands->registerReader(serial);
}

void ReaderListPage::onRegistrationFinished(const QString &serial, const Error &error)
{
    if (error.isError()) {
        showProblem(tr("%1 could not be registered: %2 (%3)").arg(serial, error.message(), error.codeString()));
        return;
    }
    Q_EMIT statusMessage(tr("%1 is registered. Press Start to accept patients.").arg(serial));
}

void ReaderListPage::confirmRemoval()
{
    const QString serial = selectedSerial();
    if (serial.isEmpty())
        return;
    const QString text = tr("Remove card reader %1 from this console?\n\nIts registration is cancelled. To use it "
                            "again, it must be registered again.")
                             .arg(serial);
    if (QMessageBox::warning(this, tr("Remove card reader"), text, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return;
    }
    m_commands->forgetReader(serial);
    Q_EMIT statusMessage(tr("%1 was removed.").arg(serial));
}

void ReaderListPage::showProblem(const QString &text)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(u"QLabel { background: #fce8e6; color: #a50e0e; padding: 6px; border-radius: 4px; }"_s);
    m_feedback->show();
}

} // namespace Views
