// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/tlsidentity.h"

#include <QSslSocket>

namespace TestSupport {

// Two ends of one TLS 1.3 connection on 127.0.0.1, both encrypted, each with
// its own identity: for testing LinkConnection without a server around it.
struct TlsSocketPair
{
    // Null pointers when the handshake did not complete in time.
    static TlsSocketPair create(QObject *parent);

    QSslSocket *client = nullptr;
    QSslSocket *server = nullptr;
};

} // namespace TestSupport
