// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/training/trainingmode.h"

#include "app/emulatedreaders.h"
#include "devicelink/readerprovider.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTraining, "madoguchi.console.training")

namespace Console {

using namespace DeviceLink;
using namespace Qt::Literals::StringLiterals;

namespace {

struct FaultInfo
{
    TrainingFault fault;
    QLatin1StringView id;
    QLatin1StringView flow;
};

constexpr FaultInfo Faults[] = {
    {TrainingFault::LinkDown, "linkDown"_L1, "waiting-for-connection"_L1},
    {TrainingFault::AdapterDisabled, "adapterDisabled"_L1, "usb-network-adapter"_L1},
    {TrainingFault::FrozenScreen, "frozenScreen"_L1, "frozen-after-static"_L1},
    {TrainingFault::PortChanged, "portChanged"_L1, "usb-port-changed"_L1},
    {TrainingFault::OldSoftware, "oldSoftware"_L1, "versions"_L1},
    {TrainingFault::OverLicence, "overLicence"_L1, "licence-several-readers"_L1},
    {TrainingFault::ClockSkew, "clockSkew"_L1, "frozen-after-static"_L1},
    {TrainingFault::LogDiskFull, "logDiskFull"_L1, "log-collection"_L1},
};

const FaultInfo &infoOf(TrainingFault fault)
{
    for (const FaultInfo &info : Faults) {
        if (info.fault == fault)
            return info;
    }
    Q_UNREACHABLE();
}

std::optional<EmulatedFault> readerSide(TrainingFault fault)
{
    switch (fault) {
    case TrainingFault::LinkDown:
        return EmulatedFault::LinkDown;
    case TrainingFault::FrozenScreen:
        return EmulatedFault::FrozenScreen;
    case TrainingFault::PortChanged:
        return EmulatedFault::PortChanged;
    case TrainingFault::OldSoftware:
        return EmulatedFault::OldSoftware;
    case TrainingFault::ClockSkew:
        return EmulatedFault::ClockSkew;
    case TrainingFault::AdapterDisabled:
    case TrainingFault::OverLicence:
    case TrainingFault::LogDiskFull:
        break;
    }
    return std::nullopt;
}

} // namespace

QList<TrainingFault> allTrainingFaults()
{
    QList<TrainingFault> faults;
    for (const FaultInfo &info : Faults)
        faults << info.fault;
    return faults;
}

QString trainingFaultString(TrainingFault fault)
{
    return infoOf(fault).id;
}

std::optional<TrainingFault> trainingFaultFromString(const QString &id)
{
    for (const FaultInfo &info : Faults) {
        if (id == info.id)
            return info.fault;
    }
    return std::nullopt;
}

QString trainingFaultFlow(TrainingFault fault)
{
    return infoOf(fault).flow;
}

bool isConsoleWide(TrainingFault fault)
{
    return fault == TrainingFault::OverLicence || fault == TrainingFault::LogDiskFull;
}

bool isMomentary(TrainingFault fault)
{
    return fault == TrainingFault::PortChanged;
}

TrainingMode::TrainingMode(EmulatedReaders *emulated, QObject *parent)
    : QObject(parent)
    , m_emulated(emulated)
{
    connect(m_emulated, &EmulatedReaders::faultsChanged, this, &TrainingMode::changed);
    // A detached reader takes its adapter with it.
    connect(m_emulated, &EmulatedReaders::attachedChanged, this, [this] {
        const QStringList attached = m_emulated->serials();
        const qsizetype before = m_adapterDisabled.size();
        m_adapterDisabled.removeIf([&attached](const QString &serial) { return !attached.contains(serial); });
        if (m_adapterDisabled.size() != before)
            Q_EMIT changed();
    });
}

void TrainingMode::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    if (!enabled)
        clearAll();
    m_enabled = enabled;
    qCInfo(lcTraining) << "training mode" << (enabled ? "on" : "off");
    Q_EMIT enabledChanged(enabled);
}

Result<void> TrainingMode::setFault(TrainingFault fault, const QString &serial, bool active)
{
    if (!m_enabled)
        return Error(ErrorCode::TrainingUnavailable, u"training mode is off"_s);
    switch (fault) {
    case TrainingFault::OverLicence:
        m_overLicence = active;
        break;
    case TrainingFault::LogDiskFull:
        m_logDiskFull = active;
        break;
    case TrainingFault::AdapterDisabled:
        // Without its adapter the PC has no link to the reader at all.
        if (Result<void> link = readerFault(TrainingFault::LinkDown, serial, active); !link)
            return link;
        if (active)
            m_adapterDisabled.insert(serial);
        else
            m_adapterDisabled.remove(serial);
        break;
    default:
        return readerFault(fault, serial, active);
    }
    qCInfo(lcTraining).noquote() << "fault" << trainingFaultString(fault) << (active ? "set" : "cleared")
                                 << (isConsoleWide(fault) ? QString() : serial);
    Q_EMIT changed();
    return {};
}

Result<void> TrainingMode::readerFault(TrainingFault fault, const QString &serial, bool active)
{
    if (!m_emulated->serials().contains(serial))
        return Error(ErrorCode::TrainingUnavailable, serial + u": not an emulated reader"_s);
    return m_emulated->setFault(serial, *readerSide(fault), active);
}

bool TrainingMode::hasFault(TrainingFault fault, const QString &serial) const
{
    switch (fault) {
    case TrainingFault::OverLicence:
        return m_overLicence;
    case TrainingFault::LogDiskFull:
        return m_logDiskFull;
    case TrainingFault::AdapterDisabled:
        return adapterDisabled(serial);
    default:
        break;
    }
    const EmulatedFault readerFaultId = *readerSide(fault);
    const QStringList serials = serial.isEmpty() ? m_emulated->serials() : QStringList{serial};
    for (const QString &one : serials) {
        if (m_emulated->faults(one).contains(readerFaultId))
            return true;
    }
    return false;
}

bool TrainingMode::adapterDisabled(const QString &serial) const
{
    return serial.isEmpty() ? !m_adapterDisabled.isEmpty() : m_adapterDisabled.contains(serial);
}

Result<void> TrainingMode::replug(const QString &serial)
{
    if (!m_enabled)
        return Error(ErrorCode::TrainingUnavailable, u"training mode is off"_s);
    // Detaching forgets the reader's adapter; the PC's setting outlives the reader.
    const bool adapterOff = m_adapterDisabled.contains(serial);
    if (Result<void> restarted = m_emulated->restart(serial); !restarted)
        return restarted;
    if (!adapterOff)
        return {};
    m_adapterDisabled.insert(serial);
    Result<void> down = readerFault(TrainingFault::LinkDown, serial, true);
    Q_EMIT changed();
    return down;
}

Result<void> TrainingMode::playTestPatient(const QString &serial)
{
    return m_emulated->playTestPatient(serial);
}

std::optional<Result<void>> TrainingMode::enableAdapter(const QString &serial)
{
    if (!m_enabled || !adapterDisabled(serial))
        return std::nullopt;
    const QStringList serials = serial.isEmpty() ? QStringList(m_adapterDisabled.values()) : QStringList{serial};
    for (const QString &one : serials) {
        if (Result<void> enabled = setFault(TrainingFault::AdapterDisabled, one, false); !enabled)
            return enabled;
    }
    return Result<void>::success();
}

void TrainingMode::clearAll()
{
    m_overLicence = false;
    m_logDiskFull = false;
    m_adapterDisabled.clear();
    for (const QString &serial : m_emulated->serials()) {
        for (EmulatedFault fault : m_emulated->faults(serial)) {
            if (Result<void> cleared = m_emulated->setFault(serial, fault, false); !cleared)
                qCWarning(lcTraining).noquote() << serial << cleared.error().toLogString();
        }
    }
    Q_EMIT changed();
}

} // namespace Console
