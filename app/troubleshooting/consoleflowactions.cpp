// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/consoleflowactions.h"

#include "app/readercommands.h"

#include <QPointer>
#include <memory>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

using Done = std::function<void(const Result<void> &)>;

// FlowActions answer later, never from inside perform().
void answerLater(QObject *context, Done done, Result<void> result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

std::optional<ReaderCommand> commandFor(FlowAction action)
{
    switch (action) {
    case FlowAction::Start:
        return ReaderCommand::Start;
    case FlowAction::Stop:
        return ReaderCommand::Stop;
    case FlowAction::CloseReception:
        return ReaderCommand::CloseReception;
    case FlowAction::Refresh:
        return ReaderCommand::Refresh;
    default:
        return std::nullopt;
    }
}

} // namespace

ConsoleFlowActions::ConsoleFlowActions(ReaderCommands *commands, QObject *parent)
    : QObject(parent)
    , m_commands(commands)
{
}

void ConsoleFlowActions::perform(FlowAction action, const QString &serial, QObject *context, Done done)
{
    if (action == FlowAction::EnableAdapter) {
        return answerLater(context, std::move(done),
                           Error(ErrorCode::FlowStepNotPossible,
                                 u"enabling a network adapter needs the PC's administrator"_s));
    }
    const std::optional<ReaderCommand> command = commandFor(action);
    if (!command) {
        Q_EMIT openRequested(action);
        return answerLater(context, std::move(done), Result<void>::success());
    }
    if (serial.isEmpty()) {
        if (action == FlowAction::Refresh) {
            m_commands->refreshAll();
            return answerLater(context, std::move(done), Result<void>::success());
        }
        return answerLater(context, std::move(done),
                           Error(ErrorCode::FlowStepNotPossible, u"no card reader chosen"_s));
    }
    // One answer per perform(): the first commandFinished of this reader and command.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_commands, &ReaderCommands::commandFinished, context,
                          [connection, serial, command, done, context](const QString &finished, ReaderCommand ran,
                                                                      const Error &error) {
                              if (finished != serial || ran != *command)
                                  return;
                              disconnect(*connection);
                              answerLater(context, done, error.isError() ? Result<void>(error)
                                                                         : Result<void>::success());
                          });
    m_commands->run(serial, *command);
}

} // namespace Console
