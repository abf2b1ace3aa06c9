// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/consoleoptions.h"
#include "devicelink/error.h"
#include "devicelink/tlsidentity.h"

#include <QList>
#include <QObject>

#include <memory>

namespace DeviceLink {
class ReaderFleet;
class ReaderRegistry;
} // namespace DeviceLink

namespace Console {

class ConfigStore;
class EmulatedReaders;
class ConsoleLogRecorder;
class ReaderLogIngest;
class FlowOutcomeFeed;
class LogStore;
class LanguageManager;
class MirrorHub;
class ReaderCommands;
class RegistrationService;
class LicenceManager;
class ReaderSettings;
class RestartClock;
class AutoRestart;
class SecretStore;
class AutostartEntry;
class FirmwareHistory;
class ConsoleFlowActions;
class FlowLibrary;
class LiveChecks;
class ReaderFacts;
class FirmwareUpdates;
class TrainingMode;

// Everything of the console that is not a widget, built in dependency order
// from the options: data folder, config.db, the console's identity, the
// reader registry and fleet, discovery, emulated readers and the UI language.
// main.cpp and the widget tests build the same thing.
//
// Thread: GUI thread. Destroyed in reverse order: emulated readers first
// (their threads are joined), the database last.
class ConsoleCore : public QObject
{
    Q_OBJECT

public:
    // DatabaseError (config.db unusable), StateDirectoryUnusable, IdentityUnusable.
    static DeviceLink::Result<std::unique_ptr<ConsoleCore>> create(const ConsoleOptions &options);
    ~ConsoleCore() override;

    const ConsoleOptions &options() const { return m_options; }
    ConfigStore *config() const { return m_config.get(); }
    DeviceLink::ReaderRegistry *registry() const { return m_registry.get(); }
    DeviceLink::ReaderFleet *fleet() const { return m_fleet.get(); }
    ReaderCommands *commands() const { return m_commands.get(); }
    EmulatedReaders *emulated() const { return m_emulated.get(); }
    MirrorHub *mirrors() const { return m_mirrors.get(); }
    FlowOutcomeFeed *flowOutcomes() const { return m_flowOutcomes.get(); }
    // Null when the log folder could not be opened (then in startupProblems()).
    LogStore *logs() const { return m_logs.get(); }
    // The readers' own logs into the store; null without a store.
    ReaderLogIngest *readerLogs() const { return m_logIngest.get(); }
    LanguageManager *language() const { return m_language.get(); }
    SecretStore *secrets() const { return m_secrets.get(); }
    RegistrationService *registration() const { return m_registration.get(); }
    AutoRestart *autoRestart() const { return m_autoRestart.get(); }
    ReaderSettings *readerSettings() const { return m_readerSettings.get(); }
    LicenceManager *licences() const { return m_licences.get(); }
    const AutostartEntry *autostart() const { return m_autostart.get(); }
    FirmwareUpdates *firmwareUpdates() const { return m_firmwareUpdates.get(); }
    // The troubleshooting flows the console ships (resources/flows).
    const FlowLibrary *flows() const { return m_flows.get(); }
    // What the troubleshooting flows check and do, on this PC and its readers.
    const ReaderFacts *readerFacts() const { return m_readerFacts.get(); }
    LiveChecks *liveChecks() const { return m_liveChecks.get(); }
    ConsoleFlowActions *flowActions() const { return m_flowActions.get(); }
    TrainingMode *training() const { return m_training.get(); }
    QByteArray consoleFingerprint() const { return m_identity.fingerprint(); }

    // Language chosen by the user, kept in config.db.
    DeviceLink::Result<void> changeLanguage(const QString &code);

    // Problems the console worked around at start (discovery port taken,
    // identity replaced): to show once, and logged.
    const QList<DeviceLink::Error> &startupProblems() const { return m_problems; }

    QString configPath() const;
    QString logPath() const;

private:
    explicit ConsoleCore(ConsoleOptions options);

    ConsoleOptions m_options;
    DeviceLink::TlsIdentity m_identity;
    std::unique_ptr<ConfigStore> m_config;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<DeviceLink::ReaderRegistry> m_registry;
    std::unique_ptr<DeviceLink::ReaderFleet> m_fleet;
    std::unique_ptr<ReaderCommands> m_commands;
    std::unique_ptr<MirrorHub> m_mirrors;
    std::unique_ptr<FlowOutcomeFeed> m_flowOutcomes;
    std::unique_ptr<LogStore> m_logs;
    std::unique_ptr<ConsoleLogRecorder> m_logRecorder;
    std::unique_ptr<ReaderLogIngest> m_logIngest;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<RegistrationService> m_registration;
    std::unique_ptr<RestartClock> m_restartClock;
    std::unique_ptr<AutoRestart> m_autoRestart;
    std::unique_ptr<ReaderSettings> m_readerSettings;
    std::unique_ptr<LicenceManager> m_licences;
    std::unique_ptr<AutostartEntry> m_autostart;
    std::unique_ptr<EmulatedReaders> m_emulated;
    // After the readers they restart, so they go first.
    std::unique_ptr<FirmwareHistory> m_firmwareHistory;
    std::unique_ptr<FirmwareUpdates> m_firmwareUpdates;
    std::unique_ptr<FlowLibrary> m_flows;
    std::unique_ptr<ReaderFacts> m_readerFacts;
    std::unique_ptr<TrainingMode> m_training;
    std::unique_ptr<LiveChecks> m_liveChecks;
    std::unique_ptr<ConsoleFlowActions> m_flowActions;
    QList<DeviceLink::Error> m_problems;
};

} // namespace Console
