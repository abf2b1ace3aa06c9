// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/readerinfo.h"

#include "devicelink/protocol.h"

namespace DeviceLink {

using namespace Qt::StringLiterals;

namespace {

// Versions and model names are shown to people; cap them so a hostile peer
// cannot fill the UI or the database.
QString boundedString(const QCborMap &fields, QLatin1String key)
{
    return fields.value(key).toString().left(64);
}

} // namespace

bool isValidSerial(const QString &serial)
{
    if (serial.isEmpty() || serial.size() > 32)
        return false;
    for (QChar c : serial) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QCborMap ReaderDescription::toFields() const
{
    QCborMap m;
    m.insert(Field::Serial, serial);
    m.insert(Field::Model, model);
    m.insert(Field::Software, software);
    m.insert(Field::Firmware, firmware);
    return m;
}

Result<ReaderDescription> ReaderDescription::fromFields(const QCborMap &fields)
{
    ReaderDescription d;
    d.serial = fields.value(Field::Serial).toString();
    if (!isValidSerial(d.serial))
        return Error(ErrorCode::MalformedMessage, u"invalid serial number"_s);
    d.model = boundedString(fields, Field::Model);
    d.software = boundedString(fields, Field::Software);
    d.firmware = boundedString(fields, Field::Firmware);
    return d;
}

ControlMessage ReaderHello::toMessage() const
{
    ControlMessage m{QString(MessageType::Hello)};
    const QCborMap fields = description.toFields();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        m.insert(it.key().toString(), it.value());
    m.insert(QString(Field::Version), protocolMajor);
    m.insert(QString(Field::Minor), protocolMinor);
    m.insert(QString(Field::Role), QString(Role::Reader));
    m.insert(QString(Field::Paired), paired);
    m.insert(QString(Field::Trusted), trusted);
    return m;
}

Result<ReaderHello> ReaderHello::fromMessage(const ControlMessage &message)
{
    if (message.type() != MessageType::Hello || message.string(QString(Field::Role)) != Role::Reader)
        return Error(ErrorCode::MalformedMessage, u"not a reader hello"_s);
    ReaderHello hello;
    hello.protocolMajor = int(message.integer(QString(Field::Version)));
    hello.protocolMinor = int(message.integer(QString(Field::Minor)));
    if (hello.protocolMajor != ProtocolMajor) {
        return Error(ErrorCode::ProtocolVersionMismatch,
                     QStringLiteral("reader speaks v%1, console v%2").arg(hello.protocolMajor).arg(ProtocolMajor));
    }
    Result<ReaderDescription> description = ReaderDescription::fromFields(message.fields());
    if (!description)
        return description.error();
    hello.description = description.value();
    hello.paired = message.boolean(QString(Field::Paired));
    hello.trusted = message.boolean(QString(Field::Trusted));
    return hello;
}

QCborMap ReaderStatus::toFields() const
{
    QCborMap m;
    m.insert(Field::State, wireName(state));
    if (error.isError())
        m.insert(Field::Error, error.number());
    m.insert(Field::Uptime, uptimeMs);
    if (visualCheckPending)
        m.insert(Field::VisualCheck, true);
    return m;
}

Result<ReaderStatus> ReaderStatus::fromFields(const QCborMap &fields)
{
    Result<ReaderState> state = stateFromWireName(fields.value(Field::State).toString());
    if (!state)
        return state.error();
    ReaderStatus s;
    s.state = state.value();
    const QCborValue error = fields.value(Field::Error);
    if (error.isInteger() && error.toInteger() > 0 && error.toInteger() < 100000)
        s.error = Error::fromWire(int(error.toInteger()), {});
    s.uptimeMs = qMax<qint64>(0, fields.value(Field::Uptime).toInteger());
    s.visualCheckPending = fields.value(Field::VisualCheck).toBool(false);
    return s;
}

} // namespace DeviceLink
