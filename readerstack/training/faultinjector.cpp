// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/training/faultinjector.h"

#include "devicelink/firmware/vendorversion.h"
#include "devicelink/linkserver.h"
#include "readerstack/device/readerdevice.h"
#include "readerstack/screen/readerscreen.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFaults, "madoguchi.reader.training")

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::Literals::StringLiterals;

FaultInjector::FaultInjector(LinkServer &server, DiscoveryBeacon *beacon, Beacon announced, ReaderScreen &screen,
                             ReaderDevice &device)
    : m_server(server)
    , m_beacon(beacon)
    , m_announced(std::move(announced))
    , m_address(server.address())
    , m_port(server.port())
    , m_original(device.description())
    , m_screen(screen)
    , m_device(device)
{
}

QString FaultInjector::oldFirmwareVersion()
{
    return u"MADOGUCHI_RDR_0.0.9"_s;
}

Result<void> FaultInjector::set(EmulatedFault fault, bool active)
{
    if (fault == EmulatedFault::PortChanged) {
        if (!active)
            return {};
        if (m_faults.contains(EmulatedFault::LinkDown))
            return Error(ErrorCode::IllegalTransition, u"the cable is out: no port to change to"_s);
        const quint16 before = m_port;
        // Port 0 could give the same port back; a reader on a new USB port
        // is reached on a new address, so insist on a different one.
        for (int attempt = 0; attempt < 8 && m_port == before; ++attempt) {
            if (Result<void> moved = relisten(0); !moved)
                return moved;
        }
        qCInfo(lcFaults).noquote() << m_original.serial << "moved from port" << before << "to" << m_port;
        announce();
        return {};
    }
    if (m_faults.contains(fault) == active)
        return {};
    if (active)
        m_faults.append(fault);
    else
        m_faults.removeAll(fault);
    qCInfo(lcFaults).noquote() << m_original.serial << "fault" << int(fault) << (active ? "set" : "cleared");

    switch (fault) {
    case EmulatedFault::LinkDown:
        if (active) {
            if (m_beacon)
                m_beacon->stop();
            m_server.close();
            return {};
        }
        if (Result<void> back = relisten(m_port); !back)
            return back;
        announce();
        if (m_beacon)
            m_beacon->start();
        return {};
    case EmulatedFault::FrozenScreen:
        m_screen.setFrozen(active);
        m_server.setResponding(!active);
        if (!active)
            m_server.publishStatus();
        return {};
    case EmulatedFault::OldSoftware: {
        ReaderDescription description = m_original;
        if (active) {
            description.firmware = oldFirmwareVersion();
            description.software = VendorVersion::parse(description.firmware)->numbers();
        }
        m_device.setDescription(description);
        m_announced.description = description;
        // Consoles learn the versions from the hello: make them say hello again.
        if (!m_faults.contains(EmulatedFault::LinkDown)) {
            if (Result<void> again = relisten(m_port); !again)
                return again;
        }
        announce();
        return {};
    }
    case EmulatedFault::ClockSkew:
        m_device.setClockOffsetMs(active ? ClockSkewMs : 0);
        return {};
    case EmulatedFault::PortChanged:
        break;
    }
    return {};
}

Result<void> FaultInjector::relisten(quint16 port)
{
    m_server.close();
    Result<void> listening = m_server.listen(m_address, port);
    // The old port was taken meanwhile: a new one serves as well, the beacon tells.
    if (!listening && port != 0)
        listening = m_server.listen(m_address, 0);
    if (listening)
        m_port = m_server.port();
    return listening;
}

void FaultInjector::announce()
{
    m_announced.port = m_port;
    if (!m_beacon)
        return;
    m_beacon->setBeacon(m_announced);
    if (!m_faults.contains(EmulatedFault::LinkDown))
        m_beacon->announceNow();
}

} // namespace ReaderStack
