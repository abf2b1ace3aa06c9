// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/linkserver.h"
#include "devicelink/readerendpoint.h"
#include "devicelink/tlsidentity.h"

#include <memory>

namespace TestSupport {

// A reader reduced to its link: a LinkServer on 127.0.0.1 in front of an
// endpoint that keeps its state and pairing in memory. For devicelink tests
// that must not depend on the reader stack.
class FakeReader final : public DeviceLink::ReaderEndpoint
{
public:
    explicit FakeReader(const QString &serial, const DeviceLink::TlsIdentity &identity = {});

    bool listen(quint16 port = 0);
    quint16 port() const { return m_server->port(); }
    DeviceLink::LinkServer *server() const { return m_server.get(); }
    const DeviceLink::TlsIdentity &identity() const { return m_identity; }
    void setState(DeviceLink::ReaderState state);

    DeviceLink::ReaderDescription description() const override;
    DeviceLink::ReaderStatus status() const override;
    DeviceLink::Result<QCborMap> handleRequest(const QString &op, const QCborMap &args) override;
    QByteArray pairedConsole() const override { return m_paired; }
    DeviceLink::Result<void> setPairedConsole(const QByteArray &fingerprint) override;

    int requestsHandled = 0;

private:
    QString m_serial;
    DeviceLink::TlsIdentity m_identity;
    DeviceLink::ReaderState m_state = DeviceLink::ReaderState::Stopped;
    QByteArray m_paired;
    std::unique_ptr<DeviceLink::LinkServer> m_server;
};

} // namespace TestSupport
