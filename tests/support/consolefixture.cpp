// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "tests/support/consolefixture.h"

#include <QEventLoop>
#include <QTimer>

namespace TestSupport {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

ConsoleFixture::ConsoleFixture()
    : identity(TlsIdentity::generate(u"test console"_s).value())
    , fleet(std::make_unique<ReaderFleet>(identity, &pins, &registry))
{
}

bool ConsoleFixture::startDiscovery()
{
    return fleet->startDiscovery(QHostAddress::LocalHost, 0).ok();
}

ReaderState ConsoleFixture::stateOf(const QString &serial) const
{
    const ReaderEntry *entry = registry.entry(serial);
    return entry ? entry->state : ReaderState::WaitingForConnection;
}

bool ConsoleFixture::isTrusted(const QString &serial) const
{
    const ReaderEntry *entry = registry.entry(serial);
    return entry && entry->trusted;
}

Result<QCborMap> waitForReply(const std::function<void(ReaderLink::ReplyHandler)> &send, int timeoutMs)
{
    std::optional<Result<QCborMap>> outcome;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    send([&](const Result<QCborMap> &result) {
        outcome = result;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    if (!outcome)
        return Error(ErrorCode::RequestTimeout, u"test gave up waiting"_s);
    return *outcome;
}

bool ConsoleFixture::registerReader(const QString &serial, Error *error)
{
    Result<QCborMap> result = waitForReply([&](ReaderLink::ReplyHandler done) {
        fleet->registerReader(serial, nullptr, std::move(done));
    });
    if (!result && error)
        *error = result.error();
    return result.ok();
}

Error ConsoleFixture::command(const QString &serial, ReaderCommand command)
{
    Result<QCborMap> result = waitForReply([&](ReaderLink::ReplyHandler done) {
        fleet->sendCommand(serial, command, nullptr, std::move(done));
    });
    return result ? Error() : result.error();
}

} // namespace TestSupport
