// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/readerstate.h"

#include <QHash>
#include <QObject>

namespace DeviceLink {
class Error;
class ReaderFleet;
class ReaderRegistry;
} // namespace DeviceLink

namespace Console {

class LogStore;

// What the console itself sees happen, written to the log store for the log
// viewer and for support: a reader's state changing (稼働中, 接続待ち, …) and
// link problems with their codes. Patient checks' outcomes come from the
// readers' own logs (ReaderLogIngest): acknowledged there, so none is lost
// while the console is down and none is counted twice.
//
// Thread: GUI thread; all arguments must outlive it.
class ConsoleLogRecorder : public QObject
{
    Q_OBJECT

public:
    ConsoleLogRecorder(LogStore *store, DeviceLink::ReaderRegistry *registry, DeviceLink::ReaderFleet *fleet,
                       QObject *parent = nullptr);

private:
    void onRegistryChanged();
    void onLinkProblem(const QString &serial, const DeviceLink::Error &error);

    LogStore *m_store;
    DeviceLink::ReaderRegistry *m_registry;
    QHash<QString, DeviceLink::ReaderState> m_states;
};

} // namespace Console
