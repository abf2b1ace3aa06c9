// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/protocol.h"

#include <QHostAddress>
#include <QStringList>

namespace Console {

// How the console was started:
//   madoguchi [--emulate N [--demo]] [--data-dir DIR] [--lang ja|en]
//             [--discovery-port PORT | --no-discovery] [--minimized]
//             [--secrets auto|keychain|file] [--at-boot] [--training] [--no-wizard]
struct ConsoleOptions
{
    QString dataDirectory; // default: the platform's app data folder
    int emulate = 0;
    bool demo = false;     // emulated readers play the demo patient flow
    QString language;      // empty: the saved choice, else Japanese
    bool discovery = true;
    QHostAddress discoveryAddress = QHostAddress::Any;
    quint16 discoveryPort = DeviceLink::DefaultDiscoveryPort; // 0: any free port
    bool startMinimized = false;
    QString startPage;     // "readers" (default), "mirror", "logs", "charts", ...
    bool showHelp = false;
    // Where login-name passwords go: "auto" (the OS keychain, else the
    // encrypted file), "keychain" or "file".
    QString secretBackend = QStringLiteral("auto");
    // Started by the PC's autostart: readers are started only after the
    // start-up delay kept in config.db.
    bool atBoot = false;
    // Where the autostart entry goes; empty: AutostartEntry::defaultDirectory().
    QString autostartDirectory;
    // The emulated readers' logs get a week of sample checks (demousage.h), for
    // the documentation's screenshots.
    bool seedDemoLogs = false;
    // With emulated readers: start in the training mode, on its page.
    bool training = false;
    // The 導入ウィザード opens at start until it was finished once; scripts
    // and screenshots turn that off.
    bool onboarding = true;

    // InvalidArgument naming the bad option.
    static DeviceLink::Result<ConsoleOptions> parse(const QStringList &arguments);
    static QString usage();
    static QString defaultDataDirectory();
};

} // namespace Console
