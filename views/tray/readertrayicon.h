// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QSystemTrayIcon>

class QMenu;

namespace Console {
class ReaderCommands;
}
namespace DeviceLink {
class ReaderRegistry;
}

namespace Views {

// The console in the task tray: its icon takes the colour of the most urgent
// reader state (error, then waiting, then running), its tooltip lists every
// reader's state, and its menu starts or stops each reader and opens the
// console. Closing the main window leaves the console running here.
class ReaderTrayIcon : public QSystemTrayIcon
{
    Q_OBJECT

public:
    ReaderTrayIcon(DeviceLink::ReaderRegistry *registry, Console::ReaderCommands *commands, QObject *parent = nullptr);

    QString summaryText() const;

Q_SIGNALS:
    void openConsoleRequested();
    void quitRequested();

private:
    void refresh();
    void rebuildMenu();

    DeviceLink::ReaderRegistry *m_registry;
    Console::ReaderCommands *m_commands;
    QMenu *m_menu;
};

} // namespace Views
