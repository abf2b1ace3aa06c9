// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/protocol.h"
#include "readerstack/device/readerdevice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

class TestReaderDevice final : public QObject
{
    Q_OBJECT

private:
    static ReaderDescription description() { return {u"MDG-0100"_s, u"MDG-R1"_s, u"0.1.0"_s, u"FW"_s}; }

private Q_SLOTS:
    void obeysCommandsThroughTheStateMachine()
    {
        QTemporaryDir dir;
        ReaderStateStore store(dir.path());
        ReaderDevice device(description(), &store, store.load().value());
        QSignalSpy changed(&device, &ReaderDevice::statusChanged);
        QCOMPARE(device.state(), ReaderState::Stopped);

        QCOMPARE(device.handleRequest(u"start"_s, {}).value().value(u"state"_s).toString(), u"running"_s);
        QCOMPARE(device.handleRequest(u"closeReception"_s, {}).value().value(u"state"_s).toString(),
                 u"receptionClosed"_s);
        const Result<QCborMap> illegal = device.handleRequest(u"closeReception"_s, {});
        QCOMPARE(illegal.error().code(), ErrorCode::IllegalTransition);
        QCOMPARE(device.state(), ReaderState::ReceptionClosed);
        QCOMPARE(device.handleRequest(u"stop"_s, {}).value().value(u"state"_s).toString(), u"stopped"_s);
        QCOMPARE(changed.count(), 3);

        const Result<QCborMap> refreshed = device.handleRequest(u"refresh"_s, {});
        QCOMPARE(refreshed.value().value(u"serial"_s).toString(), u"MDG-0100"_s);
        QCOMPARE(changed.count(), 4);
        QCOMPARE(device.handleRequest(u"selfDestruct"_s, {}).error().code(), ErrorCode::UnsupportedMessage);
    }

    void remembersStateAndPairingAcrossRestarts()
    {
        QTemporaryDir dir;
        {
            ReaderStateStore store(dir.path());
            ReaderDevice device(description(), &store, store.load().value());
            QVERIFY(device.apply(ReaderCommand::Start).ok());
            QVERIFY(device.setPairedConsole(QByteArray(32, '\x11')).ok());
        }
        ReaderStateStore store(dir.path());
        ReaderDevice restarted(description(), &store, store.load().value());
        QCOMPARE(restarted.state(), ReaderState::Running);
        QCOMPARE(restarted.pairedConsole(), QByteArray(32, '\x11'));
    }

    void refusesACommandItCannotRemember()
    {
        QTemporaryDir dir;
        ReaderStateStore good(dir.path());
        ReaderStateStore::Contents contents = good.load().value();
        ReaderStateStore broken(u"/proc/no-such-madoguchi-dir"_s);
        ReaderDevice device(description(), &broken, contents);
        const Result<ReaderState> started = device.apply(ReaderCommand::Start);
        QCOMPARE(started.error().code(), ErrorCode::StateDirectoryUnusable);
        QCOMPARE(device.state(), ReaderState::Stopped);
    }

    void reportsItsOwnErrors()
    {
        QTemporaryDir dir;
        ReaderStateStore store(dir.path());
        ReaderDevice device(description(), &store, store.load().value());
        device.raiseError(Error(ErrorCode::StateFileCorrupt));
        QCOMPARE(device.status().state, ReaderState::Error);
        QCOMPARE(device.status().error.codeString(), u"R303"_s);
        QVERIFY(device.apply(ReaderCommand::Stop).ok());
        QVERIFY(!device.status().error.isError());
    }

    // Restart requests: refused without a way to restart, refused while a
    // patient may be at the reader, else the restart runs after the reply.
    void restartsOnlyWhenItCanAndOutOfService()
    {
        QTemporaryDir dir;
        ReaderStateStore store(dir.path());
        ReaderDevice device(description(), &store, store.load().value());
        QCOMPARE(device.handleRequest(QString(Op::Restart), {}).error().code(), ErrorCode::UnsupportedMessage);

        int restarts = 0;
        device.setRestartHandler([&restarts] { ++restarts; });
        QVERIFY(device.apply(ReaderCommand::Start).ok());
        QCOMPARE(device.handleRequest(QString(Op::Restart), {}).error().code(), ErrorCode::IllegalTransition);
        QVERIFY(device.apply(ReaderCommand::Stop).ok());
        QVERIFY(device.handleRequest(QString(Op::Restart), {}).ok());
        QCOMPARE(restarts, 0);
        QTRY_COMPARE(restarts, 1);
    }
};

QTEST_GUILESS_MAIN(TestReaderDevice)
#include "testreaderdevice.moc"
