// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/host/readerhost.h"

#include "devicelink/discovery.h"
#include "devicelink/linkserver.h"
#include "devicelink/protocol.h"
#include "devicelink/readerinfo.h"
#include "readerstack/device/readerdevice.h"
#include "readerstack/device/readerversion.h"
#include "readerstack/flow/flowclock.h"
#include "readerstack/flow/patientflow.h"
#include "readerstack/scenario/demoplayer.h"
#include "readerstack/scenario/readerscenario.h"
#include "readerstack/screen/readerscreen.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcReader)

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

Result<std::unique_ptr<ReaderHost>> ReaderHost::start(const ReaderHostOptions &options)
{
    if (!isValidSerial(options.serial))
        return Error(ErrorCode::InvalidArgument, u"serial number \""_s + options.serial + u"\" is not valid"_s);
    if (options.stateDirectory.isEmpty() || !QDir().mkpath(options.stateDirectory))
        return Error(ErrorCode::StateDirectoryUnusable, options.stateDirectory + u": cannot create"_s);
    const QFileInfo directory(options.stateDirectory);
    if (!directory.isDir() || !directory.isWritable())
        return Error(ErrorCode::StateDirectoryUnusable, options.stateDirectory + u": not a writable directory"_s);

    std::unique_ptr<ReaderHost> host(new ReaderHost);

    Error replaced;
    Result<TlsIdentity> identity = TlsIdentity::loadOrCreate(options.stateDirectory, options.serial, &replaced);
    if (!identity)
        return identity.error();
    host->m_identity = identity.value();
    if (replaced.isError())
        host->m_warnings.append(replaced);

    host->m_store = std::make_unique<ReaderStateStore>(options.stateDirectory);
    Error damage;
    Result<ReaderStateStore::Contents> contents = host->m_store->load(&damage);
    if (!contents)
        return contents.error();
    if (damage.isError())
        host->m_warnings.append(damage);
    // A new identity voids any pairing made with the old one.
    if (replaced.isError())
        contents.value().pairedConsole.clear();

    ReaderDescription description;
    description.serial = options.serial;
    description.model = readerModel();
    description.software = readerSoftwareVersion();
    description.firmware = readerFirmwareVersion();
    host->m_device = std::make_unique<ReaderDevice>(description, host->m_store.get(), contents.value());
    if (Result<void> saved = host->m_store->save(contents.value()); !saved)
        return saved.error();

    host->m_server = std::make_unique<LinkServer>(host->m_identity, host->m_device.get());
    if (Result<void> listening = host->m_server->listen(options.listenAddress, options.listenPort); !listening)
        return listening.error();
    QObject::connect(host->m_server.get(), &LinkServer::sessionFailed, host.get(),
                     [serial = options.serial](const Error &error, const QString &peer) {
                         qCWarning(lcReader).noquote() << serial << "session from" << peer << error.toLogString();
                     });

    if (!options.announceAddress.isNull()) {
        host->m_beacon = std::make_unique<DiscoveryBeacon>(options.announceAddress, options.announcePort);
        Beacon beacon;
        beacon.description = description;
        beacon.port = host->m_server->port();
        host->m_beacon->setBeacon(beacon);
        host->m_beacon->start();
    }

    ReaderHost *raw = host.get();
    QObject::connect(raw->m_device.get(), &ReaderDevice::statusChanged, raw, &ReaderHost::onStatusChanged);
    host->m_screen = std::make_unique<ReaderScreen>();
    host->m_server->setMirrorSource(host->m_screen.get());
    QObject::connect(raw->m_screen.get(), &ReaderScreen::frameRendered, raw->m_server.get(),
                     &LinkServer::publishMirrorFrame);
    if (!options.demo)
        host->startFlow();
    host->updateScreen();
    if (options.demo) {
        // A demonstration reader is in service, as a real one would be while patients use it.
        if (host->m_device->state() != ReaderState::Running) {
            if (Result<ReaderState> started = host->m_device->apply(ReaderCommand::Start); !started)
                qCWarning(lcReader).noquote() << options.serial << "demo not started:" << started.error().toLogString();
        }
        host->m_demo = std::make_unique<DemoPlayer>(raw->m_screen.get(), raw->m_screen->idleContent(),
                                                    options.demoPhaseNs);
        host->m_demo->start(options.demoOffsetNs);
    }

    for (const Error &warning : std::as_const(host->m_warnings))
        qCWarning(lcReader).noquote() << options.serial << warning.toLogString();
    qCInfo(lcReader).noquote() << options.serial << "listening on" << host->address().toString() << host->port()
                               << "state" << wireName(host->m_device->state());
    return host;
}

ReaderHost::~ReaderHost()
{
    m_flow.reset();
    m_demo.reset();
    if (m_beacon)
        m_beacon->stop();
    if (m_server)
        m_server->close();
}

QHostAddress ReaderHost::address() const
{
    return m_server->address();
}

quint16 ReaderHost::port() const
{
    return m_server->port();
}

void ReaderHost::updateScreen()
{
    if (m_demo)
        return;
    IdleScreenContent content;
    const ReaderStatus status = m_device->status();
    content.state = status.state;
    content.error = status.error;
    content.serial = m_device->description().serial;
    content.software = m_device->description().software;
    // The flow shows it whenever no card is in, and keeps its own screen otherwise.
    if (m_flow)
        m_flow->setIdleContent(content);
    else
        m_screen->showIdle(content);
}

void ReaderHost::startFlow()
{
    m_clock = std::make_unique<SystemFlowClock>();
    m_scenario = std::make_unique<ReaderScenario>(*m_clock);
    m_flow = std::make_unique<PatientFlow>(*m_screen, m_scenario->cardFaceSource(), m_scenario->faceVerifier(),
                                           *m_clock);
    applyFlowSettings(m_device->flowSettings());
    connect(m_scenario.get(), &ReaderScenario::cardPlaced, this, &ReaderHost::onCardPlaced);
    connect(m_scenario.get(), &ReaderScenario::cardRemoved, m_flow.get(), &PatientFlow::cardRemoved);
    connect(m_flow.get(), &PatientFlow::outcomeRecorded, this, &ReaderHost::onOutcome);
    connect(m_device.get(), &ReaderDevice::flowSettingsChanged, this, &ReaderHost::applyFlowSettings);
}

void ReaderHost::onStatusChanged()
{
    m_server->publishStatus();
    if (m_flow && m_device->state() != ReaderState::Running && m_flow->state() != PatientFlow::State::Idle) {
        // Out of service: the check ends now, and the screen goes back to
        // idle although the card is still in.
        m_flow->cancel();
        m_flow->cardRemoved();
    }
    updateScreen();
}

void ReaderHost::onCardPlaced(CardChannel &channel)
{
    if (m_device->state() == ReaderState::Running)
        m_flow->cardPlaced(channel);
}

void ReaderHost::onOutcome(const FlowOutcome &outcome)
{
    qCInfo(lcReader).noquote() << m_device->description().serial << "check" << FlowOutcome::resultName(outcome.result)
                               << FlowOutcome::methodName(outcome.method) << outcome.reasonCode << outcome.totalMs
                               << "ms";
    QCborMap fields;
    fields.insert(QString(Field::Outcome), outcome.toCbor());
    m_server->publishEvent(QString(EventKind::FlowOutcome), fields);
}

void ReaderHost::applyFlowSettings(const FlowSettings &settings)
{
    m_flow->setConsentSettings(settings.consent);
    m_flow->setOperatingMode(settings.mode);
    PatientFlow::Timeouts timeouts = m_flow->timeouts();
    timeouts.faceMs = qint64(settings.faceTimeoutS) * 1000;
    m_flow->setTimeouts(timeouts);
}

} // namespace ReaderStack
