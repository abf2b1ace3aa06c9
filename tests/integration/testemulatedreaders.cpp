// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/emulatedreaders.h"
#include "devicelink/readerlink.h"
#include "tests/support/consolefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace TestSupport;
using namespace Qt::StringLiterals;

// The readerstack plugin loaded like the console loads it: readers in
// threads of their own, reached over TLS on loopback like any reader.
class TestEmulatedReaders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attachesReadersThatSpeakTheRealProtocol()
    {
        QTemporaryDir dir;
        ConsoleFixture console;
        QVERIFY(console.startDiscovery());
        EmulatedReaders emulated(console.fleet.get(), dir.path());
        Result<QStringList> attached = emulated.attach(2);
        QVERIFY2(attached.ok(), qPrintable(attached ? QString() : attached.error().toLogString()));
        QCOMPARE(attached.value(), (QStringList{u"EMU-0001"_s, u"EMU-0002"_s}));
        for (const QString &serial : attached.value()) {
            QTRY_VERIFY_WITH_TIMEOUT(console.isTrusted(serial), 5000);
            const ReaderLink *link = console.fleet->link(serial);
            QCOMPARE(link->peerCertificate(), emulated.reader(serial)->certificate());
            QCOMPARE(link->host(), u"127.0.0.1"_s);
        }
        QCOMPARE(console.stateOf(u"EMU-0001"_s), ReaderState::Stopped);
        QVERIFY(!console.command(u"EMU-0002"_s, ReaderCommand::Start).isError());
        QCOMPARE(console.stateOf(u"EMU-0002"_s), ReaderState::Running);

        // Detached, the reader is gone like a reader switched off...
        emulated.detach(u"EMU-0002"_s);
        QTRY_COMPARE_WITH_TIMEOUT(console.stateOf(u"EMU-0002"_s), ReaderState::WaitingForConnection, 3000);
        // ...and attached again it keeps its certificate and its state.
        const QSslCertificate before = console.fleet->link(u"EMU-0002"_s)->peerCertificate();
        QVERIFY(emulated.attachSerial(u"EMU-0002"_s).ok());
        QTRY_COMPARE_WITH_TIMEOUT(console.stateOf(u"EMU-0002"_s), ReaderState::Running, 3000);
        QCOMPARE(console.fleet->link(u"EMU-0002"_s)->peerCertificate(), before);
        QCOMPARE(emulated.serials().size(), 2);
    }

    void missingPluginIsATypedError()
    {
        QTemporaryDir dir;
        ConsoleFixture console;
        EmulatedReaders emulated(console.fleet.get(), dir.path());
        emulated.setPluginSearchPaths({dir.path()});
        Result<QStringList> attached = emulated.attach(1);
        QVERIFY(!attached);
        QCOMPARE(attached.error().code(), ErrorCode::PluginUnavailable);
        QVERIFY(attached.error().detail().contains(dir.path()));
        QCOMPARE(console.registry.rowCount(), 0);
    }
};

QTEST_MAIN(TestEmulatedReaders)
#include "testemulatedreaders.moc"
