// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/flowsettings.h"

#include "devicelink/protocol.h"

#include <QCborValue>

#include <algorithm>
#include <iterator>
#include <optional>

namespace DeviceLink {

using namespace Qt::StringLiterals;

namespace {

struct BoolField
{
    QLatin1String key;
    bool ConsentSettings::*member;
};

constexpr BoolField BoolFields[] = {
    {FlowField::Medication, &ConsentSettings::medication},
    {FlowField::HealthCheck, &ConsentSettings::healthCheck},
    {FlowField::Surgery, &ConsentSettings::surgery},
    {FlowField::MedicalCare, &ConsentSettings::medicalCare},
    {FlowField::Combined, &ConsentSettings::combined},
    {FlowField::HighCost, &ConsentSettings::highCostCare},
};

QString modeName(OperatingMode mode)
{
    return mode == OperatingMode::VisualCheck ? QString(FlowField::ModeVisualCheck)
                                              : QString(FlowField::ModeUnattended);
}

std::optional<OperatingMode> modeFromName(const QString &name)
{
    if (name == FlowField::ModeUnattended)
        return OperatingMode::Unattended;
    if (name == FlowField::ModeVisualCheck)
        return OperatingMode::VisualCheck;
    return std::nullopt;
}

bool isValidFaceTimeout(qint64 seconds)
{
    return seconds >= FlowSettings::MinFaceTimeoutS && seconds <= FlowSettings::MaxFaceTimeoutS;
}

} // namespace

QCborMap FlowSettings::toCbor() const
{
    QCborMap map;
    for (const BoolField &field : BoolFields)
        map.insert(QString(field.key), consent.*field.member);
    map.insert(QString(FlowField::Mode), modeName(mode));
    map.insert(QString(FlowField::FaceTimeoutS), faceTimeoutS);
    return map;
}

Result<FlowSettings> FlowSettings::changedBy(const QCborMap &args) const
{
    FlowSettings changed = *this;
    for (auto it = args.begin(); it != args.end(); ++it) {
        const QString key = it.key().toString();
        const QCborValue value = it.value();
        const auto boolField = std::find_if(std::begin(BoolFields), std::end(BoolFields),
                                            [&key](const BoolField &field) { return key == field.key; });
        if (boolField != std::end(BoolFields)) {
            if (!value.isBool())
                return Error(ErrorCode::InvalidArgument, key + u" must be true or false"_s);
            changed.consent.*boolField->member = value.toBool();
        } else if (key == FlowField::Mode) {
            const std::optional<OperatingMode> named = value.isString() ? modeFromName(value.toString())
                                                                        : std::nullopt;
            if (!named)
                return Error(ErrorCode::InvalidArgument, key + u" must be \"unattended\" or \"visualCheck\""_s);
            changed.mode = *named;
        } else if (key == FlowField::FaceTimeoutS) {
            if (!value.isInteger() || !isValidFaceTimeout(value.toInteger()))
                return Error(ErrorCode::InvalidArgument,
                             QStringLiteral("%1 must be a whole number of seconds from %2 to %3")
                                 .arg(key)
                                 .arg(MinFaceTimeoutS)
                                 .arg(MaxFaceTimeoutS));
            changed.faceTimeoutS = int(value.toInteger());
        } else {
            return Error(ErrorCode::InvalidArgument, u"unknown flow setting \""_s + key + u"\""_s);
        }
    }
    return changed;
}

QCborMap FlowSettings::changesFrom(const FlowSettings &before) const
{
    const QCborMap old = before.toCbor();
    QCborMap changes;
    for (const auto &[key, value] : toCbor()) {
        if (old.value(key) != value)
            changes.insert(key, value);
    }
    return changes;
}

QJsonObject FlowSettings::toJson() const
{
    return toCbor().toJsonObject();
}

FlowSettings FlowSettings::fromJson(const QJsonObject &object)
{
    FlowSettings settings;
    for (const BoolField &field : BoolFields) {
        const QJsonValue value = object.value(QString(field.key));
        if (value.isBool())
            settings.consent.*field.member = value.toBool();
    }
    if (const std::optional<OperatingMode> named = modeFromName(object.value(QString(FlowField::Mode)).toString()))
        settings.mode = *named;
    const QJsonValue timeout = object.value(QString(FlowField::FaceTimeoutS));
    if (timeout.isDouble() && timeout.toDouble() == double(timeout.toInt()) && isValidFaceTimeout(timeout.toInt()))
        settings.faceTimeoutS = timeout.toInt();
    return settings;
}

} // namespace DeviceLink
