// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/readerendpoint.h"
#include "readerstack/device/readerstatestore.h"

#include <QElapsedTimer>
#include <QObject>

namespace ReaderStack {

// The reader's operating logic as the console sees it: obeys 起動, 終了,
// 受付終了 and 更新 through the shared state machine, remembers its state,
// its paired console and the patient flow's settings, and reports them.
//
// Thread: the reader's thread.
class ReaderDevice : public QObject, public DeviceLink::ReaderEndpoint
{
    Q_OBJECT

public:
    // store must outlive the device. initial comes from store.load().
    ReaderDevice(DeviceLink::ReaderDescription description, ReaderStateStore *store,
                 ReaderStateStore::Contents initial, QObject *parent = nullptr);

    DeviceLink::ReaderDescription description() const override { return m_description; }
    DeviceLink::ReaderStatus status() const override;
    DeviceLink::Result<QCborMap> handleRequest(const QString &op, const QCborMap &args) override;
    QByteArray pairedConsole() const override { return m_contents.pairedConsole; }
    DeviceLink::Result<void> setPairedConsole(const QByteArray &fingerprint) override;

    DeviceLink::ReaderState state() const { return m_state; }
    DeviceLink::Result<DeviceLink::ReaderState> apply(DeviceLink::ReaderCommand command);
    // A fault found by the reader itself (shown as エラー(code)).
    void raiseError(const DeviceLink::Error &error);

    const FlowSettings &flowSettings() const { return m_contents.flow; }

Q_SIGNALS:
    void statusChanged();
    // Saved before it is emitted.
    void flowSettingsChanged(const ReaderStack::FlowSettings &settings);

private:
    DeviceLink::Result<void> persist();
    DeviceLink::Result<QCborMap> setFlowSettings(const QCborMap &args);

    DeviceLink::ReaderDescription m_description;
    ReaderStateStore *m_store;
    ReaderStateStore::Contents m_contents;
    DeviceLink::ReaderState m_state;
    DeviceLink::Error m_error;
    QElapsedTimer m_uptime;
};

} // namespace ReaderStack
