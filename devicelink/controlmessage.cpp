// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/controlmessage.h"

#include "devicelink/protocol.h"

#include <QCborParserError>
#include <QCborValue>

namespace DeviceLink {

using namespace Qt::StringLiterals;

ControlMessage::ControlMessage(const QString &type, quint64 id)
    : m_type(type)
    , m_id(id)
{
}

Result<ControlMessage> ControlMessage::decode(const QByteArray &cbor)
{
    QCborParserError parseError;
    const QCborValue root = QCborValue::fromCbor(cbor, &parseError);
    if (parseError.error != QCborError::NoError)
        return Error(ErrorCode::MalformedMessage, u"CBOR: "_s + parseError.errorString());
    if (!root.isMap())
        return Error(ErrorCode::MalformedMessage, u"control message is not a map"_s);
    QCborMap map = root.toMap();
    const QCborValue type = map.take(QString(Field::Type));
    if (!type.isString() || type.toString().isEmpty())
        return Error(ErrorCode::MalformedMessage, u"control message has no type"_s);
    ControlMessage message(type.toString());
    const QCborValue id = map.take(QString(Field::Id));
    if (!id.isUndefined()) {
        if (!id.isInteger() || id.toInteger() <= 0)
            return Error(ErrorCode::MalformedMessage, u"request id is not a positive integer"_s);
        message.m_id = quint64(id.toInteger());
    }
    message.m_fields = std::move(map);
    return message;
}

QByteArray ControlMessage::encode() const
{
    QCborMap map = m_fields;
    map.insert(QString(Field::Type), m_type);
    if (m_id != 0)
        map.insert(QString(Field::Id), qint64(m_id));
    return map.toCborValue().toCbor();
}

void ControlMessage::insert(const QString &key, const QCborValue &value)
{
    m_fields.insert(key, value);
}

QCborValue ControlMessage::value(const QString &key) const
{
    return m_fields.value(key);
}

QString ControlMessage::string(const QString &key) const
{
    return m_fields.value(key).toString();
}

qint64 ControlMessage::integer(const QString &key, qint64 fallback) const
{
    const QCborValue v = m_fields.value(key);
    return v.isInteger() ? v.toInteger() : fallback;
}

bool ControlMessage::boolean(const QString &key, bool fallback) const
{
    const QCborValue v = m_fields.value(key);
    return v.isBool() ? v.toBool() : fallback;
}

QCborMap ControlMessage::map(const QString &key) const
{
    return m_fields.value(key).toMap();
}

ControlMessage ControlMessage::request(quint64 id, const QString &op, const QCborMap &args)
{
    ControlMessage m(QString(MessageType::Request), id);
    m.insert(QString(Field::Op), op);
    if (!args.isEmpty())
        m.insert(QString(Field::Args), args);
    return m;
}

ControlMessage ControlMessage::replyOk(quint64 id, const QCborMap &result)
{
    ControlMessage m(QString(MessageType::Reply), id);
    m.insert(QString(Field::Ok), true);
    if (!result.isEmpty())
        m.insert(QString(Field::Result), result);
    return m;
}

ControlMessage ControlMessage::reply(quint64 id, const Result<QCborMap> &result)
{
    return result ? replyOk(id, result.value()) : replyError(id, result.error());
}

ControlMessage ControlMessage::replyError(quint64 id, const Error &error)
{
    ControlMessage m(QString(MessageType::Reply), id);
    m.insert(QString(Field::Ok), false);
    QCborMap e;
    e.insert(QString(Field::Code), error.number());
    e.insert(QString(Field::Message), error.detail());
    m.insert(QString(Field::Error), e);
    return m;
}

Result<QCborMap> ControlMessage::replyResult() const
{
    const QCborValue ok = m_fields.value(QString(Field::Ok));
    if (!ok.isBool())
        return Error(ErrorCode::MalformedMessage, u"reply without ok"_s);
    if (ok.toBool())
        return m_fields.value(QString(Field::Result)).toMap();
    const QCborMap e = m_fields.value(QString(Field::Error)).toMap();
    const QCborValue code = e.value(QString(Field::Code));
    if (!code.isInteger() || code.toInteger() <= 0)
        return Error(ErrorCode::MalformedMessage, u"error reply without code"_s);
    return Error::fromWire(int(code.toInteger()), e.value(QString(Field::Message)).toString());
}

} // namespace DeviceLink
