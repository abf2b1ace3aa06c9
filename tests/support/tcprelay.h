// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QObject>
#include <QTcpServer>

#include <vector>

class QTcpSocket;

namespace TestSupport {

// A plain TCP relay on 127.0.0.1 between a console and a reader, standing in
// for the network between them: cut() drops every connection at once (both
// ends see the link go) and refuses new ones until restore(), which listens
// again on the same port. The bytes (TLS) are passed on untouched.
//
// Thread: the test's thread.
class TcpRelay final : public QObject
{
    Q_OBJECT

public:
    explicit TcpRelay(quint16 targetPort, QObject *parent = nullptr);
    ~TcpRelay() override;

    // False when no port could be bound.
    bool listen();
    quint16 port() const { return m_port; }

    void cut();
    bool restore();
    int connectionCount() const { return int(m_pairs.size()); }

private:
    struct Pair
    {
        QTcpSocket *near = nullptr; // from the console
        QTcpSocket *far = nullptr;  // to the reader
        QByteArray pending;         // from the console before far connected
    };

    void onNewConnection();
    void drop(QTcpSocket *either);

    quint16 m_targetPort;
    quint16 m_port = 0;
    QTcpServer m_server;
    std::vector<Pair> m_pairs;
};

} // namespace TestSupport
