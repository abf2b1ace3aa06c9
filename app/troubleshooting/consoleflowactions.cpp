// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/consoleflowactions.h"

#include "app/readercommands.h"
#include "app/training/trainingmode.h"

#include "devicelink/readerregistry.h"

#include <QPointer>
#include <QTimer>
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

bool ConsoleFlowActions::isTrusted(const QString &serial) const
{
    const ReaderEntry *entry = m_commands->registry()->entry(serial);
    return entry && entry->trusted;
}

bool ConsoleFlowActions::settled(const QString &serial) const
{
    if (!serial.isEmpty())
        return isTrusted(serial);
    const ReaderRegistry *registry = m_commands->registry();
    for (int row = 0; row < registry->rowCount(); ++row) {
        const ReaderEntry &entry = registry->entryAt(row);
        if (entry.registered && !entry.trusted)
            return false;
    }
    return true;
}

void ConsoleFlowActions::refreshAndSettle(const QString &serial, QObject *context, Done done)
{
    // The check after 最新の情報に更新 must see what the refresh found: a
    // reader that was not connected gets time to connect again.
    m_commands->refreshAll();
    if (settled(serial))
        return answerLater(context, std::move(done), Result<void>::success());
    auto *waiter = new QObject(context);
    auto answered = std::make_shared<bool>(false);
    auto finish = [this, waiter, answered, serial, done, context](bool timedOut) {
        if (*answered || (!timedOut && !settled(serial)))
            return;
        *answered = true;
        waiter->deleteLater();
        answerLater(context, done, Result<void>::success());
    };
    const ReaderRegistry *registry = m_commands->registry();
    connect(registry, &QAbstractItemModel::dataChanged, waiter, [finish] { finish(false); });
    connect(registry, &QAbstractItemModel::rowsInserted, waiter, [finish] { finish(false); });
    auto *timer = new QTimer(waiter);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, waiter, [finish] { finish(true); });
    timer->start(m_settleTimeoutMs);
}

ConsoleFlowActions::ConsoleFlowActions(ReaderCommands *commands, TrainingMode *training, QObject *parent)
    : QObject(parent)
    , m_commands(commands)
    , m_training(training)
{
}

void ConsoleFlowActions::perform(FlowAction action, const QString &serial, QObject *context, Done done)
{
    if (action == FlowAction::EnableAdapter) {
        if (m_training) {
            if (std::optional<Result<void>> practised = m_training->enableAdapter(serial))
                return answerLater(context, std::move(done), *practised);
        }
        return answerLater(context, std::move(done),
                           Error(ErrorCode::FlowStepNotPossible,
                                 u"enabling a network adapter needs the PC's administrator"_s));
    }
    const std::optional<ReaderCommand> command = commandFor(action);
    if (!command) {
        Q_EMIT openRequested(action);
        return answerLater(context, std::move(done), Result<void>::success());
    }
    if (action == FlowAction::Refresh && (serial.isEmpty() || !isTrusted(serial)))
        return refreshAndSettle(serial, context, std::move(done));
    if (serial.isEmpty()) {
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
