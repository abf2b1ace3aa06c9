// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/consentsettings.h"
#include "devicelink/error.h"
#include "devicelink/devicelink_export.h"

#include <QCborMap>
#include <QJsonObject>

namespace DeviceLink {

// What the console sets for a reader's patient flow (setFlowSettings), kept
// in the reader's state file. On the wire and in the file the keys are the
// FlowField names of devicelink/protocol.h.
struct DEVICELINK_EXPORT FlowSettings
{
    static constexpr int MinFaceTimeoutS = 10;
    static constexpr int MaxFaceTimeoutS = 120;
    static constexpr int DefaultFaceTimeoutS = 30;

    ConsentSettings consent;
    OperatingMode mode = OperatingMode::Unattended;
    int faceTimeoutS = DefaultFaceTimeoutS;

    QCborMap toCbor() const;
    // These settings with the fields args gives changed. InvalidArgument,
    // naming the field, for an unknown key, a wrong type, an unknown mode or a
    // face timeout outside MinFaceTimeoutS–MaxFaceTimeoutS; nothing changes then.
    DeviceLink::Result<FlowSettings> changedBy(const QCborMap &args) const;
    // The fields of these settings that differ from before: what a
    // setFlowSettings needs to send.
    QCborMap changesFrom(const FlowSettings &before) const;

    QJsonObject toJson() const;
    // Fields missing from an older file, or not valid, keep their defaults.
    static FlowSettings fromJson(const QJsonObject &object);

    friend bool operator==(const FlowSettings &, const FlowSettings &) = default;
};

} // namespace DeviceLink
