// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/linuxlivechecks.h"
#include "app/troubleshooting/readerfacts.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

class FakeFacts final : public ReaderFacts
{
public:
    QList<ReaderFact> facts;
    int licences = 1;
    QList<ReaderFact> readers() const override { return facts; }
    int licensedReaders() const override { return licences; }
};

ReaderFact reader(const QString &serial, ReaderState state, const QString &software = u"1.6.0.0"_s)
{
    ReaderFact fact;
    fact.serial = serial;
    fact.trusted = true;
    fact.state = state;
    fact.software = software;
    return fact;
}

} // namespace

// The Linux live checks against fake sysfs, proc and etc trees and a fake
// environment: each outcome of each check, and Unknown where there is
// nothing to read.
class TestLinuxLiveChecks final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_root;
    FakeFacts m_facts;

    QString path(const QString &relative) const { return m_root->filePath(relative); }

    void write(const QString &relative, const QByteArray &content) const
    {
        QDir().mkpath(QFileInfo(path(relative)).absolutePath());
        QFile file(path(relative));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    void adapter(const QString &name, const QByteArray &driver, const QByteArray &flags, const QByteArray &operstate) const
    {
        write(u"sys/class/net/"_s + name + u"/device/uevent"_s, "DEVTYPE=usb_interface\nDRIVER=" + driver + "\n");
        write(u"sys/class/net/"_s + name + u"/flags"_s, flags + "\n");
        write(u"sys/class/net/"_s + name + u"/operstate"_s, operstate + "\n");
    }

    void usbInterface(const QString &name, const QByteArray &cls, const QByteArray &sub, const QByteArray &protocol) const
    {
        write(u"sys/bus/usb/devices/"_s + name + u"/bInterfaceClass"_s, cls + "\n");
        write(u"sys/bus/usb/devices/"_s + name + u"/bInterfaceSubClass"_s, sub + "\n");
        write(u"sys/bus/usb/devices/"_s + name + u"/bInterfaceProtocol"_s, protocol + "\n");
    }

    LinuxLiveChecks::Environment environment(QProcessEnvironment variables = {}) const
    {
        LinuxLiveChecks::Environment env;
        env.sysRoot = path(u"sys"_s);
        env.procRoot = path(u"proc"_s);
        env.etcRoot = path(u"etc"_s);
        env.variables = std::move(variables);
        env.addresses = [] { return QList<LinuxLiveChecks::InterfaceAddress>{}; };
        env.desktopSetting = [](const QString &, const QString &) { return QString(); };
        env.logDirectory = path(u"logs"_s);
        return env;
    }

    CheckResult check(CheckId id, const LinuxLiveChecks::Environment &env, const QString &serial = {})
    {
        return LinuxLiveChecks(env, &m_facts).runNow(id, serial);
    }

private Q_SLOTS:
    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        m_facts = FakeFacts();
    }

    void rndis()
    {
        QCOMPARE(check(CheckId::Rndis, environment()).outcome, CheckOutcome::Unknown);
        adapter(u"eth0"_s, "e1000e", "0x1003", "up");
        CheckResult missing = check(CheckId::Rndis, environment());
        QCOMPARE(missing.outcome, CheckOutcome::Fail);
        QCOMPARE(missing.detail, u"no USB network adapter"_s);

        adapter(u"usb0"_s, "rndis_host", "0x1002", "down");
        CheckResult disabled = check(CheckId::Rndis, environment());
        QCOMPARE(disabled.outcome, CheckOutcome::Fail);
        QCOMPARE(disabled.detail, u"rndis_host disabled"_s);

        adapter(u"usb0"_s, "rndis_host", "0x1003", "down");
        QCOMPARE(check(CheckId::Rndis, environment()).detail, u"rndis_host no carrier"_s);

        adapter(u"usb0"_s, "rndis_host", "0x1003", "up");
        CheckResult up = check(CheckId::Rndis, environment());
        QCOMPARE(up.outcome, CheckOutcome::Pass);
        QCOMPARE(up.detail, u"rndis_host up"_s);
    }

    void addressOverlap()
    {
        adapter(u"usb0"_s, "rndis_host", "0x1003", "up");
        adapter(u"eth0"_s, "e1000e", "0x1003", "up");
        LinuxLiveChecks::Environment env = environment();
        QList<LinuxLiveChecks::InterfaceAddress> addresses{
            {u"lo"_s, QHostAddress(u"127.0.0.1"_s), 8},
            {u"eth0"_s, QHostAddress(u"10.1.2.3"_s), 16},
        };
        env.addresses = [&addresses] { return addresses; };
        QCOMPARE(check(CheckId::Ip, env).outcome, CheckOutcome::Unknown);

        addresses.append({u"usb0"_s, QHostAddress(u"192.168.100.1"_s), 24});
        QCOMPARE(check(CheckId::Ip, env).outcome, CheckOutcome::Pass);

        // The clinic LAN is 192.168.0.0/16: the reader's /24 lies inside it.
        addresses.append({u"wlan0"_s, QHostAddress(u"192.168.4.20"_s), 16});
        const CheckResult overlap = check(CheckId::Ip, env);
        QCOMPARE(overlap.outcome, CheckOutcome::Fail);
        QCOMPARE(overlap.detail, u"reader subnet /24 overlaps another network"_s);
    }

    void hub()
    {
        QCOMPARE(check(CheckId::Hub, environment()).outcome, CheckOutcome::Unknown);
        usbInterface(u"1-4:1.0"_s, "03", "01", "01"); // a keyboard
        QCOMPARE(check(CheckId::Hub, environment()).outcome, CheckOutcome::Unknown);

        usbInterface(u"1-2:1.0"_s, "e0", "01", "03");
        const CheckResult direct = check(CheckId::Hub, environment());
        QCOMPARE(direct.outcome, CheckOutcome::Pass);
        QCOMPARE(direct.detail, u"direct"_s);

        usbInterface(u"2-1.3:1.0"_s, "02", "02", "ff");
        const CheckResult behindHub = check(CheckId::Hub, environment());
        QCOMPARE(behindHub.outcome, CheckOutcome::Fail);
        QCOMPARE(behindHub.detail, u"1 hub(s) in between"_s);
    }

    void remoteSession_data()
    {
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<int>("outcome");
        QTest::newRow("nothing known") << QStringList{} << int(CheckOutcome::Unknown);
        QTest::newRow("x11") << QStringList{u"XDG_SESSION_TYPE=x11"_s} << int(CheckOutcome::Pass);
        QTest::newRow("wayland display") << QStringList{u"WAYLAND_DISPLAY=wayland-0"_s} << int(CheckOutcome::Pass);
        QTest::newRow("xrdp") << QStringList{u"XDG_SESSION_TYPE=x11"_s, u"XRDP_SESSION=1"_s} << int(CheckOutcome::Fail);
        QTest::newRow("ssh") << QStringList{u"DISPLAY=localhost:10.0"_s, u"SSH_CONNECTION=10.0.0.2 5 10.0.0.3 22"_s}
                             << int(CheckOutcome::Fail);
    }

    void remoteSession()
    {
        QFETCH(QStringList, variables);
        QFETCH(int, outcome);
        QProcessEnvironment env;
        for (const QString &one : variables)
            env.insert(one.section(u'=', 0, 0), one.section(u'=', 1));
        QCOMPARE(int(check(CheckId::Rdp, environment(env)).outcome), outcome);
    }

    void sleep()
    {
        QCOMPARE(check(CheckId::Sleep, environment()).outcome, CheckOutcome::Unknown);

        // The desktop's own idle sleep, when systemd does not decide.
        LinuxLiveChecks::Environment desktop = environment();
        QString acType = u"'suspend'"_s;
        desktop.desktopSetting = [&acType](const QString &schema, const QString &key) {
            return schema == u"org.gnome.settings-daemon.plugins.power" && key == u"sleep-inactive-ac-type"
                       ? acType
                       : QString();
        };
        const CheckResult suspends = check(CheckId::Sleep, desktop);
        QCOMPARE(suspends.outcome, CheckOutcome::Fail);
        QCOMPARE(suspends.detail, u"desktop sleep suspend"_s);
        acType = u"'nothing'"_s;
        QCOMPARE(check(CheckId::Sleep, desktop).outcome, CheckOutcome::Pass);

        write(u"etc/systemd/logind.conf"_s, "[Login]\n#IdleAction=ignore\nIdleAction=suspend\n");
        const CheckResult idle = check(CheckId::Sleep, environment());
        QCOMPARE(idle.outcome, CheckOutcome::Fail);
        QCOMPARE(idle.detail, u"IdleAction=suspend"_s);

        write(u"etc/systemd/sleep.conf"_s,
              "[Sleep]\nAllowSuspend=no\nAllowHibernation=no\nAllowSuspendThenHibernate=no\nAllowHybridSleep=no\n");
        QCOMPARE(check(CheckId::Sleep, environment()).outcome, CheckOutcome::Pass);

        // A drop-in wins over the main file.
        write(u"etc/systemd/sleep.conf.d/50-local.conf"_s, "[Sleep]\nAllowSuspend=yes\n");
        QCOMPARE(check(CheckId::Sleep, environment()).outcome, CheckOutcome::Fail);

        QDir().mkpath(path(u"etc/systemd/system"_s));
        QVERIFY(QFile::link(u"/dev/null"_s, path(u"etc/systemd/system/sleep.target"_s)));
        QCOMPARE(check(CheckId::Sleep, environment()).detail, u"sleep.target masked"_s);
    }

    void uptime()
    {
        QCOMPARE(check(CheckId::Uptime, environment()).outcome, CheckOutcome::Unknown);
        write(u"proc/uptime"_s, "3600.52 7000.10\n");
        const CheckResult hour = check(CheckId::Uptime, environment());
        QCOMPARE(hour.outcome, CheckOutcome::Pass);
        QCOMPARE(hour.detail, u"PC up 1 h"_s);

        write(u"proc/uptime"_s, "360000.00 7000.10\n");
        const CheckResult days = check(CheckId::Uptime, environment());
        QCOMPARE(days.outcome, CheckOutcome::Fail);
        QCOMPARE(days.detail, u"PC up 4 d"_s);

        // The reader's own running time is what 001-1 is about.
        write(u"proc/uptime"_s, "60.00 7000.10\n");
        ReaderFact longRun = reader(u"EMU-0001"_s, ReaderState::Running);
        longRun.uptimeMs = 30LL * 60 * 60 * 1000;
        m_facts.facts << longRun;
        const CheckResult readerUp = check(CheckId::Uptime, environment(), u"EMU-0001"_s);
        QCOMPARE(readerUp.outcome, CheckOutcome::Fail);
        QCOMPARE(readerUp.detail, u"reader up 30 h"_s);
        QCOMPARE(check(CheckId::Uptime, environment(), u"EMU-0009"_s).detail, u"PC up 0 h"_s);
    }

    void logSpace()
    {
        LinuxLiveChecks::Environment env = environment();
        env.minimumLogBytes = 1;
        QCOMPARE(check(CheckId::Logs, env).outcome, CheckOutcome::Pass);
        env.minimumLogBytes = std::numeric_limits<qint64>::max();
        const CheckResult full = check(CheckId::Logs, env);
        QCOMPARE(full.outcome, CheckOutcome::Fail);
        QVERIFY(full.detail.startsWith(u"free "_s));
        env.logDirectory.clear();
        QCOMPARE(check(CheckId::Logs, env).outcome, CheckOutcome::Unknown);
    }

    void readerChecks()
    {
        const LinuxLiveChecks::Environment env = environment();
        QCOMPARE(LinuxLiveChecks(env, nullptr).runNow(CheckId::Link, {}).outcome, CheckOutcome::Unknown);
        QCOMPARE(LinuxLiveChecks(env, nullptr).runNow(CheckId::State, {}).outcome, CheckOutcome::Unknown);

        QCOMPARE(check(CheckId::Link, env).detail, u"no reader"_s);
        m_facts.facts << reader(u"EMU-0001"_s, ReaderState::Running) << reader(u"EMU-0002"_s, ReaderState::WaitingForConnection);
        QCOMPARE(check(CheckId::Link, env, u"EMU-0001"_s).outcome, CheckOutcome::Pass);
        QCOMPARE(check(CheckId::Link, env, u"EMU-0002"_s).outcome, CheckOutcome::Fail);
        QCOMPARE(check(CheckId::Link, env).detail, u"1 of 2 waiting"_s);

        QCOMPARE(check(CheckId::State, env, u"EMU-0001"_s).outcome, CheckOutcome::Pass);
        m_facts.facts[0].state = ReaderState::Error;
        m_facts.facts[0].error = Error(ErrorCode::CardCommunicationFailed);
        const CheckResult state = check(CheckId::State, env, u"EMU-0001"_s);
        QCOMPARE(state.outcome, CheckOutcome::Fail);
        QCOMPARE(state.detail, u"error R322"_s);
        m_facts.facts[0].state = ReaderState::Stopped;

        LinuxLiveChecks::Environment floor = env;
        floor.minimumSoftware = QVersionNumber({1, 5, 3, 0});
        QCOMPARE(check(CheckId::Version, floor, u"EMU-0001"_s).outcome, CheckOutcome::Pass);
        m_facts.facts[0].software = u"1.5.2.9"_s;
        const CheckResult old = check(CheckId::Version, floor, u"EMU-0001"_s);
        QCOMPARE(old.outcome, CheckOutcome::Fail);
        QCOMPARE(old.detail, u"software 1.5.2.9 < 1.5.3.0"_s);
        QCOMPARE(check(CheckId::Version, floor, u"EMU-0002"_s).outcome, CheckOutcome::Unknown);

        QCOMPARE(check(CheckId::Licence, env).outcome, CheckOutcome::Fail);
        QCOMPARE(check(CheckId::Licence, env).detail, u"2 readers, 1 licensed"_s);
        m_facts.licences = 2;
        QCOMPARE(check(CheckId::Licence, env).outcome, CheckOutcome::Pass);
        m_facts.facts[1].error = Error(ErrorCode::ReaderOverLicence);
        QCOMPARE(check(CheckId::Licence, env).detail, u"S522"_s);
    }

    void windowsOnlyChecksAreUnknown()
    {
        for (CheckId id : {CheckId::UpNet, CheckId::Prereq, CheckId::Dir, CheckId::Bat, CheckId::Vendor})
            QCOMPARE(check(id, environment()).outcome, CheckOutcome::Unknown);
    }

    void runAnswersLater()
    {
        write(u"proc/uptime"_s, "3600.52 7000.10\n");
        LinuxLiveChecks checks(environment(), &m_facts);
        std::optional<CheckResult> result;
        QObject context;
        checks.run(CheckId::Uptime, {}, &context, [&](const CheckResult &r) { result = r; });
        QVERIFY(!result);
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->outcome, CheckOutcome::Pass);

        bool called = false;
        auto gone = std::make_unique<QObject>();
        checks.run(CheckId::Uptime, {}, gone.get(), [&](const CheckResult &) { called = true; });
        gone.reset();
        QTest::qWait(20);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestLinuxLiveChecks)
#include "testlinuxlivechecks.moc"
