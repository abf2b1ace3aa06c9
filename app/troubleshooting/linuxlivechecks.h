// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/troubleshooting/livechecks.h"

#include <QHostAddress>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QVersionNumber>

#include <functional>

namespace Console {

class ReaderFacts;

// The live checks on Linux, from what the kernel and the session tell:
//  - K-RNDIS: a USB network adapter (rndis_host, cdc_ether, cdc_ncm) in
//    <sys>/class/net, and whether it is up.
//  - K-IP: the adapter's subnet against the other interfaces' addresses.
//  - K-HUB: hubs between the PC and an RNDIS device in <sys>/bus/usb/devices.
//  - K-RDP: xrdp and ssh sessions from the environment.
//  - K-SLEEP: sleep disabled or an idle suspend in <etc>/systemd, then the
//    desktop's idle sleep on AC (GNOME, through gsettings); Unknown when
//    neither tells.
//  - K-UPTIME: the reader's own uptime, else the PC's from <proc>/uptime.
//  - K-LOGS: free space where the logs are.
//  - K-LINK, K-STATE, K-VER, K-LIC: from the ReaderFacts.
// K-UPNET, K-PREREQ, K-DIR, K-BAT and K-VENDOR concern Windows or the
// eligibility system and give Unknown, so the flow asks the user.
//
// Every root is injectable so that tests run against a fake tree. The checks
// read small files and are quick; their results are still delivered through
// the event loop, as LiveChecks promises.
class LinuxLiveChecks : public LiveChecks
{
public:
    struct InterfaceAddress
    {
        QString interface;
        QHostAddress address;
        int prefixLength = 0;
    };

    struct Environment
    {
        QString sysRoot = QStringLiteral("/sys");
        QString procRoot = QStringLiteral("/proc");
        QString etcRoot = QStringLiteral("/etc");
        QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
        // Empty: every interface's addresses from QNetworkInterface.
        std::function<QList<InterfaceAddress>()> addresses;
        QString logDirectory;
        qint64 minimumLogBytes = 200 * 1024 * 1024;
        // A GSettings value as gsettings prints it ("'suspend'"), or empty
        // when there is none. Empty function: the gsettings tool, if installed.
        std::function<QString(const QString &schema, const QString &key)> desktopSetting;
        // Null: K-VER only checks that the versions are known.
        QVersionNumber minimumSoftware;
    };

    // facts may be null: the reader checks then give Unknown.
    LinuxLiveChecks(Environment environment, const ReaderFacts *facts);

    void run(CheckId id, const QString &serial, QObject *context,
             std::function<void(const CheckResult &)> done) override;

    // The same, at once; for the wizard's summary and for tests.
    CheckResult runNow(CheckId id, const QString &serial) const;

private:
    CheckResult rndis() const;
    CheckResult addressOverlap() const;
    CheckResult hub() const;
    CheckResult remoteSession() const;
    CheckResult sleep() const;
    CheckResult uptime(const QString &serial) const;
    CheckResult logSpace() const;
    CheckResult link(const QString &serial) const;
    CheckResult state(const QString &serial) const;
    CheckResult version(const QString &serial) const;
    CheckResult licence() const;

    struct Adapter
    {
        QString name;
        QString driver;
        bool adminUp = false;
        bool carrier = false;
    };
    QList<Adapter> linkAdapters() const;

    Environment m_environment;
    const ReaderFacts *m_facts;
};

} // namespace Console
