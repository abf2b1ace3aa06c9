// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>

namespace DeviceLink {

// One message on the control channel: a CBOR map whose key "t" names the
// type and whose optional key "id" ties a reply to its request. All other
// keys are the message's fields; unknown ones are ignored by readers of the
// message, which is how the protocol stays compatible across versions.
class DEVICELINK_EXPORT ControlMessage
{
public:
    ControlMessage() = default;
    explicit ControlMessage(const QString &type, quint64 id = 0);

    static Result<ControlMessage> decode(const QByteArray &cbor);
    QByteArray encode() const;

    QString type() const { return m_type; }
    quint64 id() const { return m_id; }
    bool hasId() const { return m_id != 0; }

    const QCborMap &fields() const { return m_fields; }
    void insert(const QString &key, const QCborValue &value);
    QCborValue value(const QString &key) const;
    QString string(const QString &key) const;
    qint64 integer(const QString &key, qint64 fallback = 0) const;
    bool boolean(const QString &key, bool fallback = false) const;
    QCborMap map(const QString &key) const;

    // Requests and replies: every request gets exactly one reply.
    static ControlMessage request(quint64 id, const QString &op, const QCborMap &args = {});
    static ControlMessage replyOk(quint64 id, const QCborMap &result = {});
    static ControlMessage replyError(quint64 id, const Error &error);
    // replyOk with the value, or replyError with the error.
    static ControlMessage reply(quint64 id, const Result<QCborMap> &result);
    // For a reply: the result map, or the error it carries.
    Result<QCborMap> replyResult() const;

private:
    QString m_type;
    quint64 m_id = 0;
    QCborMap m_fields;
};

} // namespace DeviceLink
