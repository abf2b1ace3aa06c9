// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/discovery.h"
#include "devicelink/error.h"
#include "devicelink/readerprovider.h"

#include <QHostAddress>
#include <QList>

namespace DeviceLink {
class LinkServer;
}

namespace ReaderStack {

class ReaderDevice;
class ReaderScreen;

// Gives an emulated reader the faults of the training mode
// (DeviceLink::EmulatedFault), through the parts a real fault would touch:
// the link server and beacon (cable out, new port), the screen and the
// request handling (frozen by static electricity), the versions it reports
// and its clock. Nothing is persisted: a restart starts without faults.
//
// Thread: the reader's thread; the parts must outlive it.
class FaultInjector
{
public:
    // beacon may be null (a reader that announces nothing).
    FaultInjector(DeviceLink::LinkServer &server, DeviceLink::DiscoveryBeacon *beacon, DeviceLink::Beacon announced,
                  ReaderScreen &screen, ReaderDevice &device);

    // PortChanged is done at once and not kept; the others stay until cleared.
    DeviceLink::Result<void> set(DeviceLink::EmulatedFault fault, bool active);
    QList<DeviceLink::EmulatedFault> faults() const { return m_faults; }

    // What ClockSkew adds: over a day, so that the reader seems to have run
    // without a restart for longer than the 24 hours the guides warn about.
    static constexpr qint64 ClockSkewMs = 25LL * 60 * 60 * 1000;
    // What OldSoftware reports: below FirmwareUpdates::minimumSupportedFirmware().
    static QString oldFirmwareVersion();

private:
    DeviceLink::Result<void> relisten(quint16 port);
    void announce();

    DeviceLink::LinkServer &m_server;
    DeviceLink::DiscoveryBeacon *m_beacon;
    DeviceLink::Beacon m_announced;
    // Where the server listens or, with the cable out, listened.
    QHostAddress m_address;
    quint16 m_port = 0;
    DeviceLink::ReaderDescription m_original;
    ReaderScreen &m_screen;
    ReaderDevice &m_device;
    QList<DeviceLink::EmulatedFault> m_faults;
};

} // namespace ReaderStack
