// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/troubleshooting/flowdefinition.h"
#include "devicelink/error.h"

#include <QList>
#include <QString>

namespace Console {

// The troubleshooting flows the console ships (resources/flows, embedded at
// :/flows) or any folder of flow files. A broken file is left out and listed
// in problems(); the others still load. An end that goes on with a flow the
// library does not have is a problem of its file too (FlowTargetMissing).
class FlowLibrary
{
public:
    static constexpr QStringView BuiltInDirectory = u":/flows";

    void load(const QString &directory = BuiltInDirectory.toString());

    const QList<FlowDefinition> &flows() const { return m_flows; }
    const QList<DeviceLink::Error> &problems() const { return m_problems; }
    const FlowDefinition *flow(const QString &id) const;

    // Flows whose symptoms or title match what the user typed, in Japanese
    // or English, best first. Width, case, spaces and 「」 are ignored: a
    // message typed as read off the screen still finds its flow.
    QList<const FlowDefinition *> search(const QString &text) const;

private:
    QList<FlowDefinition> m_flows;
    QList<DeviceLink::Error> m_problems;
};

} // namespace Console
