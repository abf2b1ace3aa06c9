// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "readerstack/host/readerhost.h"

#include <QStringList>

namespace ReaderStack {

// Command line of madoguchi-reader:
//   madoguchi-reader --serial S --listen ADDR:PORT --state-dir DIR
//                    [--announce ADDR:PORT | --no-announce] [--reset-pairing]
// Beacons go to 127.0.0.1:45454 when listening on loopback, otherwise to
// the limited broadcast address of the link.
struct DaemonOptions
{
    ReaderHostOptions host;
    bool resetPairing = false;
    bool showHelp = false;

    // InvalidArgument with a message naming the bad option.
    static DeviceLink::Result<DaemonOptions> parse(const QStringList &arguments);
    static QString usage();
};

} // namespace ReaderStack
