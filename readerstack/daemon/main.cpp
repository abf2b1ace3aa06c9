// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/logfile.h"
#include "readerstack/daemon/daemonoptions.h"
#include "readerstack/daemon/facematchcommand.h"
#include "readerstack/daemon/ocrcommand.h"
#include "readerstack/daemon/screenscommand.h"
#include "readerstack/daemon/terminationwatcher.h"
#include "readerstack/device/readerdevice.h"
#include "readerstack/device/readerstatestore.h"
#include "readerstack/host/readerhost.h"

#include <QDir>
#include <QGuiApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <vector>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

namespace {

// Exit codes a supervisor (systemd, the test harness) can act on.
enum ExitCode { Ok = 0, Usage = 2, StateUnusable = 3, PortInUse = 4, Failure = 5 };

// QGuiApplication::exec()'s result when the console asked for a restart.
constexpr int RestartRequested = 75;

int exitCodeFor(const Error &error)
{
    switch (error.code()) {
    case ErrorCode::InvalidArgument:
        return Usage;
    case ErrorCode::StateDirectoryUnusable:
    case ErrorCode::StateFileCorrupt:
        return StateUnusable;
    case ErrorCode::AddressInUse:
        return PortInUse;
    default:
        return Failure;
    }
}

void printError(const Error &error)
{
    const QByteArray text = (u"madoguchi-reader: "_s + error.toLogString() + u'\n').toUtf8();
    fputs(text.constData(), stderr);
}

// The same binary with the same options, as a supervisor would start it
// after a power cycle; a pairing reset is not done twice.
int restart(int argc, char *argv[])
{
    std::vector<char *> arguments;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--reset-pairing") != 0)
            arguments.push_back(argv[i]);
    }
    arguments.push_back(nullptr);
    ::execv("/proc/self/exe", arguments.data());
    std::fprintf(stderr, "madoguchi-reader: cannot start again: %s\n", std::strerror(errno));
    return Failure;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "ocr") == 0) {
        QCoreApplication app(argc, argv);
        return runOcrCommand(QCoreApplication::arguments().mid(2));
    }
    if (argc > 1 && qstrcmp(argv[1], "face-match") == 0) {
        QCoreApplication app(argc, argv);
        return runFaceMatchCommand(QCoreApplication::arguments().mid(2));
    }
    if (argc > 1 && qstrcmp(argv[1], "screens") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runScreensCommand(QGuiApplication::arguments().mid(2));
    }
    // The reader draws its screen off-screen; it needs no display server.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"madoguchi-reader"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));

    Result<DaemonOptions> options = DaemonOptions::parse(QGuiApplication::arguments());
    if (!options) {
        printError(options.error());
        fputs(DaemonOptions::usage().toUtf8().constData(), stderr);
        return Usage;
    }
    if (options->showHelp) {
        fputs(DaemonOptions::usage().toUtf8().constData(), stdout);
        return Ok;
    }
    const QString stateDirectory = options->host.stateDirectory;
    if (!QDir().mkpath(stateDirectory)) {
        printError(Error(ErrorCode::StateDirectoryUnusable, stateDirectory));
        return StateUnusable;
    }
    if (Result<void> logging = installLogFile(QDir(stateDirectory).filePath(u"reader.log"_s)); !logging) {
        printError(logging.error());
        return StateUnusable;
    }

    if (options->resetPairing) {
        ReaderStateStore store(stateDirectory);
        Result<ReaderStateStore::Contents> contents = store.load();
        if (contents) {
            contents.value().pairedConsole.clear();
            if (Result<void> saved = store.save(contents.value()); !saved) {
                printError(saved.error());
                return StateUnusable;
            }
        }
    }

    options->host.restart = [] { QGuiApplication::exit(RestartRequested); };
    Result<std::unique_ptr<ReaderHost>> host = ReaderHost::start(options->host);
    if (!host) {
        printError(host.error());
        return exitCodeFor(host.error());
    }

    TerminationWatcher termination;
    QObject::connect(&termination, &TerminationWatcher::terminationRequested, &app, [](int) {
        QGuiApplication::quit();
    });
    const int status = QGuiApplication::exec();
    host.value().reset();
    uninstallLogFile();
    if (status == RestartRequested)
        return restart(argc, argv);
    return status;
}
