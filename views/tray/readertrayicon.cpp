// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/tray/readertrayicon.h"

#include "app/readercommands.h"
#include "devicelink/readerregistry.h"
#include "views/common/stateappearance.h"

#include <QCoreApplication>
#include <QMenu>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

ReaderTrayIcon::ReaderTrayIcon(ReaderRegistry *registry, Console::ReaderCommands *commands, QObject *parent)
    : QSystemTrayIcon(parent)
    , m_registry(registry)
    , m_commands(commands)
    , m_menu(new QMenu)
{
    setContextMenu(m_menu);
    connect(m_registry, &ReaderRegistry::summaryChanged, this, &ReaderTrayIcon::refresh);
    connect(m_menu, &QMenu::aboutToShow, this, &ReaderTrayIcon::rebuildMenu);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            Q_EMIT openConsoleRequested();
    });
    refresh();
    rebuildMenu();
}

QString ReaderTrayIcon::summaryText() const
{
    QStringList lines{QCoreApplication::translate("Views::ReaderTrayIcon", "Madoguchi")};
    for (int row = 0; row < m_registry->rowCount(); ++row) {
        const ReaderEntry &entry = m_registry->entryAt(row);
        lines << entry.description.serial + u": "_s + ReaderRegistry::stateLabel(entry);
    }
    if (m_registry->rowCount() == 0)
        lines << tr("No card reader found");
    return lines.join(u'\n');
}

void ReaderTrayIcon::refresh()
{
    ReaderState worst = ReaderState::Running;
    bool any = false;
    for (int row = 0; row < m_registry->rowCount(); ++row) {
        const ReaderEntry &entry = m_registry->entryAt(row);
        if (!entry.registered)
            continue;
        any = true;
        if (entry.state == ReaderState::Error)
            worst = ReaderState::Error;
        else if (entry.state == ReaderState::WaitingForConnection && worst != ReaderState::Error)
            worst = ReaderState::WaitingForConnection;
    }
    setIcon(any ? stateIcon(worst) : applicationIcon());
    setToolTip(summaryText());
}

void ReaderTrayIcon::rebuildMenu()
{
    m_menu->clear();
    m_menu->addAction(tr("&Open console"), this, &ReaderTrayIcon::openConsoleRequested);
    m_menu->addSeparator();
    for (int row = 0; row < m_registry->rowCount(); ++row) {
        const ReaderEntry &entry = m_registry->entryAt(row);
        const QString serial = entry.description.serial;
        QMenu *readerMenu =
            m_menu->addMenu(entryIcon(entry), serial + u"  "_s + ReaderRegistry::stateLabel(entry));
        for (ReaderCommand command : {ReaderCommand::Start, ReaderCommand::Stop, ReaderCommand::CloseReception}) {
            QAction *action = readerMenu->addAction(displayName(command), this,
                                                    [this, serial, command] { m_commands->run(serial, command); });
            action->setEnabled(m_commands->canRun(serial, command));
        }
    }
    if (m_registry->rowCount() > 0)
        m_menu->addSeparator();
    m_menu->addAction(tr("&Quit Madoguchi"), this, &ReaderTrayIcon::quitRequested);
}

} // namespace Views
