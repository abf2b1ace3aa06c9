// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/flowsettings.h"
#include "devicelink/readerstate.h"

#include <QObject>

#include <functional>

namespace DeviceLink {
class ReaderFleet;
class ReaderRegistry;
} // namespace DeviceLink

namespace Console {

// What the manager can do to a reader from the console (起動, 終了, 受付終了,
// 更新, 登録, 削除), checked against the reader's state before anything is
// sent, with every outcome reported as a signal and logged.
//
// Thread: GUI thread.
class ReaderCommands : public QObject
{
    Q_OBJECT

public:
    ReaderCommands(DeviceLink::ReaderFleet *fleet, DeviceLink::ReaderRegistry *registry, QObject *parent = nullptr);

    const DeviceLink::ReaderRegistry *registry() const { return m_registry; }

    // Whether the command makes sense for the reader now (for enabling buttons).
    bool canRun(const QString &serial, DeviceLink::ReaderCommand command) const;
    bool canRegister(const QString &serial) const;
    // What may refuse 起動 before anything is sent (the licence count); an
    // error it returns is the command's outcome.
    void setStartGate(std::function<DeviceLink::Error(const QString &serial)> gate) { m_startGate = std::move(gate); }
    DeviceLink::Error startRefusal(const QString &serial) const
    {
        return m_startGate ? m_startGate(serial) : DeviceLink::Error();
    }

    void run(const QString &serial, DeviceLink::ReaderCommand command);
    void registerReader(const QString &serial);
    void forgetReader(const QString &serial);
    void refreshAll();

    // The patient flow's settings of a reader (consent items, 目視確認モード):
    // fetch asks for them, change sends only what differs from before.
    // Both end in flowSettingsReceived, or flowSettingsFailed with the
    // settings the reader still has.
    void fetchFlowSettings(const QString &serial);
    void changeFlowSettings(const QString &serial, const DeviceLink::FlowSettings &before,
                            const DeviceLink::FlowSettings &after);
    // Staff's answer for the patient waiting at a reader in 目視確認モード.
    void confirmVisually(const QString &serial, bool confirmed);

Q_SIGNALS:
    void commandFinished(const QString &serial, DeviceLink::ReaderCommand command, const DeviceLink::Error &error);
    void registrationFinished(const QString &serial, const DeviceLink::Error &error);
    void flowSettingsReceived(const QString &serial, const DeviceLink::FlowSettings &settings);
    void flowSettingsFailed(const QString &serial, const DeviceLink::Error &error);
    void visualCheckFinished(const QString &serial, bool confirmed, const DeviceLink::Error &error);

private:
    void receiveFlowSettings(const QString &serial, const DeviceLink::Result<QCborMap> &reply);

    DeviceLink::ReaderFleet *m_fleet;
    DeviceLink::ReaderRegistry *m_registry;
    std::function<DeviceLink::Error(const QString &)> m_startGate;
};

} // namespace Console
