// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/readerstate.h"

#include <QObject>

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

    // Whether the command makes sense for the reader now (for enabling buttons).
    bool canRun(const QString &serial, DeviceLink::ReaderCommand command) const;
    bool canRegister(const QString &serial) const;

    void run(const QString &serial, DeviceLink::ReaderCommand command);
    void registerReader(const QString &serial);
    void forgetReader(const QString &serial);
    void refreshAll();

Q_SIGNALS:
    void commandFinished(const QString &serial, DeviceLink::ReaderCommand command, const DeviceLink::Error &error);
    void registrationFinished(const QString &serial, const DeviceLink::Error &error);

private:
    DeviceLink::ReaderFleet *m_fleet;
    DeviceLink::ReaderRegistry *m_registry;
};

} // namespace Console
