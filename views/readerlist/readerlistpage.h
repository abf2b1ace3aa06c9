// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/readerstate.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Console {
class AutoRestart;
class ReaderCommands;
} // namespace Console
namespace DeviceLink {
class ReaderRegistry;
}

namespace Views {

class ReaderDetailPanel;

// カードリーダー page: every reader with its state, the actions 起動 / 終了 /
// 受付終了 / 更新 for the selected one, registration and removal, and the
// details of the selection. With no reader at all it explains what to check
// and offers to attach an emulated reader.
class ReaderListPage : public QWidget
{
    Q_OBJECT

public:
    ReaderListPage(DeviceLink::ReaderRegistry *registry, Console::ReaderCommands *commands, QWidget *parent = nullptr);

    QString selectedSerial() const;
    void selectSerial(const QString &serial);
    // Shows the countdown of stopped readers that will be started again.
    void setAutoRestart(Console::AutoRestart *autoRestart);

Q_SIGNALS:
    void attachEmulatedRequested();
    void addByAddressRequested();
    // The selected reader's error code, to look up in the エラーコード一覧.
    void errorCodeRequested(const QString &code);
    // One line for the status bar.
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void updateEmptyState();
    void runCommand(DeviceLink::ReaderCommand command);
    void confirmRegistration();
    void confirmRemoval();
    void onCommandFinished(const QString &serial, DeviceLink::ReaderCommand command, const DeviceLink::Error &error);
    void onRegistrationFinished(const QString &serial, const DeviceLink::Error &error);
    void showProblem(const QString &text);

    DeviceLink::ReaderRegistry *m_registry;
    Console::ReaderCommands *m_commands;
    QStackedWidget *m_stack;
    QTableView *m_table;
    ReaderDetailPanel *m_details;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QLabel *m_feedback;
    QPushButton *m_refreshAll;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_closeReception;
    QPushButton *m_refresh;
    QPushButton *m_register;
    QPushButton *m_remove;
    QPushButton *m_emptyAttach;
    QPushButton *m_emptyAddAddress;
    Console::AutoRestart *m_autoRestart = nullptr;
    QLabel *m_countdown = nullptr;
};

} // namespace Views
