// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "tests/support/fakereader.h"

#include "devicelink/protocol.h"

namespace TestSupport {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

FakeReader::FakeReader(const QString &serial, const TlsIdentity &identity)
    : m_serial(serial)
    , m_identity(identity.isNull() ? TlsIdentity::generate(serial).value() : identity)
    , m_server(std::make_unique<LinkServer>(m_identity, this))
{
}

bool FakeReader::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port).ok();
}

void FakeReader::setState(ReaderState state)
{
    m_state = state;
    m_server->publishStatus();
}

ReaderDescription FakeReader::description() const
{
    return {m_serial, u"FAKE"_s, u"9.9.9"_s, u"FAKE_FW"_s};
}

ReaderStatus FakeReader::status() const
{
    ReaderStatus s;
    s.state = m_state;
    return s;
}

Result<QCborMap> FakeReader::handleRequest(const QString &op, const QCborMap &)
{
    ++requestsHandled;
    if (op == Op::Status)
        return status().toFields();
    Result<ReaderCommand> command = commandFromWireName(op);
    if (!command)
        return command.error();
    Result<ReaderState> next = transition(m_state, command.value());
    if (!next)
        return next.error();
    m_state = next.value();
    m_server->publishStatus();
    return status().toFields();
}

Result<void> FakeReader::setPairedConsole(const QByteArray &fingerprint)
{
    m_paired = fingerprint;
    return {};
}

} // namespace TestSupport
