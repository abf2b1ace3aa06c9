// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/troubleshooting/flowactions.h"

#include <QObject>

namespace Console {

class ReaderCommands;
class TrainingMode;

// FlowActions of the console: 起動, 終了, 受付終了 and 最新の情報に更新 through
// ReaderCommands, answered when the reader has; pages and ログ収集 through
// openRequested(), which the window follows. Enabling the USB network
// adapter needs the PC's administrator here, so it is refused with the
// reason, and the flow's next question tells how to do it by hand; the
// training mode's practice adapter (training may be null) is enabled.
// 最新の情報に更新 with a reader not connected connects again and answers
// once it is (or every registered reader is), or after settleTimeoutMs.
class ConsoleFlowActions final : public QObject, public FlowActions
{
    Q_OBJECT

public:
    ConsoleFlowActions(ReaderCommands *commands, TrainingMode *training, QObject *parent = nullptr);

    void perform(FlowAction action, const QString &serial, QObject *context,
                 std::function<void(const DeviceLink::Result<void> &)> done) override;

    void setSettleTimeoutMs(int ms) { m_settleTimeoutMs = ms; }

Q_SIGNALS:
    void openRequested(Console::FlowAction action);

private:
    bool isTrusted(const QString &serial) const;
    bool settled(const QString &serial) const;
    void refreshAndSettle(const QString &serial, QObject *context,
                          std::function<void(const DeviceLink::Result<void> &)> done);

    ReaderCommands *m_commands;
    TrainingMode *m_training;
    int m_settleTimeoutMs = 15000;
};

} // namespace Console
