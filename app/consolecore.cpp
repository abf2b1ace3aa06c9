// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/consolecore.h"

#include "app/configstore.h"
#include "app/emulatedreaders.h"
#include "app/firmware/firmwarehistory.h"
#include "app/firmware/firmwareupdates.h"
#include "app/firmware/fleetreaderupdater.h"
#include "app/flow/flowoutcomefeed.h"
#include "app/languagemanager.h"
#include "app/licence/licence.h"
#include "app/logs/consolelogrecorder.h"
#include "app/logs/logstore.h"
#include "app/logs/readerlogingest.h"
#include "app/mirror/mirrorhub.h"
#include "app/readercommands.h"
#include "app/registration/registrationservice.h"
#include "app/secrets/secretstore.h"
#include "app/settings/autorestart.h"
#include "app/settings/autostartentry.h"
#include "app/settings/readersettings.h"
#include "app/training/traininglivechecks.h"
#include "app/training/trainingmode.h"
#include "app/troubleshooting/consoleflowactions.h"
#include "app/troubleshooting/flowlibrary.h"
#include "app/troubleshooting/linuxlivechecks.h"
#include "app/troubleshooting/registryreaderfacts.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerregistry.h"
#include "translations/languagecatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QVersionNumber>

Q_LOGGING_CATEGORY(lcConsole, "madoguchi.console")

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

ConsoleCore::ConsoleCore(ConsoleOptions options)
    : m_options(std::move(options))
{
}

ConsoleCore::~ConsoleCore()
{
    m_emulated.reset();
    m_readerSettings.reset();
    m_licences.reset();
    m_autoRestart.reset();
    m_restartClock.reset();
    m_registration.reset();
    m_secrets.reset();
    m_logIngest.reset();
    m_logRecorder.reset();
    m_flowOutcomes.reset();
    m_logs.reset();
    m_mirrors.reset();
    m_commands.reset();
    m_fleet.reset();
    m_registry.reset();
    m_language.reset();
    m_config.reset();
}

QString ConsoleCore::configPath() const
{
    return QDir(m_options.dataDirectory).filePath(u"config.db"_s);
}

QString ConsoleCore::logPath() const
{
    return QDir(m_options.dataDirectory).filePath(u"logs/console.log"_s);
}

Result<std::unique_ptr<ConsoleCore>> ConsoleCore::create(const ConsoleOptions &options)
{
    std::unique_ptr<ConsoleCore> core(new ConsoleCore(options));
    const QDir data(options.dataDirectory);
    if (!QDir().mkpath(options.dataDirectory))
        return Error(ErrorCode::StateDirectoryUnusable, options.dataDirectory);

    Result<std::unique_ptr<ConfigStore>> config = ConfigStore::open(core->configPath());
    if (!config)
        return config.error();
    core->m_config = std::move(config).value();

    Error replaced;
    Result<TlsIdentity> identity =
        TlsIdentity::loadOrCreate(data.filePath(u"identity"_s), u"Madoguchi console"_s, &replaced);
    if (!identity)
        return identity.error();
    core->m_identity = identity.value();
    if (replaced.isError())
        core->m_problems.append(replaced);

    core->m_language = std::make_unique<LanguageManager>();
    const QString language = !options.language.isEmpty()
        ? options.language
        : core->m_config->setting(QString::fromLatin1(SettingKey::Language), Translations::defaultLanguage());
    if (Result<void> set = core->m_language->setLanguage(language); !set)
        core->m_language->setLanguage(Translations::defaultLanguage());

    core->m_registry = std::make_unique<ReaderRegistry>();
    core->m_fleet = std::make_unique<ReaderFleet>(core->m_identity, core->m_config.get(), core->m_registry.get());
    QObject::connect(core->m_fleet.get(), &ReaderFleet::linkProblem, core.get(),
                     [](const QString &serial, const Error &error) {
                         qCInfo(lcConsole).noquote() << serial << error.toLogString();
                     });
    if (options.discovery) {
        if (Result<void> listening = core->m_fleet->startDiscovery(options.discoveryAddress, options.discoveryPort);
            !listening) {
            core->m_problems.append(listening.error());
        }
    }
    core->m_commands = std::make_unique<ReaderCommands>(core->m_fleet.get(), core->m_registry.get());
    core->m_mirrors = std::make_unique<MirrorHub>(core->m_fleet.get(), core->m_registry.get());
    core->m_flowOutcomes = std::make_unique<FlowOutcomeFeed>(core->m_fleet.get());
    // The console works without its log store (the front desk must go on);
    // the problem is shown once at start.
    if (Result<std::unique_ptr<LogStore>> logs = LogStore::open(data.filePath(u"logstore"_s)); logs) {
        core->m_logs = std::move(logs).value();
        core->m_logRecorder =
            std::make_unique<ConsoleLogRecorder>(core->m_logs.get(), core->m_registry.get(), core->m_fleet.get());
        core->m_logIngest = std::make_unique<ReaderLogIngest>(core->m_logs.get(), core->m_fleet.get());
    } else {
        core->m_problems.append(logs.error());
    }
    core->m_secrets = SecretStore::create(options.secretBackend, data.filePath(u"secrets"_s));
    core->m_registration = std::make_unique<RegistrationService>(core->m_fleet.get(), core->m_registry.get(),
                                                                 core->m_config.get(), core->m_secrets.get());
    core->m_restartClock = std::make_unique<SystemRestartClock>();
    core->m_autoRestart = std::make_unique<AutoRestart>(core->m_registry.get(), core->m_commands.get(),
                                                        core->m_config.get(), core->m_restartClock.get());
    core->m_licences = std::make_unique<LicenceManager>(data.filePath(u"licences"_s));
    core->m_autostart = std::make_unique<AutostartEntry>(
        options.autostartDirectory.isEmpty() ? AutostartEntry::defaultDirectory() : options.autostartDirectory,
        QCoreApplication::applicationFilePath());
    core->m_commands->setStartGate([raw = core.get()](const QString &serial) {
        // Emulated readers are for trying and training: no licence needed.
        if (!raw->m_licences || (raw->m_emulated && raw->m_emulated->reader(serial)))
            return Error();
        QStringList registered;
        for (const QString &s : raw->m_registry->serials()) {
            if (raw->m_registry->entry(s)->registered && !(raw->m_emulated && raw->m_emulated->reader(s)))
                registered << s;
        }
        return raw->m_licences->check(serial, registered);
    });
    core->m_readerSettings = std::make_unique<ReaderSettings>(core->m_fleet.get(), core->m_registry.get(),
                                                              core->m_config.get());
    core->m_emulated = std::make_unique<EmulatedReaders>(core->m_fleet.get(), data.filePath(u"emulated"_s));
    core->m_emulated->setDemo(core->m_options.demo);
    core->m_firmwareHistory = std::make_unique<FirmwareHistory>(data.filePath(u"firmware-history.jsonl"_s));
    core->m_firmwareHistory->load();
    core->m_firmwareUpdates = std::make_unique<FirmwareUpdates>(
        core->m_fleet.get(), core->m_registry.get(), core->m_firmwareHistory.get(),
        [raw = core.get()](const QString &serial) {
            // A reader of its own is restarted here; any other one is asked
            // to restart itself.
            if (!raw->m_emulated->reader(serial))
                return FleetReaderUpdater::requestRestart(raw->m_fleet.get(), serial);
            if (Result<void> restarted = raw->m_emulated->restart(serial); !restarted)
                qCWarning(lcConsole).noquote() << serial << restarted.error().toLogString();
        });

    core->m_flows = std::make_unique<FlowLibrary>();
    core->m_flows->load();
    // A broken flow file costs that flow, not the console.
    for (const Error &problem : core->m_flows->problems())
        qCWarning(lcConsole).noquote() << problem.toLogString();
    core->m_readerFacts = std::make_unique<RegistryReaderFacts>(
        core->m_registry.get(), [raw = core.get()] {
            // As for the start gate: an emulated reader needs no licence.
            return raw->m_licences->readerLimit() + int(raw->m_emulated->serials().size());
        });
    core->m_training = std::make_unique<TrainingMode>(core->m_emulated.get());
    LinuxLiveChecks::Environment platform;
    platform.logDirectory = QFileInfo(core->logPath()).absolutePath();
    platform.minimumSoftware =
        QVersionNumber::fromString(FirmwareUpdates::minimumSupportedFirmware().numbers());
    core->m_liveChecks = std::make_unique<TrainingLiveChecks>(
        std::make_unique<LinuxLiveChecks>(std::move(platform), core->m_readerFacts.get()), core->m_training.get(),
        core->m_emulated.get());
    core->m_flowActions = std::make_unique<ConsoleFlowActions>(core->m_commands.get(), core->m_training.get());

    for (const Error &problem : std::as_const(core->m_problems))
        qCWarning(lcConsole).noquote() << problem.toLogString();
    return core;
}

Result<void> ConsoleCore::changeLanguage(const QString &code)
{
    if (Result<void> set = m_language->setLanguage(code); !set)
        return set;
    m_registry->retranslate();
    const QString previous = m_config->setting(QString::fromLatin1(SettingKey::Language));
    if (Result<void> saved = m_config->setSetting(QString::fromLatin1(SettingKey::Language), code); !saved)
        return saved;
    return previous == code ? Result<void>() : m_config->recordChange(QString::fromLatin1(SettingKey::Language), previous, code);
}

} // namespace Console
