// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/livechecks.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Console {

namespace {

const std::array<std::pair<CheckId, QStringView>, 16> checkNames{{
    {CheckId::Rndis, u"K-RNDIS"},
    {CheckId::Link, u"K-LINK"},
    {CheckId::State, u"K-STATE"},
    {CheckId::Version, u"K-VER"},
    {CheckId::Sleep, u"K-SLEEP"},
    {CheckId::UpNet, u"K-UPNET"},
    {CheckId::Hub, u"K-HUB"},
    {CheckId::Prereq, u"K-PREREQ"},
    {CheckId::Dir, u"K-DIR"},
    {CheckId::Bat, u"K-BAT"},
    {CheckId::Vendor, u"K-VENDOR"},
    {CheckId::Ip, u"K-IP"},
    {CheckId::Rdp, u"K-RDP"},
    {CheckId::Licence, u"K-LIC"},
    {CheckId::Uptime, u"K-UPTIME"},
    {CheckId::Logs, u"K-LOGS"},
}};

} // namespace

std::optional<CheckId> checkIdFromString(const QString &id)
{
    for (const auto &[check, name] : checkNames) {
        if (name == id)
            return check;
    }
    return std::nullopt;
}

QString checkIdString(CheckId id)
{
    for (const auto &[check, name] : checkNames) {
        if (check == id)
            return name.toString();
    }
    return {};
}

QString checkOutcomeString(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Pass:
        return u"pass"_s;
    case CheckOutcome::Fail:
        return u"fail"_s;
    case CheckOutcome::Unknown:
        break;
    }
    return u"unknown"_s;
}

} // namespace Console
