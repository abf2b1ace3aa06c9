// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/readerstate.h"

#include <QCborMap>
#include <QHash>
#include <QObject>

namespace DeviceLink {
class Error;
class ReaderFleet;
class ReaderRegistry;
} // namespace DeviceLink

namespace Console {

class FlowOutcomeFeed;
class LogStore;

// What the console itself sees happen, written to the log store for the log
// viewer and for support: a reader's state changing (稼働中, 接続待ち, …),
// link problems with their codes, and each patient check's outcome (method,
// result, reason code, duration: never personal data).
//
// Thread: GUI thread; all arguments must outlive it.
class ConsoleLogRecorder : public QObject
{
    Q_OBJECT

public:
    ConsoleLogRecorder(LogStore *store, DeviceLink::ReaderRegistry *registry, DeviceLink::ReaderFleet *fleet,
                       FlowOutcomeFeed *outcomes, QObject *parent = nullptr);

private:
    void onRegistryChanged();
    void onLinkProblem(const QString &serial, const DeviceLink::Error &error);
    void onOutcome(const QString &serial, const QCborMap &outcome);

    LogStore *m_store;
    DeviceLink::ReaderRegistry *m_registry;
    QHash<QString, DeviceLink::ReaderState> m_states;
};

} // namespace Console
