// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/daemon/daemonoptions.h"

#include "devicelink/endpoint.h"
#include "devicelink/protocol.h"
#include "devicelink/readerinfo.h"

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

QString DaemonOptions::usage()
{
    return u"Usage: madoguchi-reader --serial SERIAL --state-dir DIR [--listen ADDRESS:PORT]\n"
           "                        [--announce ADDRESS:PORT | --no-announce] [--reset-pairing] [--demo]\n"
           "                        [--camera]\n"
           "\n"
           "Runs one card reader headless. It listens for the console on --listen\n"
           "(default 127.0.0.1:45455), keeps its identity and state in --state-dir,\n"
           "and announces itself on UDP to --announce.\n"
           "\n"
           "  --reset-pairing   forget the console this reader trusts (as the admin\n"
           "                    screen's registration reset does), then run.\n"
           "  --demo            play the scripted patient flow in a loop (demonstration).\n"
           "  --camera          check faces with the camera (the first /dev/video* that\n"
           "                    delivers pictures) against the chip photo.\n"_s;
}

Result<DaemonOptions> DaemonOptions::parse(const QStringList &arguments)
{
    DaemonOptions options;
    options.host.listenAddress = QHostAddress::LocalHost;
    options.host.listenPort = DefaultReaderPort;
    bool announceGiven = false;
    bool noAnnounce = false;

    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        auto value = [&](const QString &name) -> Result<QString> {
            if (i + 1 >= arguments.size())
                return Error(ErrorCode::InvalidArgument, name + u" needs a value"_s);
            return arguments.at(++i);
        };
        if (arg == u"--help"_s || arg == u"-h"_s) {
            options.showHelp = true;
        } else if (arg == u"--serial"_s) {
            Result<QString> v = value(arg);
            if (!v)
                return v.error();
            options.host.serial = v.value();
        } else if (arg == u"--state-dir"_s) {
            Result<QString> v = value(arg);
            if (!v)
                return v.error();
            options.host.stateDirectory = v.value();
        } else if (arg == u"--listen"_s) {
            Result<QString> v = value(arg);
            if (!v)
                return v.error();
            auto hostPort = parseEndpoint(v.value());
            if (!hostPort)
                return hostPort.error();
            options.host.listenAddress = hostPort->first;
            options.host.listenPort = hostPort->second;
        } else if (arg == u"--announce"_s) {
            Result<QString> v = value(arg);
            if (!v)
                return v.error();
            auto hostPort = parseEndpoint(v.value());
            if (!hostPort)
                return hostPort.error();
            options.host.announceAddress = hostPort->first;
            options.host.announcePort = hostPort->second;
            announceGiven = true;
        } else if (arg == u"--no-announce"_s) {
            noAnnounce = true;
        } else if (arg == u"--reset-pairing"_s) {
            options.resetPairing = true;
        } else if (arg == u"--demo"_s) {
            options.host.demo = true;
        } else if (arg == u"--camera"_s) {
            options.host.camera = true;
        } else {
            return Error(ErrorCode::InvalidArgument, u"unknown option "_s + arg);
        }
    }
    if (options.showHelp)
        return options;
    if (!isValidSerial(options.host.serial))
        return Error(ErrorCode::InvalidArgument, u"--serial is missing or not 1-32 of A-Z a-z 0-9 -"_s);
    if (options.host.stateDirectory.isEmpty())
        return Error(ErrorCode::InvalidArgument, u"--state-dir is missing"_s);
    if (noAnnounce) {
        options.host.announceAddress = QHostAddress();
    } else if (!announceGiven) {
        options.host.announceAddress = options.host.listenAddress.isLoopback() ? QHostAddress(QHostAddress::LocalHost)
                                                                               : QHostAddress(QHostAddress::Broadcast);
        options.host.announcePort = DefaultDiscoveryPort;
    }
    return options;
}

} // namespace ReaderStack
