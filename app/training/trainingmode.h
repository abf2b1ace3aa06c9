// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace Console {

class EmulatedReaders;

// The symptoms of docs/FLOWS.md section 2 that the training mode can give
// the emulated readers, so that each troubleshooting flow can be practised
// (and tested) without hardware. The ids are stable: tests and the training
// panel use them.
enum class TrainingFault {
    LinkDown,        // "linkDown": the USB cable out (「接続を待っています」)
    AdapterDisabled, // "adapterDisabled": the reader's USB network adapter 無効 on the PC
    FrozenScreen,    // "frozenScreen": taps dead after static electricity
    PortChanged,     // "portChanged": moved to another USB port, on a new address
    OldSoftware,     // "oldSoftware": software below the supported minimum
    OverLicence,     // "overLicence": more readers than licences
    ClockSkew,       // "clockSkew": the reader's clock a day ahead (seems not restarted for 24 h)
    LogDiskFull,     // "logDiskFull": no room to collect logs
};

QList<TrainingFault> allTrainingFaults();
QString trainingFaultString(TrainingFault fault);
std::optional<TrainingFault> trainingFaultFromString(const QString &id);
// The flow to practise with the fault (resources/flows/<id>.json).
QString trainingFaultFlow(TrainingFault fault);
// Faults of the PC rather than of one reader: set once for the console.
bool isConsoleWide(TrainingFault fault);
// PortChanged happens once and is not kept.
bool isMomentary(TrainingFault fault);

// The training mode: off by default, and only for emulated readers. Faults
// of a reader go to the reader itself (EmulatedReaders::setFault), so the
// console meets them through its real link; those of the PC are kept here
// and answered by TrainingLiveChecks. Turning the mode off clears them all.
//
// Thread: GUI thread.
class TrainingMode : public QObject
{
    Q_OBJECT

public:
    explicit TrainingMode(EmulatedReaders *emulated, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    // TrainingUnavailable while the mode is off, or for a reader that is
    // not emulated (serial is ignored for console-wide faults).
    DeviceLink::Result<void> setFault(TrainingFault fault, const QString &serial, bool active);
    bool hasFault(TrainingFault fault, const QString &serial = {}) const;
    // Any serial with a disabled adapter, or serial's.
    bool adapterDisabled(const QString &serial = {}) const;

    // The cable out and in again: the emulated reader restarts, which clears
    // its own faults but not a disabled adapter on the PC.
    DeviceLink::Result<void> replug(const QString &serial);
    // A made-up patient at the reader (EmulatedReaders::playTestPatient).
    DeviceLink::Result<void> playTestPatient(const QString &serial);

    // What 有効にする (enable the adapter) does in training: enables the
    // practice adapter of serial (empty: every one). Nullopt when no
    // practice adapter is disabled, so the real platform answers.
    std::optional<DeviceLink::Result<void>> enableAdapter(const QString &serial);

Q_SIGNALS:
    void enabledChanged(bool enabled);
    // A fault was set or cleared, here or at a reader.
    void changed();

private:
    DeviceLink::Result<void> readerFault(TrainingFault fault, const QString &serial, bool active);
    void clearAll();

    EmulatedReaders *m_emulated;
    bool m_enabled = false;
    QSet<QString> m_adapterDisabled;
    bool m_overLicence = false;
    bool m_logDiskFull = false;
};

} // namespace Console
