// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/device/readerdevice.h"

#include "devicelink/protocol.h"
#include "devicelink/screenmessage.h"
#include "readerstack/screen/idlescreen.h"

#include <QBuffer>
#include <QCborValue>
#include <QImage>

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcReader, "madoguchi.reader")

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

ReaderDevice::ReaderDevice(ReaderDescription description, ReaderStateStore *store, ReaderStateStore::Contents initial,
                           QObject *parent)
    : QObject(parent)
    , m_description(std::move(description))
    , m_store(store)
    , m_contents(std::move(initial))
    , m_state(m_contents.state)
{
    m_uptime.start();
}

ReaderStatus ReaderDevice::status() const
{
    ReaderStatus s;
    s.state = m_state;
    s.error = m_error;
    s.uptimeMs = m_uptime.elapsed() + m_clockOffsetMs;
    s.visualCheckPending = m_visualCheckPending;
    return s;
}

void ReaderDevice::setClockOffsetMs(qint64 offsetMs)
{
    m_clockOffsetMs = offsetMs;
    Q_EMIT statusChanged();
}

void ReaderDevice::setVisualCheckPending(bool pending)
{
    if (pending == m_visualCheckPending)
        return;
    m_visualCheckPending = pending;
    Q_EMIT statusChanged();
}

Result<QCborMap> ReaderDevice::confirmVisually(const QCborMap &args)
{
    const QCborValue confirmed = args.value(Field::Confirmed);
    if (!confirmed.isBool())
        return Error(ErrorCode::InvalidArgument, u"confirmed: a boolean is required"_s);
    if (!m_visualCheckPending)
        return Error(ErrorCode::NoVisualCheckPending);
    m_visualCheckPending = false;
    qCInfo(lcReader).noquote() << m_description.serial << "visual check" << (confirmed.toBool() ? "confirmed" : "refused");
    Q_EMIT visualCheckAnswered(confirmed.toBool());
    Q_EMIT statusChanged();
    return QCborMap{};
}

Result<ReaderState> ReaderDevice::apply(ReaderCommand command)
{
    Result<ReaderState> next = transition(m_state, command);
    if (!next)
        return next;
    if (next.value() == m_state) {
        if (command == ReaderCommand::Refresh)
            Q_EMIT statusChanged();
        return next;
    }
    const ReaderState previous = m_state;
    m_state = next.value();
    if (m_state != ReaderState::Error)
        m_error = {};
    if (ReaderStateStore::isPersistent(m_state)) {
        m_contents.state = m_state;
        if (Result<void> saved = persist(); !saved) {
            // Without a saved state the reader would come back wrong after a
            // restart; refuse the command rather than pretend.
            m_state = previous;
            return saved.error();
        }
    }
    qCInfo(lcReader).noquote() << m_description.serial << wireName(previous) << "->" << wireName(m_state);
    Q_EMIT statusChanged();
    return m_state;
}

Result<QCborMap> ReaderDevice::handleRequest(const QString &op, const QCborMap &args)
{
    if (op == Op::FlowSettings)
        return m_contents.flow.toCbor();
    if (op == Op::SetFlowSettings)
        return setFlowSettings(args);
    if (op == Op::ConfirmVisually)
        return confirmVisually(args);
    if (op == Op::SetScreenMessage)
        return setScreenMessage(args);
    if (op == Op::RenderIdlePreview)
        return renderIdlePreview(args);
    if (op == Op::SetPowerLink)
        return setPowerLink(args);
    if (op == Op::PowerSettings)
        return powerSettings();
    if (op == Op::SetAdminPassword)
        return setAdminPassword(args);
    if (op == Op::Restart)
        return restart();
    if (op == Op::SetVbus) {
        if (!args.value(QString(Field::Vbus)).isBool())
            return Error(ErrorCode::InvalidArgument, u"vbus must be a boolean"_s);
        setVbus(args.value(QString(Field::Vbus)).toBool(), args.value(u"suspended"_s).toBool(false));
        return powerSettings();
    }
    if (op == Op::Status) {
        QCborMap reply = status().toFields();
        const QCborMap description = m_description.toFields();
        for (auto it = description.begin(); it != description.end(); ++it)
            reply.insert(it.key(), it.value());
        return reply;
    }
    Result<ReaderCommand> command = commandFromWireName(op);
    if (!command)
        return command.error();
    Result<ReaderState> applied = apply(command.value());
    if (!applied)
        return applied.error();
    QCborMap reply = status().toFields();
    if (command.value() == ReaderCommand::Refresh) {
        const QCborMap description = m_description.toFields();
        for (auto it = description.begin(); it != description.end(); ++it)
            reply.insert(it.key(), it.value());
    }
    return reply;
}

Result<QCborMap> ReaderDevice::restart()
{
    if (!m_restart)
        return Error(ErrorCode::UnsupportedMessage, u"this reader restarts only at the reader"_s);
    // A patient may be at a reader in service: the console ends it first.
    if (m_state == ReaderState::Running)
        return Error(ErrorCode::IllegalTransition, u"restart while running"_s);
    qCInfo(lcReader).noquote() << m_description.serial << "restart requested";
    // After this reply has been handed to the link.
    QTimer::singleShot(0, this, [this] { m_restart(); });
    return QCborMap();
}

Result<QCborMap> ReaderDevice::setFlowSettings(const QCborMap &args)
{
    Result<FlowSettings> changed = m_contents.flow.changedBy(args);
    if (!changed)
        return changed.error();
    if (changed.value() == m_contents.flow)
        return m_contents.flow.toCbor();
    const FlowSettings previous = m_contents.flow;
    m_contents.flow = changed.value();
    if (Result<void> saved = persist(); !saved) {
        m_contents.flow = previous;
        return saved.error();
    }
    qCInfo(lcReader).noquote() << m_description.serial << "flow settings" << m_contents.flow.toJson();
    Q_EMIT flowSettingsChanged(m_contents.flow);
    return m_contents.flow.toCbor();
}

Result<void> ReaderDevice::setPairedConsole(const QByteArray &fingerprint)
{
    const QByteArray previous = m_contents.pairedConsole;
    m_contents.pairedConsole = fingerprint;
    if (Result<void> saved = persist(); !saved) {
        m_contents.pairedConsole = previous;
        return saved;
    }
    return {};
}

void ReaderDevice::raiseError(const Error &error)
{
    m_state = ReaderState::Error;
    m_error = error;
    qCWarning(lcReader).noquote() << m_description.serial << "error" << error.toLogString();
    Q_EMIT statusChanged();
}

Result<void> ReaderDevice::persist()
{
    return m_store->save(m_contents);
}

Result<QCborMap> ReaderDevice::setScreenMessage(const QCborMap &args)
{
    const QCborValue value = args.value(QString(Field::ScreenMessage));
    if (!value.isString())
        return Error(ErrorCode::InvalidArgument, u"message must be text"_s);
    Result<QString> message = checkScreenMessage(value.toString());
    if (!message)
        return message.error();
    QCborMap reply;
    reply.insert(QString(Field::ScreenMessage), message.value());
    if (message.value() == m_contents.screenMessage)
        return reply;
    const QString previous = m_contents.screenMessage;
    m_contents.screenMessage = message.value();
    if (Result<void> saved = persist(); !saved) {
        m_contents.screenMessage = previous;
        return saved.error();
    }
    qCInfo(lcReader).noquote() << m_description.serial << "screen message set," << message->size() << "characters";
    Q_EMIT screenMessageChanged(m_contents.screenMessage);
    return reply;
}

Result<QCborMap> ReaderDevice::renderIdlePreview(const QCborMap &args) const
{
    const QCborValue value = args.value(QString(Field::ScreenMessage));
    if (!value.isString())
        return Error(ErrorCode::InvalidArgument, u"message must be text"_s);
    Result<QString> message = checkScreenMessage(value.toString());
    if (!message)
        return message.error();
    IdleScreenContent content;
    // The screen the patient sees once the reader is started (起動).
    content.state = ReaderState::Running;
    if (const QCborValue asked = args.value(QString(Field::State)); asked.isString()) {
        Result<ReaderState> parsed = stateFromWireName(asked.toString());
        if (!parsed)
            return Error(ErrorCode::InvalidArgument, u"unknown state"_s);
        content.state = parsed.value();
    }
    content.message = message.value();
    content.serial = m_description.serial;
    content.software = m_description.software;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!renderIdleScreen(content).save(&buffer, "PNG"))
        return Error(ErrorCode::InvalidArgument, u"preview could not be encoded"_s);
    QCborMap reply;
    reply.insert(QString(Field::Png), png);
    return reply;
}

Result<QCborMap> ReaderDevice::setPowerLink(const QCborMap &args)
{
    const QCborValue value = args.value(QString(Field::PowerLink));
    if (!value.isBool())
        return Error(ErrorCode::InvalidArgument, u"powerLink must be a boolean"_s);
    if (Result<void> changed = changePowerLink(value.toBool()); !changed)
        return changed.error();
    return powerSettings();
}

Result<void> ReaderDevice::changePowerLink(bool on)
{
    m_alwaysPowered = false;
    if (on != m_contents.powerLink) {
        m_contents.powerLink = on;
        if (Result<void> saved = persist(); !saved) {
            m_contents.powerLink = !on;
            return saved;
        }
        qCInfo(lcReader).noquote() << m_description.serial << "power linking" << (on ? "on" : "off");
    }
    Q_EMIT powerSettingsChanged();
    return {};
}

Result<QCborMap> ReaderDevice::setAdminPassword(const QCborMap &args)
{
    const QCborValue value = args.value(QString(Field::Password));
    if (!value.isString())
        return Error(ErrorCode::AdminPasswordInvalid, u"password must be text"_s);
    Result<QByteArray> hash = hashAdminPassword(value.toString());
    if (!hash)
        return hash.error();
    const QByteArray previous = m_contents.adminPasswordHash;
    m_contents.adminPasswordHash = hash.value();
    if (Result<void> saved = persist(); !saved) {
        m_contents.adminPasswordHash = previous;
        return saved.error();
    }
    m_adminGate = AdminGate();
    qCInfo(lcReader).noquote() << m_description.serial << "admin password changed";
    QCborMap reply;
    reply.insert(QString(Field::AdminPasswordSet), true);
    return reply;
}

Error ReaderDevice::enterAdmin(const QString &password, qint64 nowMs)
{
    const Error result = m_adminGate.attempt(m_contents.adminPasswordHash, password, nowMs);
    if (result.isError())
        qCWarning(lcReader).noquote() << m_description.serial << "admin screen refused:" << result.codeString();
    else
        qCInfo(lcReader).noquote() << m_description.serial << "admin screen opened";
    return result;
}

QCborMap ReaderDevice::powerSettings() const
{
    QCborMap reply;
    reply.insert(QString(Field::PowerLink), m_contents.powerLink);
    reply.insert(QString(Field::Vbus), m_vbus);
    reply.insert(u"alwaysPowered"_s, m_alwaysPowered);
    return reply;
}

void ReaderDevice::setVbus(bool present, bool busSuspended)
{
    const bool was = m_vbus;
    m_vbus = present;
    if (m_contents.powerLink && present && busSuspended && !m_alwaysPowered) {
        m_alwaysPowered = true;
        qCWarning(lcReader).noquote() << m_description.serial << "USB port powered while the PC sleeps";
    }
    if (m_contents.powerLink && was != present) {
        if (!present) {
            m_stateBeforePowerOff = m_state;
            if (isAllowed(m_state, ReaderCommand::Stop))
                apply(ReaderCommand::Stop);
            qCInfo(lcReader).noquote() << m_description.serial << "VBUS lost: powered off";
        } else {
            qCInfo(lcReader).noquote() << m_description.serial << "VBUS back: powered on";
            const bool wasInService = m_stateBeforePowerOff == ReaderState::Running
                || m_stateBeforePowerOff == ReaderState::ReceptionClosed;
            if (wasInService && isAllowed(m_state, ReaderCommand::Start)) {
                apply(ReaderCommand::Start);
                if (m_stateBeforePowerOff == ReaderState::ReceptionClosed)
                    apply(ReaderCommand::CloseReception);
            }
        }
    }
    Q_EMIT powerSettingsChanged();
}

} // namespace ReaderStack
