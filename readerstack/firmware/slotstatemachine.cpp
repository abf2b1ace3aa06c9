// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/firmware/slotstatemachine.h"

#include "devicelink/firmware/vendorversion.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

constexpr int StateFormat = 1;
// More tries than this in a file is damage, not a setting.
constexpr int MaxTries = 16;

Error refused(const QString &detail)
{
    return Error(ErrorCode::FirmwareUpdateRefused, detail);
}

Error corrupt(const QString &detail)
{
    return Error(ErrorCode::FirmwareStateCorrupt, detail);
}

std::optional<SlotStateMachine::Status> statusFromName(const QString &name)
{
    using Status = SlotStateMachine::Status;
    for (Status status : { Status::Empty, Status::Installing, Status::Installed, Status::Good, Status::Bad }) {
        if (SlotStateMachine::name(status) == name)
            return status;
    }
    return std::nullopt;
}

std::optional<SlotStateMachine::Slot> slotFromName(const QString &name)
{
    if (name == u"a")
        return SlotStateMachine::Slot::A;
    if (name == u"b")
        return SlotStateMachine::Slot::B;
    return std::nullopt;
}

QJsonObject toJson(const SlotStateMachine::Record &record)
{
    QJsonObject object;
    object.insert(u"status"_s, SlotStateMachine::name(record.status));
    object.insert(u"version"_s, record.version);
    object.insert(u"size"_s, record.size);
    object.insert(u"sha256"_s, QString::fromLatin1(record.sha256.toHex()));
    object.insert(u"factory"_s, record.factory);
    return object;
}

std::optional<SlotStateMachine::Record> recordFromJson(const QJsonObject &object)
{
    SlotStateMachine::Record record;
    const std::optional<SlotStateMachine::Status> status = statusFromName(object.value(u"status"_s).toString());
    if (!status)
        return std::nullopt;
    record.status = *status;
    record.version = object.value(u"version"_s).toString();
    record.size = qint64(object.value(u"size"_s).toDouble(-1));
    record.sha256 = QByteArray::fromHex(object.value(u"sha256"_s).toString().toLatin1());
    record.factory = object.value(u"factory"_s).toBool();
    const bool hasSoftware = record.status != SlotStateMachine::Status::Empty;
    if (record.size < 0 || (hasSoftware && !VendorVersion::parse(record.version))
        || (hasSoftware && !record.factory && record.sha256.size() != 32)) {
        return std::nullopt;
    }
    return record;
}

} // namespace

QString SlotStateMachine::name(Status status)
{
    switch (status) {
    case Status::Empty:
        return u"empty"_s;
    case Status::Installing:
        return u"installing"_s;
    case Status::Installed:
        return u"installed"_s;
    case Status::Good:
        return u"good"_s;
    case Status::Bad:
        return u"bad"_s;
    }
    return {};
}

SlotStateMachine SlotStateMachine::factory(const QString &factoryVersion)
{
    SlotStateMachine machine;
    Record &a = machine.mutableRecord(Slot::A);
    a.status = Status::Good;
    a.version = factoryVersion;
    a.factory = true;
    return machine;
}

Result<void> SlotStateMachine::beginInstall(const QString &version, qint64 size, const QByteArray &sha256)
{
    if (m_trial)
        return refused(u"slot %1 waits for or runs its trial boot"_s.arg(name(*m_trial)));
    if (m_booted != m_active)
        return refused(u"running slot %1, which is not the active one"_s.arg(name(m_booted)));
    if (size < 0 || sha256.size() != 32 || !VendorVersion::parse(version))
        return refused(u"install needs a version, a size and a SHA-256"_s);
    Record &target = mutableRecord(inactive());
    if (target.status == Status::Installing && target.version == version && target.size == size
        && target.sha256 == sha256) {
        return Result<void>::success();
    }
    target = Record { Status::Installing, version, size, sha256, false };
    return Result<void>::success();
}

Result<void> SlotStateMachine::finishInstall(const QByteArray &actualSha256)
{
    Record &target = mutableRecord(inactive());
    if (target.status != Status::Installing)
        return refused(u"slot %1 is %2, not installing"_s.arg(name(inactive()), name(target.status)));
    if (actualSha256 != target.sha256) {
        target.status = Status::Bad;
        return Error(
            ErrorCode::BundlePayloadMismatch,
            u"slot %1 payload hashes to %2"_s.arg(name(inactive()), QString::fromLatin1(actualSha256.toHex())));
    }
    target.status = Status::Installed;
    return Result<void>::success();
}

Result<void> SlotStateMachine::abortInstall()
{
    Record &target = mutableRecord(inactive());
    if (m_trial)
        return refused(u"slot %1 is marked for its trial boot; cancel that first"_s.arg(name(*m_trial)));
    if (target.status != Status::Installing && target.status != Status::Installed)
        return refused(u"slot %1 is %2: no install to abort"_s.arg(name(inactive()), name(target.status)));
    target = Record {};
    return Result<void>::success();
}

Result<void> SlotStateMachine::markTryBoot(int tries)
{
    if (m_trial)
        return refused(u"slot %1 is already marked"_s.arg(name(*m_trial)));
    if (m_booted != m_active)
        return refused(u"running slot %1, which is not the active one"_s.arg(name(m_booted)));
    if (tries < 1 || tries > MaxTries)
        return refused(u"%1 tries"_s.arg(tries));
    if (record(inactive()).status != Status::Installed)
        return refused(u"slot %1 is %2, not installed"_s.arg(name(inactive()), name(record(inactive()).status)));
    m_trial = inactive();
    m_triesLeft = tries;
    return Result<void>::success();
}

Result<void> SlotStateMachine::cancelTryBoot()
{
    if (!m_trial)
        return refused(u"no slot is marked for a trial boot"_s);
    if (bootedTrial())
        return refused(u"slot %1 is running its trial"_s.arg(name(*m_trial)));
    m_trial.reset();
    m_triesLeft = 0;
    return Result<void>::success();
}

SlotStateMachine::BootDecision SlotStateMachine::boot(bool trialIntact)
{
    BootDecision decision;
    if (m_trial && m_triesLeft > 0 && trialIntact) {
        --m_triesLeft;
        m_booted = *m_trial;
        decision.trial = true;
    } else {
        if (m_trial) {
            mutableRecord(*m_trial).status = Status::Bad;
            m_trial.reset();
            decision.rolledBack = true;
        }
        m_booted = m_active;
    }
    decision.slot = m_booted;
    return decision;
}

Result<void> SlotStateMachine::commit()
{
    if (!bootedTrial())
        return Result<void>::success();
    m_active = *m_trial;
    mutableRecord(m_active).status = Status::Good;
    m_trial.reset();
    m_triesLeft = 0;
    return Result<void>::success();
}

Result<void> SlotStateMachine::rejectBootedTrial()
{
    if (!bootedTrial())
        return refused(u"this boot runs the active slot, not a trial"_s);
    m_triesLeft = 0;
    return Result<void>::success();
}

QByteArray SlotStateMachine::toJson() const
{
    QJsonObject object;
    object.insert(u"format"_s, StateFormat);
    object.insert(u"active"_s, name(m_active));
    object.insert(u"trial"_s, m_trial ? QJsonValue(name(*m_trial)) : QJsonValue());
    object.insert(u"triesLeft"_s, m_triesLeft);
    QJsonObject slots;
    slots.insert(u"a"_s, ReaderStack::toJson(record(Slot::A)));
    slots.insert(u"b"_s, ReaderStack::toJson(record(Slot::B)));
    object.insert(u"slots"_s, slots);
    return QJsonDocument(object).toJson();
}

Result<SlotStateMachine> SlotStateMachine::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject() || document.object().value(u"format"_s).toInt(-1) != StateFormat)
        return corrupt(u"not a slot state file of format 1"_s);
    const QJsonObject object = document.object();
    SlotStateMachine machine;
    const std::optional<Slot> active = slotFromName(object.value(u"active"_s).toString());
    if (!active)
        return corrupt(u"no active slot"_s);
    machine.m_active = *active;
    machine.m_booted = *active;
    const QJsonObject slots = object.value(u"slots"_s).toObject();
    for (Slot slot : { Slot::A, Slot::B }) {
        const std::optional<Record> record = recordFromJson(slots.value(name(slot)).toObject());
        if (!record)
            return corrupt(u"slot %1 unreadable"_s.arg(name(slot)));
        machine.mutableRecord(slot) = *record;
    }
    if (machine.record(machine.m_active).status != Status::Good)
        return corrupt(u"active slot is not good"_s);
    const QJsonValue trial = object.value(u"trial"_s);
    machine.m_triesLeft = object.value(u"triesLeft"_s).toInt(-1);
    if (machine.m_triesLeft < 0 || machine.m_triesLeft > MaxTries)
        return corrupt(u"tries left out of range"_s);
    if (!trial.isNull()) {
        const std::optional<Slot> trialSlot = slotFromName(trial.toString());
        if (!trialSlot || *trialSlot == machine.m_active || machine.record(*trialSlot).status != Status::Installed)
            return corrupt(u"trial slot is not the installed inactive one"_s);
        machine.m_trial = trialSlot;
    } else if (machine.m_triesLeft != 0) {
        return corrupt(u"tries left without a trial"_s);
    }
    return machine;
}

} // namespace ReaderStack
