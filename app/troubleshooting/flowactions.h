// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Console {

// The one-click actions a flow may offer. The ids are part of the flow
// files: never rename one.
enum class FlowAction {
    Start,             // "start": 起動
    Stop,              // "stop": 終了
    CloseReception,    // "closeReception": 受付終了
    Refresh,           // "refresh": 最新の情報に更新
    EnableAdapter,     // "enableAdapter": the USB network adapter 有効, where the platform allows
    CollectLogs,       // "collectLogs": ログ収集, with the flow's support summary
    OpenSettings,      // "openSettings": the 設定 page
    OpenLogViewer,     // "openLogViewer": ログビューワー
    OpenRegistration,  // "openRegistration": login-name registration
    OpenLicences,      // "openLicences": the licence files
    OpenUpdates,       // "openUpdates": ソフトウェア更新
};

std::optional<FlowAction> flowActionFromString(const QString &id);
QString flowActionString(FlowAction action);

// Performs the actions for a flow; the console implements it over its
// readers and pages. Asynchronous like LiveChecks: done is called exactly
// once, later, on the thread of context, and not after context is destroyed.
// serial is the reader the flow is about, or empty for every reader.
class FlowActions
{
public:
    virtual ~FlowActions() = default;
    virtual void perform(FlowAction action, const QString &serial, QObject *context,
                         std::function<void(const DeviceLink::Result<void> &)> done) = 0;
};

} // namespace Console
