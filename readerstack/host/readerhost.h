// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/tlsidentity.h"
#include "readerstack/device/readerstatestore.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <memory>

namespace DeviceLink {
class DiscoveryBeacon;
class LinkServer;
} // namespace DeviceLink

namespace ReaderStack {

class ReaderDevice;
class ReaderScreen;

struct ReaderHostOptions
{
    QString serial;
    QString stateDirectory;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 0;
    // Null: no beacons (the console then needs the address typed in).
    QHostAddress announceAddress;
    quint16 announcePort = 0;
};

// One whole reader: identity, remembered state, device logic, screen, link
// server and discovery beacon, wired together. The daemon runs one in its
// main thread; the plugin runs one per emulated reader in its own thread.
//
// Thread: created, used and destroyed in one thread.
class ReaderHost : public QObject
{
    Q_OBJECT

public:
    // Typed errors: InvalidArgument (serial), StateDirectoryUnusable,
    // IdentityUnusable, AddressInUse.
    static DeviceLink::Result<std::unique_ptr<ReaderHost>> start(const ReaderHostOptions &options);
    ~ReaderHost() override;

    ReaderDevice *device() const { return m_device.get(); }
    ReaderScreen *screen() const { return m_screen.get(); }
    DeviceLink::LinkServer *server() const { return m_server.get(); }
    const DeviceLink::TlsIdentity &identity() const { return m_identity; }
    QHostAddress address() const;
    quint16 port() const;
    // Problems repaired at start-up (damaged state file, replaced identity),
    // for the log and the admin screen.
    const QList<DeviceLink::Error> &startupWarnings() const { return m_warnings; }

private:
    ReaderHost() = default;
    void updateScreen();

    DeviceLink::TlsIdentity m_identity;
    std::unique_ptr<ReaderStateStore> m_store;
    std::unique_ptr<ReaderDevice> m_device;
    std::unique_ptr<ReaderScreen> m_screen;
    std::unique_ptr<DeviceLink::LinkServer> m_server;
    std::unique_ptr<DeviceLink::DiscoveryBeacon> m_beacon;
    QList<DeviceLink::Error> m_warnings;
};

} // namespace ReaderStack
