// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "tools/common/toolconsole.h"

#include <QFile>

namespace ToolConsole {

using namespace Qt::StringLiterals;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QByteArray readKey(const QString &path, qsizetype size, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = path + u": "_s + file.errorString();
        return {};
    }
    const QByteArray key = QByteArray::fromBase64(file.read(4096).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != size) {
        *problem = path + u": not a Base64 key of %1 bytes"_s.arg(size);
        return {};
    }
    return key;
}

} // namespace ToolConsole
