// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "tests/support/testenvironment.h"

#include <QTcpServer>

namespace TestSupport {

QString readerBinary()
{
    return qEnvironmentVariable("MADOGUCHI_READER_BIN");
}

QString consoleBinary()
{
    return qEnvironmentVariable("MADOGUCHI_CONSOLE_BIN");
}

QString sourceDirectory()
{
    return qEnvironmentVariable("MADOGUCHI_SOURCE_DIR");
}

quint16 freeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace TestSupport
