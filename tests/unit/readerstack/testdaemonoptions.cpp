// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/protocol.h"
#include "readerstack/daemon/daemonoptions.h"

#include <QTest>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

class TestDaemonOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAFullCommandLine()
    {
        Result<DaemonOptions> o = DaemonOptions::parse({u"madoguchi-reader"_s, u"--serial"_s, u"MDG-0001"_s,
                                                        u"--listen"_s, u"192.168.250.2:45455"_s, u"--state-dir"_s,
                                                        u"/var/lib/reader"_s, u"--reset-pairing"_s});
        QVERIFY(o.ok());
        QCOMPARE(o->host.serial, u"MDG-0001"_s);
        QCOMPARE(o->host.listenAddress, QHostAddress(u"192.168.250.2"_s));
        QCOMPARE(o->host.listenPort, quint16(45455));
        QCOMPARE(o->host.stateDirectory, u"/var/lib/reader"_s);
        QVERIFY(o->resetPairing);
        // Off loopback, beacons go to the broadcast address of the link.
        QCOMPARE(o->host.announceAddress, QHostAddress(QHostAddress::Broadcast));
        QCOMPARE(o->host.announcePort, DefaultDiscoveryPort);
    }

    void loopbackReadersAnnounceOnLoopback()
    {
        Result<DaemonOptions> o = DaemonOptions::parse(
            {u"r"_s, u"--serial"_s, u"A"_s, u"--state-dir"_s, u"/tmp/x"_s, u"--listen"_s, u"[::1]:9000"_s});
        QVERIFY(o.ok());
        QCOMPARE(o->host.listenAddress, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(o->host.announceAddress, QHostAddress(QHostAddress::LocalHost));
    }

    void rejectsBadCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no serial") << QStringList{u"r"_s, u"--state-dir"_s, u"/tmp"_s};
        QTest::addRow("bad serial") << QStringList{u"r"_s, u"--serial"_s, u"a/b"_s, u"--state-dir"_s, u"/tmp"_s};
        QTest::addRow("no state dir") << QStringList{u"r"_s, u"--serial"_s, u"A"_s};
        QTest::addRow("missing value") << QStringList{u"r"_s, u"--serial"_s};
        QTest::addRow("bad listen") << QStringList{u"r"_s, u"--serial"_s, u"A"_s, u"--state-dir"_s, u"/tmp"_s,
                                                   u"--listen"_s, u"localhost"_s};
        QTest::addRow("port too big") << QStringList{u"r"_s, u"--serial"_s, u"A"_s, u"--state-dir"_s, u"/tmp"_s,
                                                     u"--listen"_s, u"127.0.0.1:70000"_s};
        QTest::addRow("unknown option") << QStringList{u"r"_s, u"--frobnicate"_s};
    }

    void rejectsBadCommandLines()
    {
        QFETCH(QStringList, arguments);
        Result<DaemonOptions> o = DaemonOptions::parse(arguments);
        QVERIFY(!o);
        QCOMPARE(o.error().code(), ErrorCode::InvalidArgument);
        QVERIFY(!o.error().detail().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDaemonOptions)
#include "testdaemonoptions.moc"
