// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/charts/demousage.h"
#include "app/configstore.h"
#include "app/consolecore.h"
#include "app/consoleoptions.h"
#include "app/emulatedreaders.h"
#include "app/logs/logstore.h"
#include "app/onboarding/onboardingprogress.h"
#include "app/readercommands.h"
#include "app/training/trainingmode.h"
#include "devicelink/logfile.h"
#include "views/mainwindow/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// config.db that cannot be used: offer to keep it aside and start afresh,
// rather than leave the front desk without its console.
bool offerFreshConfig(const ConsoleOptions &options, const Error &error)
{
    const QString path = QDir(options.dataDirectory).filePath(u"config.db"_s);
    const auto answer = QMessageBox::critical(
        nullptr, QCoreApplication::translate("main", "Madoguchi"),
        QCoreApplication::translate("main",
                                    "The settings database cannot be used:\n%1\n\nMadoguchi can keep the damaged file "
                                    "aside and start with empty settings. Registered card readers must then be "
                                    "registered again.\n\nStart with empty settings?")
            .arg(error.detail()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    const QString aside = path + u".damaged-"_s + QDateTime::currentDateTime().toString(u"yyyyMMddHHmmss"_s);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::rename(path + suffix, aside + suffix);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"madoguchi"_s);
    QApplication::setApplicationDisplayName(u"Madoguchi"_s);
    QApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));
    QApplication::setOrganizationName(u"madoguchi"_s);

    Result<ConsoleOptions> options = ConsoleOptions::parse(QApplication::arguments());
    if (!options) {
        fputs(("madoguchi: "_L1 + options.error().detail() + u"\n\n"_s + ConsoleOptions::usage()).toUtf8().constData(),
              stderr);
        return 2;
    }
    if (options->showHelp) {
        fputs(ConsoleOptions::usage().toUtf8().constData(), stdout);
        return 0;
    }
    if (Result<void> logging = installLogFile(QDir(options->dataDirectory).filePath(u"logs/console.log"_s)); !logging)
        fputs(("madoguchi: "_L1 + logging.error().toLogString() + u'\n').toUtf8().constData(), stderr);

    Result<std::unique_ptr<ConsoleCore>> core = ConsoleCore::create(options.value());
    if (!core && core.error().code() == ErrorCode::DatabaseError && offerFreshConfig(options.value(), core.error()))
        core = ConsoleCore::create(options.value());
    if (!core) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Madoguchi"),
                              QCoreApplication::translate("main", "Madoguchi cannot start: %1 (%2)\n\n%3")
                                  .arg(core.error().message(), core.error().codeString(), core.error().detail()));
        return 1;
    }

    if (options->seedDemoLogs && core.value()->logs()) {
        QStringList serials;
        for (int i = 1; i <= options->emulate; ++i)
            serials << u"EMU-"_s + QString::number(i).rightJustified(4, u'0');
        Console::seedDemoLogs(*core.value()->logs(), serials, 7, QDateTime::currentMSecsSinceEpoch());
        core.value()->logs()->flush();
    }

    int status = 0;
    {
        Views::MainWindow window(core.value().get());
        if (!options->startMinimized || !window.trayIcon())
            window.show();
        QStringList problems;
        for (const Error &problem : core.value()->startupProblems())
            problems << problem.message() + u" ("_s + problem.codeString() + u')';
        if (!problems.isEmpty())
            window.statusBar()->showMessage(problems.join(u"  "_s), 20000);
        // Started with the PC: give its USB network adapters the start-up delay
        // (config.db, one value) before the readers are started and asked.
        const int delayMs = options->atBoot ? core.value()->config()->startupDelaySeconds() * 1000 : 0;
        if (delayMs > 0) {
            window.statusBar()->showMessage(
                QCoreApplication::translate("main", "Card readers start in %1 s (start-up delay).")
                    .arg(delayMs / 1000),
                delayMs);
        }
        QTimer::singleShot(delayMs, &window, [&window, &core, emulate = options->emulate,
                                              training = options->training] {
            if (emulate > 0)
                window.attachEmulated(emulate);
            // Asked for on the command line, so not asked again.
            if (training && !core.value()->emulated()->serials().isEmpty()) {
                core.value()->training()->setEnabled(true);
                window.showPage(u"training"_s);
            }
            core.value()->commands()->refreshAll();
        });
        window.showPage(options->startPage);
        // First run: the 導入ウィザード beside the window, once it is shown. Not
        // when started with the PC or in the tray: nobody is there to use it.
        if (options->onboarding && window.isVisible() && !options->atBoot
            && !OnboardingProgress(core.value()->config()).isCompleted())
            QTimer::singleShot(0, &window, &Views::MainWindow::showOnboarding);
        status = QApplication::exec();
    }
    core.value().reset();
    uninstallLogFile();
    return status;
}
