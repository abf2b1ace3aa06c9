// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/linuxlivechecks.h"

#include "app/troubleshooting/readerfacts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QNetworkInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTimer>

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace Console {

namespace {

constexpr qint64 HourMs = 60 * 60 * 1000;
// FLOWS.md K-UPTIME: 001-1 names 24 hours of running as a cause.
constexpr qint64 LongRunMs = 24 * HourMs;

CheckResult pass(const QString &detail = {})
{
    return {CheckOutcome::Pass, detail};
}

CheckResult fail(const QString &detail)
{
    return {CheckOutcome::Fail, detail};
}

CheckResult unknown(const QString &detail)
{
    return {CheckOutcome::Unknown, detail};
}

// sysfs and procfs files are a line or two; a fake tree may hold anything.
QString readSmall(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(64 * 1024)).trimmed();
}

QString ueventValue(const QString &uevent, QStringView key)
{
    for (const QString &line : uevent.split(u'\n')) {
        if (line.startsWith(key) && line.mid(key.size()).startsWith(u'='))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

// Small numbers only: the transcript strips runs of four digits.
QString duration(qint64 ms)
{
    const qint64 hours = ms / HourMs;
    return hours < 48 ? u"%1 h"_s.arg(hours) : u"%1 d"_s.arg(hours / 24);
}

QString size(qint64 bytes)
{
    const double mib = double(bytes) / (1024 * 1024);
    if (mib < 1000)
        return u"%1 MiB"_s.arg(qint64(mib));
    if (mib < 1000 * 1024)
        return u"%1 GiB"_s.arg(mib / 1024, 0, 'f', 1);
    return u"%1 TiB"_s.arg(mib / (1024 * 1024), 0, 'f', 1);
}

QString stateName(ReaderState state)
{
    return state == ReaderState::WaitingForConnection ? u"waiting"_s : wireName(state);
}

// systemd's configuration: the main file, then its drop-ins in name order,
// later ones winning (systemd.syntax(7)); sections are not told apart, as
// each key named here exists in one section only.
QHash<QString, QString> systemdSettings(const QString &etc, const QString &name)
{
    QStringList files{etc + u"/systemd/"_s + name};
    const QDir dropIns(etc + u"/systemd/"_s + name + u".d"_s);
    for (const QString &dropIn : dropIns.entryList({u"*.conf"_s}, QDir::Files, QDir::Name))
        files << dropIns.filePath(dropIn);
    QHash<QString, QString> settings;
    for (const QString &file : files) {
        for (const QString &line : readSmall(file).split(u'\n')) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u';') || trimmed.startsWith(u'['))
                continue;
            const qsizetype equals = trimmed.indexOf(u'=');
            if (equals > 0)
                settings.insert(trimmed.left(equals).trimmed(), trimmed.mid(equals + 1).trimmed());
        }
    }
    return settings;
}

bool isNo(const QString &value)
{
    const QString lower = value.toLower();
    return lower == u"no" || lower == u"false" || lower == u"0" || lower == u"off";
}

// An RNDIS function: class e0 (wireless controller) / 01 / 03, or the
// vendor-specific 02 / 02 / ff that Windows also binds as RNDIS.
bool isRndisInterface(const QString &dir)
{
    const QString cls = readSmall(dir + u"/bInterfaceClass"_s).toLower();
    const QString sub = readSmall(dir + u"/bInterfaceSubClass"_s).toLower();
    const QString protocol = readSmall(dir + u"/bInterfaceProtocol"_s).toLower();
    return (cls == u"e0" && sub == u"01" && protocol == u"03") || (cls == u"02" && sub == u"02" && protocol == u"ff");
}

} // namespace

LinuxLiveChecks::LinuxLiveChecks(Environment environment, const ReaderFacts *facts)
    : m_environment(std::move(environment))
    , m_facts(facts)
{
    if (!m_environment.desktopSetting) {
        m_environment.desktopSetting = [](const QString &schema, const QString &key) {
            const QString gsettings = QStandardPaths::findExecutable(u"gsettings"_s);
            if (gsettings.isEmpty())
                return QString();
            QProcess process;
            process.start(gsettings, {u"get"_s, schema, key});
            // A check must stay quick on the GUI thread; a hung D-Bus session
            // just makes the answer Unknown.
            if (!process.waitForFinished(1000) || process.exitCode() != 0) {
                process.kill();
                process.waitForFinished(100);
                return QString();
            }
            return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        };
    }
    if (!m_environment.addresses) {
        m_environment.addresses = [] {
            QList<InterfaceAddress> list;
            for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
                for (const QNetworkAddressEntry &entry : interface.addressEntries())
                    list.append({interface.name(), entry.ip(), entry.prefixLength()});
            }
            return list;
        };
    }
}

void LinuxLiveChecks::run(CheckId id, const QString &serial, QObject *context,
                          std::function<void(const CheckResult &)> done)
{
    const CheckResult result = runNow(id, serial);
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

CheckResult LinuxLiveChecks::runNow(CheckId id, const QString &serial) const
{
    switch (id) {
    case CheckId::Rndis:
        return rndis();
    case CheckId::Ip:
        return addressOverlap();
    case CheckId::Hub:
        return hub();
    case CheckId::Rdp:
        return remoteSession();
    case CheckId::Sleep:
        return sleep();
    case CheckId::Uptime:
        return uptime(serial);
    case CheckId::Logs:
        return logSpace();
    case CheckId::Link:
        return link(serial);
    case CheckId::State:
        return state(serial);
    case CheckId::Version:
        return version(serial);
    case CheckId::Licence:
        return licence();
    case CheckId::UpNet:
    case CheckId::Prereq:
    case CheckId::Dir:
    case CheckId::Bat:
    case CheckId::Vendor:
        break;
    }
    return unknown(u"not checked on this platform"_s);
}

QList<LinuxLiveChecks::Adapter> LinuxLiveChecks::linkAdapters() const
{
    static const QStringList drivers{u"rndis_host"_s, u"cdc_ether"_s, u"cdc_ncm"_s};
    QList<Adapter> adapters;
    const QDir net(m_environment.sysRoot + u"/class/net"_s);
    for (const QString &name : net.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString driver = ueventValue(readSmall(net.filePath(name) + u"/device/uevent"_s), u"DRIVER");
        if (!drivers.contains(driver))
            continue;
        bool ok = false;
        const uint flags = readSmall(net.filePath(name) + u"/flags"_s).toUInt(&ok, 16);
        const QString operstate = readSmall(net.filePath(name) + u"/operstate"_s);
        adapters.append({name, driver, ok && (flags & 0x1), operstate == u"up" || operstate == u"unknown"});
    }
    return adapters;
}

CheckResult LinuxLiveChecks::rndis() const
{
    if (!QFileInfo::exists(m_environment.sysRoot + u"/class/net"_s))
        return unknown(u"no sysfs"_s);
    const QList<Adapter> adapters = linkAdapters();
    if (adapters.isEmpty())
        return fail(u"no USB network adapter"_s);
    for (const Adapter &adapter : adapters) {
        if (adapter.adminUp && adapter.carrier)
            return pass(adapter.driver + u" up"_s);
    }
    // The interface name is left out: enx names carry the MAC address.
    const Adapter &first = adapters.first();
    return fail(first.driver + (first.adminUp ? u" no carrier"_s : u" disabled"_s));
}

CheckResult LinuxLiveChecks::addressOverlap() const
{
    QStringList linkNames;
    for (const Adapter &adapter : linkAdapters())
        linkNames << adapter.name;
    const QList<InterfaceAddress> addresses = m_environment.addresses();
    QList<InterfaceAddress> link;
    QList<InterfaceAddress> others;
    for (const InterfaceAddress &entry : addresses) {
        if (entry.address.protocol() != QAbstractSocket::IPv4Protocol || entry.address.isLoopback())
            continue;
        (linkNames.contains(entry.interface) ? link : others).append(entry);
    }
    if (link.isEmpty())
        return unknown(u"reader link has no address"_s);
    for (const InterfaceAddress &ours : link) {
        for (const InterfaceAddress &other : others) {
            const int prefix = std::min(ours.prefixLength, other.prefixLength);
            if (ours.address.isInSubnet(other.address, prefix))
                return fail(u"reader subnet /%1 overlaps another network"_s.arg(ours.prefixLength));
        }
    }
    return pass(u"no overlap"_s);
}

CheckResult LinuxLiveChecks::hub() const
{
    const QDir devices(m_environment.sysRoot + u"/bus/usb/devices"_s);
    if (!devices.exists())
        return unknown(u"no USB topology"_s);
    int hubs = -1;
    for (const QString &name : devices.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        // Interfaces are "<device>:<config>.<interface>"; "1-1.2" is port 2
        // of the hub on port 1 of bus 1, so each dot is one hub in between.
        const qsizetype colon = name.indexOf(u':');
        if (colon <= 0 || !isRndisInterface(devices.filePath(name)))
            continue;
        const QString device = name.left(colon);
        const qsizetype dash = device.indexOf(u'-');
        if (dash <= 0)
            continue;
        const int between = int(device.mid(dash + 1).count(u'.'));
        hubs = std::max(hubs, between);
    }
    if (hubs < 0)
        return unknown(u"no reader on USB"_s);
    if (hubs == 0)
        return pass(u"direct"_s);
    return fail(u"%1 hub(s) in between"_s.arg(hubs));
}

CheckResult LinuxLiveChecks::remoteSession() const
{
    const QProcessEnvironment &env = m_environment.variables;
    if (env.contains(u"XRDP_SESSION"_s) || env.contains(u"XRDP_SOCKET_PATH"_s))
        return fail(u"xrdp session"_s);
    if (env.contains(u"SSH_CONNECTION"_s) || env.contains(u"SSH_CLIENT"_s) || env.contains(u"SSH_TTY"_s))
        return fail(u"ssh session"_s);
    const QString type = env.value(u"XDG_SESSION_TYPE"_s);
    if (type == u"x11" || type == u"wayland" || type == u"tty")
        return pass(u"local "_s + type);
    if (env.contains(u"DISPLAY"_s) || env.contains(u"WAYLAND_DISPLAY"_s))
        return pass(u"local display"_s);
    return unknown(u"session type unknown"_s);
}

CheckResult LinuxLiveChecks::sleep() const
{
    const QString &etc = m_environment.etcRoot;
    if (QFileInfo(etc + u"/systemd/system/sleep.target"_s).symLinkTarget() == u"/dev/null")
        return pass(u"sleep.target masked"_s);
    const QHash<QString, QString> sleepConf = systemdSettings(etc, u"sleep.conf"_s);
    bool allDisabled = true;
    for (const QString &key : {u"AllowSuspend"_s, u"AllowHibernation"_s, u"AllowSuspendThenHibernate"_s,
                               u"AllowHybridSleep"_s}) {
        if (!isNo(sleepConf.value(key)))
            allDisabled = false;
    }
    if (allDisabled)
        return pass(u"sleep disabled"_s);
    const QString idle = systemdSettings(etc, u"logind.conf"_s).value(u"IdleAction"_s);
    static const QStringList sleeping{u"suspend"_s, u"hibernate"_s, u"hybrid-sleep"_s, u"suspend-then-hibernate"_s};
    if (sleeping.contains(idle))
        return fail(u"IdleAction="_s + idle);
    // The PC of a reception desk is on mains: the AC setting is the one.
    QString desktop = m_environment.desktopSetting(u"org.gnome.settings-daemon.plugins.power"_s,
                                                   u"sleep-inactive-ac-type"_s);
    desktop.remove(u'\'');
    if (desktop == u"nothing" || desktop == u"blank")
        return pass(u"desktop sleep off"_s);
    if (sleeping.contains(desktop) || desktop == u"interactive")
        return fail(u"desktop sleep "_s + desktop);
    return unknown(u"sleep settings not readable"_s);
}

CheckResult LinuxLiveChecks::uptime(const QString &serial) const
{
    if (m_facts) {
        for (const ReaderFact &reader : m_facts->readers()) {
            if ((serial.isEmpty() || reader.serial == serial) && reader.uptimeMs >= 0) {
                if (reader.uptimeMs >= LongRunMs)
                    return fail(u"reader up "_s + duration(reader.uptimeMs));
                if (!serial.isEmpty())
                    return pass(u"reader up "_s + duration(reader.uptimeMs));
            }
        }
    }
    bool ok = false;
    const double seconds = readSmall(m_environment.procRoot + u"/uptime"_s).section(u' ', 0, 0).toDouble(&ok);
    if (!ok || seconds < 0)
        return unknown(u"uptime unreadable"_s);
    const qint64 ms = qint64(seconds * 1000);
    if (ms >= LongRunMs)
        return fail(u"PC up "_s + duration(ms));
    return pass(u"PC up "_s + duration(ms));
}

CheckResult LinuxLiveChecks::logSpace() const
{
    // The folder may not exist yet: what counts is the disk it will be on.
    QString path = m_environment.logDirectory;
    while (!path.isEmpty() && !QFileInfo::exists(path)) {
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            break;
        path = parent;
    }
    const QStorageInfo storage(path);
    if (path.isEmpty() || !storage.isValid() || !storage.isReady())
        return unknown(u"log folder unknown"_s);
    const qint64 free = storage.bytesAvailable();
    if (free < m_environment.minimumLogBytes)
        return fail(u"free "_s + size(free));
    return pass(u"free "_s + size(free));
}

CheckResult LinuxLiveChecks::link(const QString &serial) const
{
    if (!m_facts)
        return unknown(u"no reader information"_s);
    int known = 0;
    int waiting = 0;
    for (const ReaderFact &reader : m_facts->readers()) {
        if (!serial.isEmpty() && reader.serial != serial)
            continue;
        ++known;
        if (reader.state == ReaderState::WaitingForConnection)
            ++waiting;
    }
    if (known == 0)
        return fail(u"no reader"_s);
    if (waiting > 0)
        return fail(u"%1 of %2 waiting"_s.arg(waiting).arg(known));
    return pass(u"serial visible"_s);
}

CheckResult LinuxLiveChecks::state(const QString &serial) const
{
    if (!m_facts)
        return unknown(u"no reader information"_s);
    QStringList problems;
    int known = 0;
    for (const ReaderFact &reader : m_facts->readers()) {
        if (!serial.isEmpty() && reader.serial != serial)
            continue;
        ++known;
        if (reader.state == ReaderState::Running)
            continue;
        QString problem = stateName(reader.state);
        if (reader.error.isError())
            problem += u' ' + reader.error.codeString();
        if (!problems.contains(problem))
            problems << problem;
    }
    if (known == 0)
        return fail(u"no reader"_s);
    if (!problems.isEmpty())
        return fail(problems.join(u", "_s));
    return pass(u"running"_s);
}

CheckResult LinuxLiveChecks::version(const QString &serial) const
{
    if (!m_facts)
        return unknown(u"no reader information"_s);
    bool any = false;
    for (const ReaderFact &reader : m_facts->readers()) {
        if ((!serial.isEmpty() && reader.serial != serial) || reader.state == ReaderState::WaitingForConnection)
            continue;
        const QVersionNumber software = QVersionNumber::fromString(reader.software);
        if (software.isNull())
            return unknown(u"software version unknown"_s);
        if (!m_environment.minimumSoftware.isNull() && software < m_environment.minimumSoftware)
            return fail(u"software %1 < %2"_s.arg(software.toString(), m_environment.minimumSoftware.toString()));
        any = true;
    }
    if (!any)
        return unknown(u"no connected reader"_s);
    return pass(u"versions current"_s);
}

CheckResult LinuxLiveChecks::licence() const
{
    if (!m_facts)
        return unknown(u"no reader information"_s);
    int registered = 0;
    for (const ReaderFact &reader : m_facts->readers()) {
        if (reader.error.code() == ErrorCode::ReaderOverLicence)
            return fail(reader.error.codeString());
        if (reader.trusted)
            ++registered;
    }
    const int allowed = m_facts->licensedReaders();
    if (registered > allowed)
        return fail(u"%1 readers, %2 licensed"_s.arg(registered).arg(allowed));
    return pass(u"%1 of %2"_s.arg(registered).arg(allowed));
}

} // namespace Console
