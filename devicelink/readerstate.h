// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"

#include <QMetaType>
#include <QString>

namespace DeviceLink {

// The one state machine of a reader. WaitingForConnection is what the
// console shows while it has no live link; every other state is reported by
// the reader itself.
enum class ReaderState {
    WaitingForConnection,
    Stopped,
    Running,
    ReceptionClosed,
    Updating,
    Error,
};

enum class ReaderCommand {
    Start,
    Stop,
    CloseReception,
    Refresh,
};

// The state a command leads to, or IllegalTransition with the reason.
DEVICELINK_EXPORT Result<ReaderState> transition(ReaderState from, ReaderCommand command);
DEVICELINK_EXPORT bool isAllowed(ReaderState from, ReaderCommand command);

// Wire names ("running", ...); WaitingForConnection has none.
DEVICELINK_EXPORT QString wireName(ReaderState state);
DEVICELINK_EXPORT Result<ReaderState> stateFromWireName(const QString &name);
DEVICELINK_EXPORT QString wireName(ReaderCommand command);
DEVICELINK_EXPORT Result<ReaderCommand> commandFromWireName(const QString &name);

// Label in the UI language: 稼働中, 停止中, 接続待ち, 受付終了, 更新中, エラー.
DEVICELINK_EXPORT QString displayName(ReaderState state);
DEVICELINK_EXPORT QString displayName(ReaderCommand command);

} // namespace DeviceLink

Q_DECLARE_METATYPE(DeviceLink::ReaderState)
