// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "tests/support/tcprelay.h"

#include <QTcpSocket>

#include <algorithm>

namespace TestSupport {

TcpRelay::TcpRelay(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::onNewConnection);
}

TcpRelay::~TcpRelay()
{
    cut();
}

bool TcpRelay::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

bool TcpRelay::restore()
{
    return m_server.isListening() || listen();
}

void TcpRelay::cut()
{
    m_server.close();
    // Taken out first: abort() emits disconnected, which would drop them again.
    std::vector<Pair> pairs = std::move(m_pairs);
    m_pairs.clear();
    for (Pair &pair : pairs) {
        for (QTcpSocket *socket : {pair.near, pair.far}) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
    }
}

void TcpRelay::onNewConnection()
{
    while (QTcpSocket *near = m_server.nextPendingConnection()) {
        auto *far = new QTcpSocket(this);
        near->setParent(this);
        m_pairs.push_back({near, far, {}});
        connect(near, &QTcpSocket::readyRead, this, [this, near, far] {
            const QByteArray bytes = near->readAll();
            if (far->state() == QAbstractSocket::ConnectedState) {
                far->write(bytes);
                return;
            }
            const auto pair = std::find_if(m_pairs.begin(), m_pairs.end(), [near](const Pair &p) { return p.near == near; });
            if (pair != m_pairs.end())
                pair->pending += bytes;
        });
        connect(far, &QTcpSocket::connected, this, [this, near, far] {
            const auto pair = std::find_if(m_pairs.begin(), m_pairs.end(), [near](const Pair &p) { return p.near == near; });
            if (pair != m_pairs.end()) {
                far->write(pair->pending);
                pair->pending.clear();
            }
        });
        connect(far, &QTcpSocket::readyRead, this, [near, far] { near->write(far->readAll()); });
        for (QTcpSocket *socket : {near, far}) {
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
            connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] { drop(socket); });
        }
        far->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void TcpRelay::drop(QTcpSocket *either)
{
    const auto pair = std::find_if(m_pairs.begin(), m_pairs.end(),
                                   [either](const Pair &p) { return p.near == either || p.far == either; });
    if (pair == m_pairs.end())
        return;
    const Pair dropped = *pair;
    m_pairs.erase(pair);
    for (QTcpSocket *socket : {dropped.near, dropped.far}) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace TestSupport
