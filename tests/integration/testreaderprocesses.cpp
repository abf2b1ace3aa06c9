// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/readerlink.h"
#include "tests/support/consolefixture.h"
#include "tests/support/readerprocess.h"
#include "tests/support/testenvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DeviceLink;
using namespace TestSupport;
using namespace Qt::StringLiterals;

// The console's half of devicelink against real madoguchi-reader processes
// on loopback: discovery, registration, commands, crashes and restarts.
class TestReaderProcesses final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReaderProcess> spawn(const QString &serial, quint16 announcePort, const QString &stateDir = {})
    {
        auto process = std::make_unique<ReaderProcess>(
            serial, stateDir.isEmpty() ? QDir(m_dir.path()).filePath(serial) : stateDir, freeTcpPort(), announcePort);
        return process;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(readerBinary()), qPrintable(readerBinary()));
    }

    void discoversAndControlsThreeReaders()
    {
        ConsoleFixture console;
        QVERIFY(console.startDiscovery());
        std::vector<std::unique_ptr<ReaderProcess>> readers;
        QElapsedTimer clock;
        clock.start();
        for (const QString &serial : {u"MDG-0001"_s, u"MDG-0002"_s, u"MDG-0003"_s}) {
            readers.push_back(spawn(serial, console.discoveryPort()));
            QVERIFY(readers.back()->start());
        }
        // Discovered and listed, each with the hello it sent over TLS.
        const auto allGreeted = [&] {
            for (const auto &reader : readers) {
                const ReaderLink *link = console.fleet->link(reader->serial());
                if (!link || !link->hello())
                    return false;
            }
            return console.registry.rowCount() == 3;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allGreeted(), 2000);
        qInfo("three readers listed after %lld ms", clock.elapsed());
        for (int row = 0; row < 3; ++row) {
            const ReaderEntry &entry = console.registry.entryAt(row);
            QCOMPARE(entry.description.serial, readers[size_t(row)]->serial());
            QCOMPARE(entry.port, readers[size_t(row)]->port());
            QCOMPARE(entry.description.model, u"MDG-R1"_s);
            QVERIFY(!entry.description.software.isEmpty());
            QVERIFY(!entry.registered);
        }

        for (const auto &reader : readers) {
            Error error;
            QVERIFY2(console.registerReader(reader->serial(), &error), qPrintable(error.toLogString()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(console.isTrusted(u"MDG-0003"_s), 2000);
        for (const auto &reader : readers)
            QTRY_COMPARE_WITH_TIMEOUT(console.stateOf(reader->serial()), ReaderState::Stopped, 2000);

        // Start, close reception, stop: on one reader among several.
        QVERIFY(!console.command(u"MDG-0002"_s, ReaderCommand::Start).isError());
        QCOMPARE(console.stateOf(u"MDG-0002"_s), ReaderState::Running);
        QVERIFY(!console.command(u"MDG-0002"_s, ReaderCommand::CloseReception).isError());
        QCOMPARE(console.stateOf(u"MDG-0002"_s), ReaderState::ReceptionClosed);
        QCOMPARE(console.command(u"MDG-0002"_s, ReaderCommand::CloseReception).code(), ErrorCode::IllegalTransition);
        QVERIFY(!console.command(u"MDG-0002"_s, ReaderCommand::Stop).isError());
        QCOMPARE(console.stateOf(u"MDG-0002"_s), ReaderState::Stopped);
        QVERIFY(!console.command(u"MDG-0003"_s, ReaderCommand::Start).isError());
        QCOMPARE(console.stateOf(u"MDG-0001"_s), ReaderState::Stopped);
        QCOMPARE(console.stateOf(u"MDG-0002"_s), ReaderState::Stopped);
        QCOMPARE(console.stateOf(u"MDG-0003"_s), ReaderState::Running);
        QVERIFY(!console.command(u"MDG-0001"_s, ReaderCommand::Refresh).isError());
    }

    void killedReaderWaitsThenComesBackInItsState()
    {
        ConsoleFixture console;
        QVERIFY(console.startDiscovery());
        auto reader = spawn(u"MDG-0010"_s, console.discoveryPort());
        QVERIFY(reader->start());
        QTRY_VERIFY_WITH_TIMEOUT(console.registry.entry(u"MDG-0010"_s) && console.fleet->link(u"MDG-0010"_s)->hello(),
                                 5000);
        QVERIFY(console.registerReader(u"MDG-0010"_s));
        QVERIFY(!console.command(u"MDG-0010"_s, ReaderCommand::Start).isError());
        QCOMPARE(console.stateOf(u"MDG-0010"_s), ReaderState::Running);

        QElapsedTimer clock;
        clock.start();
        reader->kill9();
        QTRY_COMPARE_WITH_TIMEOUT(console.stateOf(u"MDG-0010"_s), ReaderState::WaitingForConnection, 3000);
        qInfo("waiting shown %lld ms after kill -9", clock.elapsed());

        clock.restart();
        QVERIFY(reader->start());
        QTRY_COMPARE_WITH_TIMEOUT(console.stateOf(u"MDG-0010"_s), ReaderState::Running, 1000);
        qInfo("back to running %lld ms after restart", clock.elapsed());
        QVERIFY(console.isTrusted(u"MDG-0010"_s));
    }

    void readerWithAnotherCertificateIsRefused()
    {
        ConsoleFixture console;
        QVERIFY(console.startDiscovery());
        auto reader = spawn(u"MDG-0020"_s, console.discoveryPort());
        QVERIFY(reader->start());
        QTRY_VERIFY_WITH_TIMEOUT(console.registry.entry(u"MDG-0020"_s) && console.fleet->link(u"MDG-0020"_s)->hello(),
                                 5000);
        QVERIFY(console.registerReader(u"MDG-0020"_s));
        reader->kill9();

        // Same serial, new key pair: what a swapped or cloned reader presents.
        QVERIFY(QFile::remove(QDir(reader->stateDirectory()).filePath(u"identity.key"_s)));
        QVERIFY(QFile::remove(QDir(reader->stateDirectory()).filePath(u"identity.crt"_s)));
        QVERIFY(reader->start());
        QTRY_COMPARE_WITH_TIMEOUT(console.stateOf(u"MDG-0020"_s), ReaderState::Error, 5000);
        const ReaderEntry *entry = console.registry.entry(u"MDG-0020"_s);
        QCOMPARE(entry->error.code(), ErrorCode::CertificateMismatch);
        QCOMPARE(entry->error.codeString(), u"L203"_s);
        QVERIFY(!entry->trusted);
        QCOMPARE(console.command(u"MDG-0020"_s, ReaderCommand::Start).code(), ErrorCode::LinkDown);
    }

    void unpairedConsoleGetsNothingButTheHello()
    {
        ConsoleFixture owner;
        QVERIFY(owner.startDiscovery());
        auto reader = spawn(u"MDG-0030"_s, owner.discoveryPort());
        QVERIFY(reader->start());
        QTRY_VERIFY_WITH_TIMEOUT(owner.registry.entry(u"MDG-0030"_s) && owner.fleet->link(u"MDG-0030"_s)->hello(),
                                 5000);
        QVERIFY(owner.registerReader(u"MDG-0030"_s));

        ConsoleFixture stranger;
        stranger.fleet->connectTo(u"127.0.0.1"_s, reader->port());
        QTRY_VERIFY_WITH_TIMEOUT(stranger.registry.entry(u"MDG-0030"_s) != nullptr, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(stranger.registry.entry(u"MDG-0030"_s)->error.code(),
                                  ErrorCode::PairedToAnotherConsole, 5000);
        ReaderLink *link = stranger.fleet->link(u"MDG-0030"_s);
        QSignalSpy status(link, &ReaderLink::statusReceived);
        QCOMPARE(link->phase(), ReaderLink::Phase::Untrusted);
        QCOMPARE(link->hello()->description.serial, u"MDG-0030"_s);
        QVERIFY(!link->hello()->trusted);
        Error refused;
        QVERIFY(!stranger.registerReader(u"MDG-0030"_s, &refused));
        QCOMPARE(refused.code(), ErrorCode::PairedToAnotherConsole);
        QCOMPARE(stranger.command(u"MDG-0030"_s, ReaderCommand::Start).code(), ErrorCode::NotPaired);

        // The owner changes the state; only the owner hears of it.
        QVERIFY(!owner.command(u"MDG-0030"_s, ReaderCommand::Start).isError());
        QVERIFY(!status.wait(1000));
        QVERIFY(!stranger.registry.entry(u"MDG-0030"_s)->trusted);
        QCOMPARE(owner.stateOf(u"MDG-0030"_s), ReaderState::Running);
    }
};

QTEST_GUILESS_MAIN(TestReaderProcesses)
#include "testreaderprocesses.moc"
