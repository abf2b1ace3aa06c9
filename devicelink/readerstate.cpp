// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/readerstate.h"

#include <QCoreApplication>

namespace DeviceLink {

using namespace Qt::StringLiterals;

namespace {

QString illegalReason(ReaderState from, ReaderCommand command)
{
    return QStringLiteral("%1 is not possible while %2").arg(wireName(command), wireName(from));
}

} // namespace

Result<ReaderState> transition(ReaderState from, ReaderCommand command)
{
    switch (command) {
    case ReaderCommand::Start:
        if (from == ReaderState::Stopped || from == ReaderState::ReceptionClosed || from == ReaderState::Error)
            return ReaderState::Running;
        break;
    case ReaderCommand::Stop:
        if (from == ReaderState::Running || from == ReaderState::ReceptionClosed || from == ReaderState::Error)
            return ReaderState::Stopped;
        break;
    case ReaderCommand::CloseReception:
        if (from == ReaderState::Running)
            return ReaderState::ReceptionClosed;
        break;
    case ReaderCommand::Refresh:
        if (from != ReaderState::WaitingForConnection)
            return from;
        break;
    }
    return Error(ErrorCode::IllegalTransition, illegalReason(from, command));
}

bool isAllowed(ReaderState from, ReaderCommand command)
{
    return transition(from, command).ok();
}

QString wireName(ReaderState state)
{
    switch (state) {
    case ReaderState::WaitingForConnection:
        return u"waiting"_s;
    case ReaderState::Stopped:
        return u"stopped"_s;
    case ReaderState::Running:
        return u"running"_s;
    case ReaderState::ReceptionClosed:
        return u"receptionClosed"_s;
    case ReaderState::Updating:
        return u"updating"_s;
    case ReaderState::Error:
        return u"error"_s;
    }
    return {};
}

Result<ReaderState> stateFromWireName(const QString &name)
{
    // A reader never reports "waiting": that state belongs to the console.
    for (ReaderState s : {ReaderState::Stopped, ReaderState::Running, ReaderState::ReceptionClosed,
                          ReaderState::Updating, ReaderState::Error}) {
        if (wireName(s) == name)
            return s;
    }
    return Error(ErrorCode::MalformedMessage, u"unknown reader state "_s + name);
}

QString wireName(ReaderCommand command)
{
    switch (command) {
    case ReaderCommand::Start:
        return u"start"_s;
    case ReaderCommand::Stop:
        return u"stop"_s;
    case ReaderCommand::CloseReception:
        return u"closeReception"_s;
    case ReaderCommand::Refresh:
        return u"refresh"_s;
    }
    return {};
}

Result<ReaderCommand> commandFromWireName(const QString &name)
{
    for (ReaderCommand c :
         {ReaderCommand::Start, ReaderCommand::Stop, ReaderCommand::CloseReception, ReaderCommand::Refresh}) {
        if (wireName(c) == name)
            return c;
    }
    return Error(ErrorCode::UnsupportedMessage, u"unknown command "_s + name);
}

QString displayName(ReaderState state)
{
    switch (state) {
    case ReaderState::WaitingForConnection:
        return QCoreApplication::translate("DeviceLink::ReaderState", "Waiting for connection");
    case ReaderState::Stopped:
        return QCoreApplication::translate("DeviceLink::ReaderState", "Stopped");
    case ReaderState::Running:
        return QCoreApplication::translate("DeviceLink::ReaderState", "Running");
    case ReaderState::ReceptionClosed:
        return QCoreApplication::translate("DeviceLink::ReaderState", "Reception closed");
    case ReaderState::Updating:
        return QCoreApplication::translate("DeviceLink::ReaderState", "Updating");
    case ReaderState::Error:
        return QCoreApplication::translate("DeviceLink::ReaderState", "Error");
    }
    return {};
}

QString displayName(ReaderCommand command)
{
    switch (command) {
    case ReaderCommand::Start:
        return QCoreApplication::translate("DeviceLink::ReaderCommand", "Start", "start the card reader (起動)");
    case ReaderCommand::Stop:
        return QCoreApplication::translate("DeviceLink::ReaderCommand", "Stop", "stop the card reader (終了)");
    case ReaderCommand::CloseReception:
        return QCoreApplication::translate("DeviceLink::ReaderCommand", "Close reception",
                                           "stop accepting patients (受付終了)");
    case ReaderCommand::Refresh:
        return QCoreApplication::translate("DeviceLink::ReaderCommand", "Refresh", "refresh the information (更新)");
    }
    return {};
}

} // namespace DeviceLink
