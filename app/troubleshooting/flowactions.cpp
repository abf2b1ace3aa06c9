// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/flowactions.h"

#include <array>
#include <utility>

namespace Console {

namespace {

const std::array<std::pair<FlowAction, QStringView>, 11> actionNames{{
    {FlowAction::Start, u"start"},
    {FlowAction::Stop, u"stop"},
    {FlowAction::CloseReception, u"closeReception"},
    {FlowAction::Refresh, u"refresh"},
    {FlowAction::EnableAdapter, u"enableAdapter"},
    {FlowAction::CollectLogs, u"collectLogs"},
    {FlowAction::OpenSettings, u"openSettings"},
    {FlowAction::OpenLogViewer, u"openLogViewer"},
    {FlowAction::OpenRegistration, u"openRegistration"},
    {FlowAction::OpenLicences, u"openLicences"},
    {FlowAction::OpenUpdates, u"openUpdates"},
}};

} // namespace

std::optional<FlowAction> flowActionFromString(const QString &id)
{
    for (const auto &[action, name] : actionNames) {
        if (name == id)
            return action;
    }
    return std::nullopt;
}

QString flowActionString(FlowAction action)
{
    for (const auto &[known, name] : actionNames) {
        if (known == action)
            return name.toString();
    }
    return {};
}

} // namespace Console
