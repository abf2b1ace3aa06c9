// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "tests/support/tlssocketpair.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>

namespace TestSupport {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

QSslConfiguration configurationFor(const TlsIdentity &identity)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setProtocol(QSsl::TlsV1_3OrLater);
    c.setLocalCertificate(identity.certificate());
    c.setPrivateKey(identity.privateKey());
    c.setPeerVerifyMode(QSslSocket::QueryPeer);
    return c;
}

// Hands out the raw descriptor so the server end can be a QSslSocket.
class DescriptorListener : public QTcpServer
{
public:
    qintptr descriptor = -1;

protected:
    void incomingConnection(qintptr socketDescriptor) override
    {
        descriptor = socketDescriptor;
        Q_EMIT newConnection();
    }
};

} // namespace

TlsSocketPair TlsSocketPair::create(QObject *parent)
{
    TlsSocketPair pair;
    DescriptorListener listener;
    if (!listener.listen(QHostAddress::LocalHost, 0))
        return pair;
    auto *client = new QSslSocket(parent);
    client->setSslConfiguration(configurationFor(TlsIdentity::generate(u"client"_s).value()));
    client->connectToHostEncrypted(u"127.0.0.1"_s, listener.serverPort());
    QSignalSpy connected(&listener, &QTcpServer::newConnection);
    if (!connected.wait(5000))
        return pair;
    auto *server = new QSslSocket(parent);
    server->setSocketDescriptor(listener.descriptor);
    server->setSslConfiguration(configurationFor(TlsIdentity::generate(u"server"_s).value()));
    QSignalSpy clientReady(client, &QSslSocket::encrypted);
    QSignalSpy serverReady(server, &QSslSocket::encrypted);
    server->startServerEncryption();
    if (!(clientReady.count() > 0 || clientReady.wait(5000)))
        return pair;
    if (!(serverReady.count() > 0 || serverReady.wait(5000)))
        return pair;
    pair.client = client;
    pair.server = server;
    return pair;
}

} // namespace TestSupport
