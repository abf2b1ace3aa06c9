// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/versionreport.h"

#include "devicelink/readerregistry.h"
#include "devicelink/tlsidentity.h"

#include <QCoreApplication>
#include <QStringList>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

QString versionReport(const ReaderRegistry &registry, const QByteArray &consoleFingerprint)
{
    QStringList readers;
    for (int row = 0; row < registry.rowCount(); ++row) {
        const ReaderEntry &entry = registry.entryAt(row);
        const ReaderDescription &d = entry.description;
        readers << QCoreApplication::translate("Console::VersionReport", "%1 (%2): software %3, firmware %4")
                       .arg(d.serial, d.model.isEmpty() ? u"-"_s : d.model, d.software.isEmpty() ? u"-"_s : d.software,
                            d.firmware.isEmpty() ? u"-"_s : d.firmware);
    }
    return QCoreApplication::translate("Console::VersionReport",
                                       "Madoguchi console %1\nConsole certificate: %2\n\nCard readers:\n%3")
        .arg(QStringLiteral(MADOGUCHI_VERSION), formatFingerprint(consoleFingerprint),
             readers.isEmpty() ? QCoreApplication::translate("Console::VersionReport", "none") : readers.join(u'\n'));
}

} // namespace Console
