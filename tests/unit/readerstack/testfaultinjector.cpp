// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/discovery.h"
#include "devicelink/linkserver.h"
#include "readerstack/device/readerdevice.h"
#include "readerstack/host/readerhost.h"
#include "readerstack/screen/readerscreen.h"
#include "readerstack/training/faultinjector.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

// The training mode's faults on a whole reader: each touches the part a real
// fault would (listening socket and beacons, screen and requests, reported
// versions, clock) and clearing it gives the reader back as it was.
class TestFaultInjector final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QUdpSocket> m_console;
    std::unique_ptr<ReaderHost> m_host;

    bool accepts(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(2000);
    }

    // The port the newest beacon announces, waiting for one if none came
    // since the last call; 0 when none comes.
    quint16 nextBeaconPort(int timeoutMs = 3000)
    {
        if (!m_console->hasPendingDatagrams()) {
            QSignalSpy arrived(m_console.get(), &QUdpSocket::readyRead);
            if (!arrived.wait(timeoutMs))
                return 0;
        }
        quint16 port = 0;
        while (m_console->hasPendingDatagrams()) {
            const Result<Beacon> beacon = Beacon::decode(m_console->receiveDatagram().data());
            port = beacon ? beacon.value().port : 0;
        }
        return port;
    }

    void dropBeacons()
    {
        QCoreApplication::processEvents();
        while (m_console->hasPendingDatagrams())
            m_console->receiveDatagram();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_console = std::make_unique<QUdpSocket>();
        QVERIFY(m_console->bind(QHostAddress::LocalHost, 0));
        ReaderHostOptions options;
        options.serial = u"EMU-0001"_s;
        options.stateDirectory = m_dir->filePath(u"reader"_s);
        options.announceAddress = QHostAddress::LocalHost;
        options.announcePort = m_console->localPort();
        Result<std::unique_ptr<ReaderHost>> host = ReaderHost::start(options);
        QVERIFY(host.ok());
        m_host = std::move(host).value();
    }

    void cleanup()
    {
        m_host.reset();
        m_console.reset();
        m_dir.reset();
    }

    void cableOutStopsListeningAndAnnouncing()
    {
        const quint16 port = m_host->port();
        QVERIFY(accepts(port));
        QVERIFY(m_host->setFault(EmulatedFault::LinkDown, true).ok());
        QCOMPARE(m_host->faults(), QList<EmulatedFault>{EmulatedFault::LinkDown});
        QVERIFY(!accepts(port));
        dropBeacons();
        QCOMPARE(nextBeaconPort(2500), quint16(0));

        QVERIFY(m_host->setFault(EmulatedFault::LinkDown, false).ok());
        QVERIFY(m_host->faults().isEmpty());
        QCOMPARE(m_host->port(), port);
        QVERIFY(accepts(port));
        QCOMPARE(nextBeaconPort(), port);
    }

    void portChangeMovesOnceAndAnnouncesTheNewPort()
    {
        const quint16 before = m_host->port();
        QVERIFY(m_host->setFault(EmulatedFault::PortChanged, true).ok());
        QVERIFY(m_host->port() != before);
        QVERIFY(m_host->faults().isEmpty());
        QVERIFY(accepts(m_host->port()));
        QCOMPARE(nextBeaconPort(), m_host->port());
        // Without its cable a reader has no port to move to.
        QVERIFY(m_host->setFault(EmulatedFault::LinkDown, true).ok());
        QCOMPARE(m_host->setFault(EmulatedFault::PortChanged, true).error().code(), ErrorCode::IllegalTransition);
    }

    void frozenReaderIgnoresTouchesAndRequests()
    {
        ReaderScreen *screen = m_host->screen();
        QVERIFY(m_host->setFault(EmulatedFault::FrozenScreen, true).ok());
        QVERIFY(screen->isFrozen());
        QVERIFY(!m_host->server()->isResponding());
        const quint64 renders = screen->renderCount();
        screen->invalidate(QRect(0, 0, ReaderScreen::Width, ReaderScreen::Height));
        QSignalSpy rendered(screen, &ReaderScreen::frameRendered);
        QVERIFY(!rendered.wait(300));
        QCOMPARE(screen->renderCount(), renders);

        QVERIFY(m_host->setFault(EmulatedFault::FrozenScreen, false).ok());
        QVERIFY(m_host->server()->isResponding());
        // What changed while frozen is drawn when it thaws.
        QTRY_VERIFY(screen->renderCount() > renders);
    }

    void oldSoftwareIsReportedUntilCleared()
    {
        const ReaderDescription original = m_host->device()->description();
        QVERIFY(m_host->setFault(EmulatedFault::OldSoftware, true).ok());
        QCOMPARE(m_host->device()->description().firmware, FaultInjector::oldFirmwareVersion());
        QCOMPARE(m_host->device()->description().software, u"0.0.9"_s);
        QVERIFY(m_host->setFault(EmulatedFault::OldSoftware, false).ok());
        QCOMPARE(m_host->device()->description().firmware, original.firmware);
        QCOMPARE(m_host->device()->description().software, original.software);
    }

    void clockSkewShowsInTheUptime()
    {
        QSignalSpy changed(m_host->device(), &ReaderDevice::statusChanged);
        QVERIFY(m_host->setFault(EmulatedFault::ClockSkew, true).ok());
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_host->device()->status().uptimeMs >= FaultInjector::ClockSkewMs);
        QVERIFY(m_host->setFault(EmulatedFault::ClockSkew, false).ok());
        QVERIFY(m_host->device()->status().uptimeMs < FaultInjector::ClockSkewMs);
    }
};

QTEST_MAIN(TestFaultInjector)
#include "testfaultinjector.moc"
