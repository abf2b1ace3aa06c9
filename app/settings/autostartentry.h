// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QString>

namespace Console {

// Starting Madoguchi with the PC: an XDG autostart entry that runs the
// console with --at-boot, so the readers start after the start-up delay kept
// in config.db. The entry holds no delay of its own: there is one value, and
// changing it needs no file copied by hand.
//
// Thread: any; no state besides the two paths.
class AutostartEntry
{
public:
    AutostartEntry(QString directory, QString program);

    // $XDG_CONFIG_HOME/autostart (~/.config/autostart).
    static QString defaultDirectory();

    QString filePath() const;
    bool isInstalled() const;
    // Writes or removes the entry; AutostartNotWritten naming the file.
    DeviceLink::Result<void> setInstalled(bool installed) const;
    // The entry's text: what setInstalled(true) writes.
    QByteArray contents() const;

private:
    QString m_directory;
    QString m_program;
};

} // namespace Console
