// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/consoleoptions.h"

#include "app/emulatedreaders.h"
#include "devicelink/protocol.h"
#include "translations/languagecatalog.h"

#include <QStandardPaths>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

QString ConsoleOptions::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ConsoleOptions::usage()
{
    return u"Usage: madoguchi [--emulate N [--demo]] [--data-dir DIR] [--lang ja|en]\n"
           "                 [--discovery-port PORT | --no-discovery] [--minimized] [--page PAGE]\n"
           "                 [--secrets auto|keychain|file] [--at-boot] [--training]\n"
           "                 [--no-wizard]\n"
           "\n"
           "  --emulate N         attach N emulated card readers (1-16) at start\n"
           "  --demo              emulated readers play a scripted patient flow in a loop\n"
           "  --data-dir DIR      keep config.db, logs and emulated readers in DIR\n"
           "  --lang ja|en        user interface language (default: the saved one, else ja)\n"
           "  --discovery-port P  UDP port on which readers announce themselves (45454)\n"
           "  --no-discovery      do not listen for reader announcements\n"
           "  --minimized         start in the system tray\n"
           "  --page NAME         page to open at start: readers (default), mirror, logs,\n"
           "                      registration, messages, settings, audit, charts, firmware,\n"
           "                      troubleshooting or catalogue\n"
           "  --seed-demo-logs    with --emulate: add a week of sample checks to the logs (screenshots)\n"
           "  --secrets B         where login-name passwords are kept: auto (OS keychain, else\n"
           "                      an encrypted file; default), keychain or file\n"
           "  --at-boot           started with the PC: wait the start-up delay before starting readers\n"
           "  --training          with --emulate: start in training mode (practice faults), on its page\n"
           "  --no-wizard         do not open the setup wizard at start, even if it was never finished\n"_s;
}

Result<ConsoleOptions> ConsoleOptions::parse(const QStringList &arguments)
{
    ConsoleOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        auto value = [&]() -> Result<QString> {
            if (i + 1 >= arguments.size())
                return Error(ErrorCode::InvalidArgument, arg + u" needs a value"_s);
            return arguments.at(++i);
        };
        if (arg == u"--help"_s || arg == u"-h"_s) {
            options.showHelp = true;
        } else if (arg == u"--emulate"_s) {
            Result<QString> v = value();
            if (!v)
                return v.error();
            bool ok = false;
            options.emulate = v->toInt(&ok);
            if (!ok || options.emulate < 0 || options.emulate > EmulatedReaders::MaxReaders) {
                return Error(ErrorCode::InvalidArgument,
                             u"--emulate takes a number from 0 to %1"_s.arg(EmulatedReaders::MaxReaders));
            }
        } else if (arg == u"--data-dir"_s) {
            Result<QString> v = value();
            if (!v)
                return v.error();
            options.dataDirectory = v.value();
        } else if (arg == u"--lang"_s) {
            Result<QString> v = value();
            if (!v)
                return v.error();
            if (!Translations::availableLanguages().contains(v.value())) {
                return Error(ErrorCode::InvalidArgument,
                             u"--lang takes one of "_s + Translations::availableLanguages().join(u", "_s));
            }
            options.language = v.value();
        } else if (arg == u"--discovery-port"_s) {
            Result<QString> v = value();
            if (!v)
                return v.error();
            bool ok = false;
            const uint port = v->toUInt(&ok);
            if (!ok || port > 65535)
                return Error(ErrorCode::InvalidArgument, u"--discovery-port takes a port number"_s);
            options.discoveryPort = quint16(port);
        } else if (arg == u"--no-discovery"_s) {
            options.discovery = false;
        } else if (arg == u"--page"_s) {
            Result<QString> v = value();
            if (!v)
                return v.error();
            static const QStringList pages = {u"readers"_s,      u"mirror"_s,   u"logs"_s,     u"registration"_s,
                                              u"messages"_s,     u"settings"_s, u"audit"_s, u"charts"_s, u"firmware"_s, u"catalogue"_s, u"troubleshooting"_s};
            if (!pages.contains(v.value()))
                return Error(ErrorCode::InvalidArgument, u"--page takes "_s + pages.join(u", "_s));
            options.startPage = v.value();
        } else if (arg == u"--secrets"_s) {
            Result<QString> v = value();
            if (!v)
                return v.error();
            if (v.value() != u"auto"_s && v.value() != u"keychain"_s && v.value() != u"file"_s)
                return Error(ErrorCode::InvalidArgument, u"--secrets takes auto, keychain or file"_s);
            options.secretBackend = v.value();
        } else if (arg == u"--at-boot"_s) {
            options.atBoot = true;
        } else if (arg == u"--demo"_s) {
            options.demo = true;
        } else if (arg == u"--seed-demo-logs"_s) {
            options.seedDemoLogs = true;
        } else if (arg == u"--no-wizard"_s) {
            options.onboarding = false;
        } else if (arg == u"--training"_s) {
            options.training = true;
        } else if (arg == u"--minimized"_s) {
            options.startMinimized = true;
        } else {
            return Error(ErrorCode::InvalidArgument, u"unknown option "_s + arg);
        }
    }
    if (options.dataDirectory.isEmpty())
        options.dataDirectory = defaultDataDirectory();
    return options;
}

} // namespace Console
