// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/readerendpoint.h"
#include "readerstack/admin/adminpassword.h"
#include "readerstack/device/readerstatestore.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

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

    const DeviceLink::FlowSettings &flowSettings() const { return m_contents.flow; }

    // 目視確認モード: while a patient waits for staff, the status says so and
    // the console may answer with confirmVisually.
    void setVisualCheckPending(bool pending);

    // The clinic's 画面メッセージ (setScreenMessage), kept in state.json.
    const QString &screenMessage() const { return m_contents.screenMessage; }

    // 電源連動. With power linking on, losing USB VBUS (the PC shut down) powers
    // the reader off: it stops; VBUS back powers it on in the state it had.
    // VBUS present while the USB bus is suspended (the PC sleeps) means the
    // port is always powered: reported as alwaysPowered until power linking
    // is set again. A real reader senses VBUS; emulated ones get setVbus.
    bool powerLink() const { return m_contents.powerLink; }
    bool vbus() const { return m_vbus; }
    bool alwaysPowered() const { return m_alwaysPowered; }
    void setVbus(bool present, bool busSuspended = false);
    // Sets 電源連動 from the admin screen; the console reads the same value.
    DeviceLink::Result<void> changePowerLink(bool on);

    // What restarts this reader's software (the daemon re-executes itself);
    // without it, restart requests are refused.
    void setRestartHandler(std::function<void()> restart) { m_restart = std::move(restart); }

    // Training mode (FaultInjector): the versions the reader reports, and
    // how far ahead its clock runs, which its uptime shows.
    void setDescription(DeviceLink::ReaderDescription description) { m_description = std::move(description); }
    void setClockOffsetMs(qint64 offsetMs);

    // The admin screen's password check, tries limited (AdminGate).
    bool hasAdminPassword() const { return !m_contents.adminPasswordHash.isEmpty(); }
    DeviceLink::Error enterAdmin(const QString &password, qint64 nowMs);

Q_SIGNALS:
    void statusChanged();
    // The console's answer to a pending visual check.
    void visualCheckAnswered(bool confirmed);
    // Saved before it is emitted.
    void flowSettingsChanged(const DeviceLink::FlowSettings &settings);
    void screenMessageChanged(const QString &message);
    void powerSettingsChanged();

private:
    DeviceLink::Result<void> persist();
    DeviceLink::Result<QCborMap> restart();
    DeviceLink::Result<QCborMap> setFlowSettings(const QCborMap &args);
    DeviceLink::Result<QCborMap> confirmVisually(const QCborMap &args);
    DeviceLink::Result<QCborMap> setScreenMessage(const QCborMap &args);
    DeviceLink::Result<QCborMap> renderIdlePreview(const QCborMap &args) const;
    DeviceLink::Result<QCborMap> setPowerLink(const QCborMap &args);
    QCborMap powerSettings() const;
    DeviceLink::Result<QCborMap> setAdminPassword(const QCborMap &args);

    DeviceLink::ReaderDescription m_description;
    ReaderStateStore *m_store;
    ReaderStateStore::Contents m_contents;
    DeviceLink::ReaderState m_state;
    DeviceLink::Error m_error;
    QElapsedTimer m_uptime;
    qint64 m_clockOffsetMs = 0;
    bool m_visualCheckPending = false;
    bool m_vbus = true;
    bool m_alwaysPowered = false;
    AdminGate m_adminGate;
    // What VBUS loss interrupted, to come back to when it returns.
    DeviceLink::ReaderState m_stateBeforePowerOff = DeviceLink::ReaderState::Stopped;
    std::function<void()> m_restart;
};

} // namespace ReaderStack
