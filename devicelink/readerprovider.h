// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QtPlugin>

#include <memory>

namespace DeviceLink {

struct AttachOptions
{
    QString serial;
    // Where the reader keeps its identity and state; reused across runs so an
    // emulated reader keeps its certificate and pairing like a real one.
    QString stateDirectory;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 0; // 0: any free port
    // Where the reader sends its discovery beacons.
    QHostAddress announceAddress = QHostAddress::LocalHost;
    quint16 announcePort = 0;
    // Play the scripted patient flow (ReaderStack::DemoPlayer), rendering on
    // the monotonic clock's 1/30 s grid shifted by demoPhaseNs.
    bool demo = false;
    qint64 demoPhaseNs = 0;
    // How far into its loop the demo starts, so that readers show different steps.
    qint64 demoOffsetNs = 0;
};

// The faults a training mode can give an emulated reader, so that each
// troubleshooting flow of docs/FLOWS.md can be played without hardware. The
// faults of the PC rather than the reader (adapter disabled, too few
// licences, no room for logs) are the console's (Console::TrainingMode).
enum class EmulatedFault {
    LinkDown,     // the cable is out: sessions closed, no beacons, nothing accepted
    FrozenScreen, // static electricity: screen and taps frozen, requests unanswered
    PortChanged,  // moved to another USB port: the link drops, back on a new port
    OldSoftware,  // reports software and firmware below the supported minimum
    ClockSkew,    // the reader's clock a day ahead: it seems not restarted for 24 h
};

// A reader running inside the console process. The console talks to it over
// devicelink like to any other reader; this object only controls its life.
//
// Thread: created and destroyed in the console's thread; the reader itself
// runs in a thread of its own.
class DEVICELINK_EXPORT AttachedReader : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~AttachedReader() override;

    virtual QString serial() const = 0;
    virtual QSslCertificate certificate() const = 0;
    virtual QHostAddress address() const = 0;
    virtual quint16 port() const = 0;
    // Stops the reader and joins its thread; blocks until it is gone.
    virtual void detach() = 0;

    // Training mode. A fault stays until cleared or until the reader is
    // detached: a restart (cable out and in) clears it, as it would at the
    // front desk. TrainingUnavailable where the reader cannot play faults.
    virtual Result<void> setFault(EmulatedFault fault, bool active);
    virtual QList<EmulatedFault> faults() const { return {}; }
    // A made-up patient puts a sample card in the tray and passes the face
    // check; the card leaves when the check has ended. The reader must be
    // 稼働中 for the check to start, as with a real patient.
    virtual Result<void> playTestPatient();
};

// Implemented by the readerstack plugin; the console loads it to attach
// emulated readers without linking the reader stack.
class DEVICELINK_EXPORT ReaderProvider
{
public:
    virtual ~ReaderProvider();
    virtual Result<std::unique_ptr<AttachedReader>> attach(const AttachOptions &options) = 0;
};

} // namespace DeviceLink

#define MadoguchiReaderProvider_iid "jp.madoguchi.ReaderProvider/1.0"
Q_DECLARE_INTERFACE(DeviceLink::ReaderProvider, MadoguchiReaderProvider_iid)
