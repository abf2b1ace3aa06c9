// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/troubleshooting/flowactions.h"

#include <QObject>

namespace Console {

class ReaderCommands;

// FlowActions of the console: 起動, 終了, 受付終了 and 最新の情報に更新 through
// ReaderCommands, answered when the reader has; pages and ログ収集 through
// openRequested(), which the window follows. Enabling the USB network
// adapter needs the PC's administrator here, so it is refused with the
// reason, and the flow's next question tells how to do it by hand.
class ConsoleFlowActions final : public QObject, public FlowActions
{
    Q_OBJECT

public:
    explicit ConsoleFlowActions(ReaderCommands *commands, QObject *parent = nullptr);

    void perform(FlowAction action, const QString &serial, QObject *context,
                 std::function<void(const DeviceLink::Result<void> &)> done) override;

Q_SIGNALS:
    void openRequested(Console::FlowAction action);

private:
    ReaderCommands *m_commands;
};

} // namespace Console
