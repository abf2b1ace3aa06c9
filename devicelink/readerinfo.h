// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/controlmessage.h"
#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"
#include "devicelink/readerstate.h"

#include <QCborMap>
#include <QString>

namespace DeviceLink {

// What a reader says about itself to anyone, in its hello and its beacon.
struct DEVICELINK_EXPORT ReaderDescription
{
    QString serial;
    QString model;
    QString software;
    QString firmware;

    QCborMap toFields() const;
    // Serial must be present and sane; the rest may be empty.
    static Result<ReaderDescription> fromFields(const QCborMap &fields);
};

// The reader's hello: its description plus what it thinks of this console.
struct DEVICELINK_EXPORT ReaderHello
{
    ReaderDescription description;
    int protocolMajor = 0;
    int protocolMinor = 0;
    bool paired = false;  // the reader has a console it trusts
    bool trusted = false; // ...and it is the console that reads this hello

    ControlMessage toMessage() const;
    static Result<ReaderHello> fromMessage(const ControlMessage &message);
};

// What only the paired console learns: the state and how long it has run.
struct DEVICELINK_EXPORT ReaderStatus
{
    ReaderState state = ReaderState::Stopped;
    Error error;
    qint64 uptimeMs = 0;
    bool visualCheckPending = false;

    QCborMap toFields() const;
    static Result<ReaderStatus> fromFields(const QCborMap &fields);
};

// A serial number as printed on the reader's sticker: 1–32 characters of
// A–Z, a–z, 0–9 and '-'. Anything else from the wire is refused.
DEVICELINK_EXPORT bool isValidSerial(const QString &serial);

} // namespace DeviceLink
