// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/pinstore.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerregistry.h"
#include "devicelink/tlsidentity.h"

#include <QTemporaryDir>

#include <memory>

namespace TestSupport {

// The console's non-GUI half, in memory: an identity of its own, pins kept
// in memory, a registry and a fleet listening for beacons on a free UDP port
// of 127.0.0.1.
struct ConsoleFixture
{
    ConsoleFixture();

    bool startDiscovery();
    quint16 discoveryPort() const { return fleet->discoveryPort(); }
    // State of a reader as the registry shows it, WaitingForConnection if absent.
    DeviceLink::ReaderState stateOf(const QString &serial) const;
    bool isTrusted(const QString &serial) const;
    // Registers the reader (pins its present certificate); true on success.
    bool registerReader(const QString &serial, DeviceLink::Error *error = nullptr);
    // Sends a command and waits for the reply.
    DeviceLink::Error command(const QString &serial, DeviceLink::ReaderCommand command);

    DeviceLink::TlsIdentity identity;
    DeviceLink::MemoryPinStore pins;
    DeviceLink::ReaderRegistry registry;
    std::unique_ptr<DeviceLink::ReaderFleet> fleet;
};

// Waits (event loop running) for a callback-style request to complete.
DeviceLink::Result<QCborMap> waitForReply(const std::function<void(DeviceLink::ReaderLink::ReplyHandler)> &send,
                                          int timeoutMs = 10000);

} // namespace TestSupport
