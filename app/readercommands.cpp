// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/readercommands.h"

#include "devicelink/protocol.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerregistry.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCommands, "madoguchi.commands")

namespace Console {

using namespace DeviceLink;

ReaderCommands::ReaderCommands(ReaderFleet *fleet, ReaderRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_registry(registry)
{
}

bool ReaderCommands::canRun(const QString &serial, ReaderCommand command) const
{
    const ReaderEntry *entry = m_registry->entry(serial);
    if (command == ReaderCommand::Start && m_startGate && m_startGate(serial).isError())
        return false;
    return entry && entry->registered && entry->trusted && isAllowed(entry->state, command);
}

bool ReaderCommands::canRegister(const QString &serial) const
{
    const ReaderEntry *entry = m_registry->entry(serial);
    // Registration pins the certificate of a live link: a reader only heard
    // of through its beacon has not shown one yet.
    const ReaderLink *link = m_fleet->link(serial);
    return entry && !entry->registered && entry->error.code() != ErrorCode::PairedToAnotherConsole && link
        && link->hello().has_value();
}

void ReaderCommands::run(const QString &serial, ReaderCommand command)
{
    const ReaderEntry *entry = m_registry->entry(serial);
    if (!entry) {
        Q_EMIT commandFinished(serial, command, Error(ErrorCode::UnknownReader));
        return;
    }
    if (!entry->trusted) {
        Q_EMIT commandFinished(serial, command,
                               Error(entry->registered ? ErrorCode::LinkDown : ErrorCode::NotPaired));
        return;
    }
    if (Result<ReaderState> allowed = transition(entry->state, command); !allowed) {
        Q_EMIT commandFinished(serial, command, allowed.error());
        return;
    }
    if (command == ReaderCommand::Start && m_startGate) {
        if (const Error refused = m_startGate(serial); refused.isError()) {
            qCInfo(lcCommands).noquote() << serial << "start refused:" << refused.toLogString();
            Q_EMIT commandFinished(serial, command, refused);
            return;
        }
    }
    qCInfo(lcCommands).noquote() << serial << wireName(command);
    m_fleet->sendCommand(serial, command, this, [this, serial, command](const Result<QCborMap> &result) {
        const Error error = result ? Error() : result.error();
        if (error.isError())
            qCWarning(lcCommands).noquote() << serial << wireName(command) << "failed:" << error.toLogString();
        Q_EMIT commandFinished(serial, command, error);
    });
}

void ReaderCommands::registerReader(const QString &serial)
{
    qCInfo(lcCommands).noquote() << serial << "register";
    m_fleet->registerReader(serial, this, [this, serial](const Result<QCborMap> &result) {
        const Error error = result ? Error() : result.error();
        if (error.isError())
            qCWarning(lcCommands).noquote() << serial << "registration failed:" << error.toLogString();
        Q_EMIT registrationFinished(serial, error);
    });
}

void ReaderCommands::forgetReader(const QString &serial)
{
    qCInfo(lcCommands).noquote() << serial << "forget";
    m_fleet->forgetReader(serial);
}

void ReaderCommands::refreshAll()
{
    m_fleet->refreshAll();
}

void ReaderCommands::fetchFlowSettings(const QString &serial)
{
    m_fleet->request(serial, QString(Op::FlowSettings), {}, this, [this, serial](const Result<QCborMap> &reply) {
        receiveFlowSettings(serial, reply);
    });
}

void ReaderCommands::changeFlowSettings(const QString &serial, const FlowSettings &before, const FlowSettings &after)
{
    const QCborMap changes = after.changesFrom(before);
    if (changes.isEmpty()) {
        Q_EMIT flowSettingsReceived(serial, after);
        return;
    }
    qCInfo(lcCommands).noquote() << serial << "flow settings" << changes.toJsonObject();
    m_fleet->request(serial, QString(Op::SetFlowSettings), changes, this,
                     [this, serial](const Result<QCborMap> &reply) { receiveFlowSettings(serial, reply); });
}

void ReaderCommands::receiveFlowSettings(const QString &serial, const Result<QCborMap> &reply)
{
    Result<FlowSettings> settings = reply ? FlowSettings().changedBy(reply.value()) : Result<FlowSettings>(reply.error());
    if (!settings) {
        qCWarning(lcCommands).noquote() << serial << "flow settings failed:" << settings.error().toLogString();
        Q_EMIT flowSettingsFailed(serial, settings.error());
        return;
    }
    Q_EMIT flowSettingsReceived(serial, settings.value());
}

void ReaderCommands::confirmVisually(const QString &serial, bool confirmed)
{
    qCInfo(lcCommands).noquote() << serial << "visual check" << (confirmed ? "confirmed" : "refused");
    const QCborMap args{{QString(Field::Confirmed), confirmed}};
    m_fleet->request(serial, QString(Op::ConfirmVisually), args, this,
                     [this, serial, confirmed](const Result<QCborMap> &reply) {
                         const Error error = reply ? Error() : reply.error();
                         if (error.isError())
                             qCWarning(lcCommands).noquote() << serial << "visual check failed:" << error.toLogString();
                         Q_EMIT visualCheckFinished(serial, confirmed, error);
                     });
}

} // namespace Console
