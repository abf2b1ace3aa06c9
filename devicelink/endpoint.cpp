// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/endpoint.h"

namespace DeviceLink {

using namespace Qt::StringLiterals;

Result<std::pair<QHostAddress, quint16>> parseEndpoint(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(u':');
    const Error invalid(ErrorCode::InvalidArgument, u"\""_s + trimmed + u"\" is not ADDRESS:PORT"_s);
    if (colon <= 0)
        return invalid;
    QString host = trimmed.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    bool ok = false;
    const uint port = trimmed.mid(colon + 1).toUInt(&ok);
    if (address.isNull() || !ok || port == 0 || port > 65535)
        return invalid;
    return std::pair{address, quint16(port)};
}

} // namespace DeviceLink
