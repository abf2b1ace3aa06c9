// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/logentry.h"
#include "devicelink/readerstate.h"

#include <QByteArray>
#include <QObject>

namespace DeviceLink {
class Error;
class LinkServer;
} // namespace DeviceLink

namespace ReaderStack {

class PatientFlow;
class ReaderDevice;
class ReaderLogStore;
struct FlowOutcome;

// What the reader does, written to its own log (ReaderLogStore): start-up,
// state changes with their error codes, pairing, console sessions coming and
// going or failing, and each patient check's outcome (method, result, code,
// times, counts). Only codes, names of states and counts: the flow's
// personal data never reaches a log record.
//
// Thread: the reader's thread; every argument must outlive it (flow may be
// null: a demonstration reader runs none).
class ReaderLogRecorder : public QObject
{
    Q_OBJECT

public:
    ReaderLogRecorder(ReaderLogStore *log, ReaderDevice *device, DeviceLink::LinkServer *server, PatientFlow *flow,
                      QObject *parent = nullptr);

    // Problems repaired at start-up, and the start itself.
    void recordStart(const QList<DeviceLink::Error> &warnings);

private:
    void onStatusChanged();
    void onTrustedSessions(int count);
    void onSessionFailed(const DeviceLink::Error &error, const QString &peer);
    void onOutcome(const FlowOutcome &outcome);
    void write(DeviceLink::LogEntry::Level level, const QString &category, const QString &code,
               const QString &message, const QList<std::pair<QString, QString>> &fields = {});

    ReaderLogStore *m_log;
    ReaderDevice *m_device;
    DeviceLink::ReaderState m_state;
    QByteArray m_pairedConsole;
    int m_trustedSessions = 0;
};

} // namespace ReaderStack
