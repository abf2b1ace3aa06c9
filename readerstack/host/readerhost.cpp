// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/host/readerhost.h"

#include "devicelink/discovery.h"
#include "devicelink/firmware/vendorversion.h"
#include "devicelink/linkserver.h"
#include "devicelink/protocol.h"
#include "devicelink/readerinfo.h"
#include "devicelink/monotonicclock.h"
#include "readerstack/admin/cornertapsequence.h"
#include "readerstack/device/readerdevice.h"
#include "readerstack/device/readerversion.h"
#include "readerstack/face/camerafaceverifier.h"
#include "readerstack/face/facequality.h"
#include "readerstack/firmware/firmwareslots.h"
#include "readerstack/firmware/firmwareupdater.h"
#include "readerstack/flow/flowclock.h"
#include "readerstack/flow/patientflow.h"
#include "readerstack/logs/readerlogrecorder.h"
#include "readerstack/logs/readerlogstore.h"
#include "readerstack/scenario/demoplayer.h"
#include "readerstack/scenario/readerscenario.h"
#include "readerstack/screen/readerscreen.h"
#include "readerstack/screen/screentext.h"
#include "readerstack/training/faultinjector.h"
#include "readerstack/training/testpatient.h"

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

    // The software slot this start runs decides the version every peer and
    // screen sees. A reader whose slots are unusable still serves patients
    // on the software it was built with, and says so in its warnings.
    QString firmware = readerFirmwareVersion();
    Error slotDamage;
    if (Result<std::unique_ptr<FirmwareSlots>> slots =
            FirmwareSlots::open(QDir(options.stateDirectory).filePath(u"firmware"_s), firmware, &slotDamage);
        slots) {
        host->m_firmware = std::move(slots).value();
        if (host->m_firmware->boot().rolledBack)
            host->m_warnings.append(
                Error(ErrorCode::FirmwareRolledBack, u"back to "_s + host->m_firmware->bootedVersion()));
        firmware = host->m_firmware->bootedVersion();
    } else {
        host->m_warnings.append(slots.error());
    }
    if (slotDamage.isError())
        host->m_warnings.append(slotDamage);

    ReaderDescription description;
    description.serial = options.serial;
    description.model = readerModel();
    const std::optional<VendorVersion> version = VendorVersion::parse(firmware);
    description.software = version ? version->numbers() : readerSoftwareVersion();
    description.firmware = firmware;
    host->m_device = std::make_unique<ReaderDevice>(description, host->m_store.get(), contents.value());
    host->m_device->setRestartHandler(options.restart);
    if (Result<void> saved = host->m_store->save(contents.value()); !saved)
        return saved.error();

    host->m_server = std::make_unique<LinkServer>(host->m_identity, host->m_device.get());
    if (host->m_firmware) {
        host->m_updater = std::make_unique<FirmwareUpdater>(host->m_firmware.get(), description.model);
        host->m_server->setBundleSink(host->m_updater.get());
    }
    if (Result<void> listening = host->m_server->listen(options.listenAddress, options.listenPort); !listening)
        return listening.error();
    QObject::connect(host->m_server.get(), &LinkServer::sessionFailed, host.get(),
                     [serial = options.serial](const Error &error, const QString &peer) {
                         qCWarning(lcReader).noquote() << serial << "session from" << peer << error.toLogString();
                     });

    Beacon beacon;
    beacon.description = description;
    beacon.port = host->m_server->port();
    if (!options.announceAddress.isNull()) {
        host->m_beacon = std::make_unique<DiscoveryBeacon>(options.announceAddress, options.announcePort);
        host->m_beacon->setBeacon(beacon);
        host->m_beacon->start();
    }

    ReaderHost *raw = host.get();
    QObject::connect(raw->m_device.get(), &ReaderDevice::statusChanged, raw, &ReaderHost::onStatusChanged);
    QObject::connect(raw->m_device.get(), &ReaderDevice::screenMessageChanged, raw, &ReaderHost::updateScreen);
    host->m_screen = std::make_unique<ReaderScreen>();
    host->m_server->setMirrorSource(host->m_screen.get());
    QObject::connect(raw->m_screen.get(), &ReaderScreen::frameRendered, raw->m_server.get(),
                     &LinkServer::publishMirrorFrame);
    host->m_faults = std::make_unique<FaultInjector>(*raw->m_server, raw->m_beacon.get(), beacon, *raw->m_screen,
                                                     *raw->m_device);
    host->m_corners = std::make_unique<CornerTapSequence>(QSize(ReaderScreen::Width, ReaderScreen::Height));
    host->m_tapClock = options.tapClock ? options.tapClock : [] { return monotonicNs() / 1000000; };
    QObject::connect(raw->m_screen.get(), &ReaderScreen::pressed, raw, &ReaderHost::onPressed);
    QObject::connect(raw->m_device.get(), &ReaderDevice::powerSettingsChanged, raw, [raw] {
        if (raw->m_admin)
            raw->m_screen->invalidate(raw->m_admin->setInfo(raw->adminInfo()));
    });
    if (!options.demo)
        host->startFlow(options.camera);
    // A reader without its log still serves patients: the problem is a
    // start-up warning, shown like the others.
    if (Result<std::unique_ptr<ReaderLogStore>> log = ReaderLogStore::open(QDir(options.stateDirectory).filePath(u"logs"_s));
        log) {
        host->m_log = std::move(log).value();
        host->m_server->setLogSource(host->m_log.get());
        QObject::connect(raw->m_log.get(), &ReaderLogStore::appended, raw->m_server.get(),
                         &LinkServer::publishLogAppended);
        host->m_logRecorder = std::make_unique<ReaderLogRecorder>(raw->m_log.get(), raw->m_device.get(),
                                                                  raw->m_server.get(), raw->m_flow.get());
        host->m_logRecorder->recordStart(host->m_warnings);
    } else {
        host->m_warnings.append(log.error());
    }
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

    // The health check of a trial boot: everything above started.
    if (host->m_firmware) {
        if (Result<void> committed = host->m_firmware->commit(); !committed)
            host->m_warnings.append(committed.error());
    }
    for (const Error &warning : std::as_const(host->m_warnings))
        qCWarning(lcReader).noquote() << options.serial << warning.toLogString();
    qCInfo(lcReader).noquote() << options.serial << "listening on" << host->address().toString() << host->port()
                               << "state" << wireName(host->m_device->state());
    return host;
}

ReaderHost::~ReaderHost()
{
    m_testPatient.reset();
    m_logRecorder.reset();
    m_flow.reset();
    m_demo.reset();
    if (m_beacon)
        m_beacon->stop();
    if (m_server) {
        m_server->close();
        m_server->setLogSource(nullptr);
    }
    m_log.reset();
}

QHostAddress ReaderHost::address() const
{
    return m_server->address();
}

quint16 ReaderHost::port() const
{
    return m_server->port();
}

Result<void> ReaderHost::setFault(EmulatedFault fault, bool active)
{
    return m_faults->set(fault, active);
}

QList<EmulatedFault> ReaderHost::faults() const
{
    return m_faults->faults();
}

Result<void> ReaderHost::playTestPatient()
{
    if (!m_flow)
        return Error(ErrorCode::TrainingUnavailable, u"a demonstration reader has no patient flow"_s);
    if (m_device->state() != ReaderState::Running)
        return Error(ErrorCode::IllegalTransition, u"a test patient needs the reader 稼働中"_s);
    if (m_scenario->hasCard() || (m_testPatient && m_testPatient->isRunning()))
        return Error(ErrorCode::IllegalTransition, u"a card is already in the tray"_s);
    // Neither would start a check: the card would stay in the tray.
    if (m_admin || m_screen->isFrozen())
        return Error(ErrorCode::IllegalTransition, u"the reader's screen takes no patient now"_s);
    if (!m_testPatient)
        m_testPatient = std::make_unique<TestPatient>(*m_screen, *m_scenario, *m_flow);
    m_testPatient->start();
    return {};
}

void ReaderHost::updateScreen()
{
    // The admin screen stays until it is closed; the idle screen follows then.
    if (m_demo || m_admin)
        return;
    IdleScreenContent content;
    const ReaderStatus status = m_device->status();
    content.state = status.state;
    content.error = status.error;
    content.serial = m_device->description().serial;
    content.software = m_device->description().software;
    content.message = m_device->screenMessage();
    // The flow shows it whenever no card is in, and keeps its own screen otherwise.
    if (m_flow)
        m_flow->setIdleContent(content);
    else
        m_screen->showIdle(content);
}

void ReaderHost::startFlow(bool camera)
{
    m_clock = std::make_unique<SystemFlowClock>();
    m_scenario = std::make_unique<ReaderScenario>(*m_clock);
    if (camera)
        m_scenario->useCamera();
    m_flow = std::make_unique<PatientFlow>(*m_screen, m_scenario->cardFaceSource(), m_scenario->faceVerifier(),
                                           *m_clock);
    if (CameraFaceVerifier *verifier = m_scenario->camera()) {
        verifier->setGuidanceHandler(
            [flow = m_flow.get()](FaceGuidance guidance) { flow->showFaceGuidance(FaceQuality::text(guidance)); });
    }
    applyFlowSettings(m_device->flowSettings());
    connect(m_scenario.get(), &ReaderScenario::cardPlaced, this, &ReaderHost::onCardPlaced);
    connect(m_scenario.get(), &ReaderScenario::cardRemoved, m_flow.get(), &PatientFlow::cardRemoved);
    connect(m_flow.get(), &PatientFlow::outcomeRecorded, this, &ReaderHost::onOutcome);
    connect(m_device.get(), &ReaderDevice::flowSettingsChanged, this, &ReaderHost::applyFlowSettings);
    connect(m_flow.get(), &PatientFlow::stateChanged, m_device.get(), [device = m_device.get()](PatientFlow::State state) {
        device->setVisualCheckPending(state == PatientFlow::State::VisualCheck);
    });
    connect(m_device.get(), &ReaderDevice::visualCheckAnswered, m_flow.get(), &PatientFlow::confirmVisually);
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
    if (m_device->state() == ReaderState::Running && !m_admin)
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

void ReaderHost::onPressed(const QPoint &position)
{
    // Only from the idle screen: never while a patient is being checked.
    if (m_admin || m_demo || (m_flow && m_flow->state() != PatientFlow::State::Idle))
        return;
    if (m_corners->tap(position, m_tapClock()))
        openAdmin();
}

AdminScene::Info ReaderHost::adminInfo() const
{
    AdminScene::Info info;
    const ReaderDescription description = m_device->description();
    info.serial = description.serial;
    info.address = u"%1:%2"_s.arg(address().toString()).arg(port());
    info.software = description.software;
    info.firmware = description.firmware;
    info.powerLink = m_device->powerLink();
    info.selfTest = m_selfTest;
    return info;
}

void ReaderHost::openAdmin()
{
    qCInfo(lcReader).noquote() << m_device->description().serial << "admin screen asked for";
    AdminScene::Actions actions;
    actions.submitPassword = [this](const QString &password) {
        const Error refused = m_device->enterAdmin(password, m_tapClock());
        if (!refused.isError()) {
            m_screen->invalidate(m_admin->showMenu());
            return;
        }
        QString problem;
        switch (refused.code()) {
        case ErrorCode::AdminPasswordNotSet:
            problem = screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "No admin password is set. Set it from the PC."));
            break;
        case ErrorCode::AdminLocked:
            problem = screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Too many wrong entries. Try again in 5 minutes."));
            break;
        default:
            problem = screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Wrong password."));
            break;
        }
        m_screen->invalidate(m_admin->setProblem(problem));
    };
    actions.close = [this] {
        // After the handler returns: the scene is still running it.
        QMetaObject::invokeMethod(this, &ReaderHost::closeAdmin, Qt::QueuedConnection);
    };
    actions.runSelfTest = [this] {
        QStringList failures;
        const QFileInfo state(m_store->filePath());
        if (!state.isReadable() || !QFileInfo(state.absolutePath()).isWritable())
            failures << u"state"_s;
        if (m_identity.certificate().isNull())
            failures << u"identity"_s;
        if (m_server->port() == 0)
            failures << u"link"_s;
        if (m_screen->frame().size() != QSize(ReaderScreen::Width, ReaderScreen::Height))
            failures << u"screen"_s;
        m_selfTest = failures.isEmpty() ? screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "All checks passed"))
                                        : screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Failed: %1"))
                                              .arg(failures.join(u", "_s));
        qCInfo(lcReader).noquote() << m_device->description().serial << "self-test"
                                   << (failures.isEmpty() ? u"passed"_s : failures.join(u","_s));
        m_screen->invalidate(m_admin->setInfo(adminInfo()));
    };
    actions.togglePowerLink = [this] {
        if (Result<void> changed = m_device->changePowerLink(!m_device->powerLink()); !changed)
            qCWarning(lcReader).noquote() << changed.error().toLogString();
    };
    m_admin = std::make_shared<AdminScene>(adminInfo(), std::move(actions));
    m_screen->setScene(m_admin);
}

void ReaderHost::closeAdmin()
{
    if (!m_admin)
        return;
    m_admin.reset();
    m_selfTest.clear();
    qCInfo(lcReader).noquote() << m_device->description().serial << "admin screen closed";
    updateScreen();
}

} // namespace ReaderStack
