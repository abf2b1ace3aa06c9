// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/readerstate.h"

#include <QList>
#include <QString>

namespace Console {

// What the live checks and the support summary may know of one reader: no
// login names, no patient data.
struct ReaderFact
{
    QString serial;
    bool trusted = false; // paired to this console
    DeviceLink::ReaderState state = DeviceLink::ReaderState::WaitingForConnection;
    QString software;
    QString firmware;
    DeviceLink::Error error;
    // How long the reader has run since its last restart; -1 when unknown.
    qint64 uptimeMs = -1;
};

// The readers as the console knows them; the console backs it with its
// ReaderRegistry and licences. Thread: the thread of the checks using it.
class ReaderFacts
{
public:
    virtual ~ReaderFacts() = default;
    virtual QList<ReaderFact> readers() const = 0;
    // How many readers the licences allow to run (one needs none).
    virtual int licensedReaders() const = 0;
};

} // namespace Console
