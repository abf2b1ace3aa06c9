// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/device/readerdevice.h"

#include "devicelink/protocol.h"

#include <QLoggingCategory>

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
    s.uptimeMs = m_uptime.elapsed();
    return s;
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

} // namespace ReaderStack
