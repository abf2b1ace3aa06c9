// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/readerprovider.h"
#include "devicelink/tlsidentity.h"
#include "readerstack/device/readerstatestore.h"
#include "readerstack/screen/adminscene.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace DeviceLink {
struct FlowSettings;
class DiscoveryBeacon;
class LinkServer;
} // namespace DeviceLink

namespace ReaderStack {

class CornerTapSequence;
class DemoPlayer;
class FaultInjector;
class FirmwareSlots;
class FirmwareUpdater;
class CardChannel;
class PatientFlow;
class ReaderDevice;
class ReaderLogRecorder;
class ReaderLogStore;
class ReaderScenario;
class ReaderScreen;
class SystemFlowClock;
class TestPatient;
struct FlowOutcome;

struct ReaderHostOptions
{
    QString serial;
    QString stateDirectory;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 0;
    // Null: no beacons (the console then needs the address typed in).
    QHostAddress announceAddress;
    quint16 announcePort = 0;
    // Play the scripted patient flow on the screen (DemoPlayer) instead of
    // the idle screen; frames on the 1/30 s grid shifted by demoPhaseNs.
    bool demo = false;
    // The face check is the real one (CameraFaceVerifier, models from the
    // build's share/face) on the camera or the scenario's frames, instead of
    // the scenario's scripted verdicts.
    bool camera = false;
    qint64 demoPhaseNs = 0;
    qint64 demoOffsetNs = 0;
    // Milliseconds for the corner taps that open the admin screen; null: the
    // monotonic clock. Tests drive it by hand.
    std::function<qint64()> tapClock;
    // What restarts the reader's software for a restart request (the
    // daemon: it re-executes itself); empty, such requests are refused.
    std::function<void()> restart;
};

// One whole reader: identity, remembered state, device logic, screen, link
// server and discovery beacon, wired together. The daemon runs one in its
// main thread; the plugin runs one per emulated reader in its own thread.
//
// Outside demo mode the reader runs the patient flow, fed by its scenario
// (the card tray and camera of a reader without hardware). A card starts a
// check only while the reader is 稼働中; leaving 稼働中 cancels the check
// running. With no card in, the screen is the state-driven idle screen.
// Every check's outcome goes to the paired console as a flowOutcome event.
//
// Thread: created, used and destroyed in one thread.
class ReaderHost : public QObject
{
    Q_OBJECT

public:
    // Typed errors: InvalidArgument (serial), StateDirectoryUnusable,
    // IdentityUnusable, AddressInUse.
    static DeviceLink::Result<std::unique_ptr<ReaderHost>> start(const ReaderHostOptions &options);
    ~ReaderHost() override;

    ReaderDevice *device() const { return m_device.get(); }
    ReaderScreen *screen() const { return m_screen.get(); }
    DemoPlayer *demo() const { return m_demo.get(); }
    // Null in demo mode.
    PatientFlow *flow() const { return m_flow.get(); }
    ReaderScenario *scenario() const { return m_scenario.get(); }
    DeviceLink::LinkServer *server() const { return m_server.get(); }
    // The reader's own log (<state>/logs), streamed to the paired console;
    // null when its folder is unusable (then in startupWarnings()).
    ReaderLogStore *log() const { return m_log.get(); }
    const DeviceLink::TlsIdentity &identity() const { return m_identity; }
    QHostAddress address() const;
    quint16 port() const;
    // Problems repaired at start-up (damaged state file, replaced identity),
    // for the log and the admin screen.
    const QList<DeviceLink::Error> &startupWarnings() const { return m_warnings; }
    // The admin screen while it is open, else null.
    AdminScene *adminScene() const { return m_admin.get(); }
    // The software slots (<state>/firmware); null when that folder is
    // unusable (then in startupWarnings()). The reported versions are those
    // of the slot this start booted, committed once start() succeeded.
    FirmwareSlots *firmware() const { return m_firmware.get(); }

    // The training mode (DeviceLink::AttachedReader::setFault, FaultInjector).
    DeviceLink::Result<void> setFault(DeviceLink::EmulatedFault fault, bool active);
    QList<DeviceLink::EmulatedFault> faults() const;
    // A made-up patient (TestPatient); needs the patient flow (not the demo)
    // and the reader 稼働中 with no card in, its screen neither frozen nor
    // on the admin screen.
    DeviceLink::Result<void> playTestPatient();

private:
    ReaderHost() = default;
    void updateScreen();
    void startFlow(bool camera);
    void onStatusChanged();
    void onCardPlaced(CardChannel &channel);
    void onOutcome(const FlowOutcome &outcome);
    void applyFlowSettings(const DeviceLink::FlowSettings &settings);
    void onPressed(const QPoint &position);
    void openAdmin();
    void closeAdmin();
    AdminScene::Info adminInfo() const;

    DeviceLink::TlsIdentity m_identity;
    std::unique_ptr<FirmwareSlots> m_firmware;
    // Before the server that calls it, so it goes after it.
    std::unique_ptr<FirmwareUpdater> m_updater;
    std::unique_ptr<ReaderStateStore> m_store;
    std::unique_ptr<ReaderDevice> m_device;
    std::unique_ptr<ReaderScreen> m_screen;
    std::unique_ptr<DeviceLink::LinkServer> m_server;
    std::unique_ptr<DeviceLink::DiscoveryBeacon> m_beacon;
    std::unique_ptr<DemoPlayer> m_demo;
    // Destroyed flow first: it holds the scenario's sources and the clock.
    std::unique_ptr<SystemFlowClock> m_clock;
    std::unique_ptr<ReaderScenario> m_scenario;
    std::unique_ptr<PatientFlow> m_flow;
    // After the flow and server it listens to, so it goes before them.
    std::unique_ptr<ReaderLogStore> m_log;
    std::unique_ptr<ReaderLogRecorder> m_logRecorder;
    std::unique_ptr<FaultInjector> m_faults;
    // After the flow and scenario it drives, so it goes before them.
    std::unique_ptr<TestPatient> m_testPatient;
    QList<DeviceLink::Error> m_warnings;
    std::unique_ptr<CornerTapSequence> m_corners;
    std::function<qint64()> m_tapClock;
    std::shared_ptr<AdminScene> m_admin;
    QString m_selfTest;
};

} // namespace ReaderStack
