// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"
#include "devicelink/readerinfo.h"

#include <QByteArray>
#include <QCborMap>

namespace DeviceLink {

// What a LinkServer needs from the reader behind it. Implemented by the
// reader stack; called in the server's thread only.
class DEVICELINK_EXPORT ReaderEndpoint
{
public:
    virtual ~ReaderEndpoint();

    virtual ReaderDescription description() const = 0;
    virtual ReaderStatus status() const = 0;

    // A request from the paired console. Pairing itself is handled by the
    // server, so op is never "pair".
    virtual Result<QCborMap> handleRequest(const QString &op, const QCborMap &args) = 0;

    // SHA-256 fingerprint of the one console this reader trusts, or empty.
    virtual QByteArray pairedConsole() const = 0;
    virtual Result<void> setPairedConsole(const QByteArray &fingerprint) = 0;
};

} // namespace DeviceLink
