// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/onboarding/detectstep.h"

#include "app/readercommands.h"
#include "devicelink/readerregistry.h"
#include "views/common/stateappearance.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

DetectStep::DetectStep(ReaderRegistry *registry, Console::ReaderCommands *commands, QWidget *parent)
    : QWizardPage(parent)
    , m_registry(registry)
    , m_commands(commands)
    , m_progress(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_readers(new QListWidget(this))
    , m_none(new QLabel(this))
    , m_openFlow(new QPushButton(this))
    , m_waitAgain(new QPushButton(this))
{
    setObjectName(u"detectStep"_s);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(DefaultTimeoutMs);
    m_progress->setObjectName(u"detectProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_count->setObjectName(u"detectCount"_s);
    m_readers->setObjectName(u"detectedReaders"_s);
    m_readers->setIconSize(QSize(20, 20));
    m_none->setObjectName(u"noReaders"_s);
    m_none->setWordWrap(true);
    m_none->setStyleSheet(u"QLabel { background: #fce8e6; color: #a50e0e; padding: 6px; border-radius: 4px; }"_s);
    m_openFlow->setObjectName(u"openWaitingFlow"_s);
    m_waitAgain->setObjectName(u"waitAgain"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_count);
    layout->addWidget(m_readers, 1);
    layout->addWidget(m_none);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFlow);
    buttons->addWidget(m_waitAgain);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        refresh();
    });
    connect(m_openFlow, &QPushButton::clicked, this, [this] { Q_EMIT troubleshootingRequested(WaitingFlow); });
    connect(m_waitAgain, &QPushButton::clicked, this, &DetectStep::waitAgain);
    connect(m_registry, &QAbstractItemModel::rowsInserted, this, &DetectStep::refresh);
    connect(m_registry, &QAbstractItemModel::rowsRemoved, this, &DetectStep::refresh);
    connect(m_registry, &QAbstractItemModel::dataChanged, this, &DetectStep::refresh);
    retranslate();
}

int DetectStep::connectedCount() const
{
    int count = 0;
    for (int row = 0; row < m_registry->rowCount(); ++row)
        count += m_registry->entryAt(row).trusted ? 1 : 0;
    return count;
}

void DetectStep::initializePage()
{
    waitAgain();
}

void DetectStep::cleanupPage()
{
    m_timeout.stop();
}

bool DetectStep::isComplete() const
{
    return connectedCount() > 0;
}

void DetectStep::waitAgain()
{
    m_timedOut = false;
    m_commands->refreshAll();
    m_timeout.start();
    refresh();
}

void DetectStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void DetectStep::retranslate()
{
    setTitle(tr("Connect the card readers"));
    setSubTitle(tr("Turn each card reader on, then plug its USB cable straight into the PC. Madoguchi finds them "
                   "by themselves."));
    m_openFlow->setText(tr("Open the 「接続を待っています」 &guide"));
    m_waitAgain->setText(tr("&Wait again"));
    refresh();
}

void DetectStep::refresh()
{
    const int count = connectedCount();
    if (count > 0)
        m_timeout.stop();
    m_count->setText(count == 0 ? tr("Waiting for card readers…")
                                : tr("%n card reader(s) found. Connect any other one now, or go on.", nullptr,
                                     count));
    m_readers->clear();
    for (int row = 0; row < m_registry->rowCount(); ++row) {
        const ReaderEntry &entry = m_registry->entryAt(row);
        if (!entry.trusted)
            continue;
        auto *item = new QListWidgetItem(entryIcon(entry),
                                         tr("%1 — software %2, firmware %3")
                                             .arg(entry.description.serial, entry.description.software,
                                                  entry.description.firmware),
                                         m_readers);
        item->setData(Qt::UserRole, entry.description.serial);
    }
    const bool noneFound = m_timedOut && count == 0;
    m_progress->setVisible(!noneFound);
    m_none->setVisible(noneFound);
    m_openFlow->setVisible(noneFound);
    m_waitAgain->setVisible(noneFound);
    if (noneFound) {
        m_none->setText(tr("No card reader has connected. If the card reader shows 「接続を待っています」 or "
                           "nothing at all, the guide takes you through the usual causes step by step."));
    }
    Q_EMIT completeChanged();
}

} // namespace Views
