// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/controlmessage.h"
#include "devicelink/frame.h"
#include "devicelink/tlsidentity.h"
#include "tests/support/consolefixture.h"
#include "tests/support/readerprocess.h"
#include "tests/support/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace DeviceLink;
using namespace TestSupport;
using namespace Qt::StringLiterals;

// Bad and hostile input to a real reader process: every case gets a typed
// error and neither side crashes.
class TestHostileInput final : public QObject
{
    Q_OBJECT

private:
    // A registered, started reader process and its console.
    struct Setup
    {
        std::unique_ptr<ConsoleFixture> console;
        std::unique_ptr<ReaderProcess> reader;
    };

    Setup startRegistered(const QString &serial)
    {
        Setup s;
        // Each case gets a reader that has never been paired.
        QDir(QDir(m_dir.path()).filePath(serial)).removeRecursively();
        s.console = std::make_unique<ConsoleFixture>();
        if (!s.console->startDiscovery())
            return {};
        s.reader = std::make_unique<ReaderProcess>(serial, QDir(m_dir.path()).filePath(serial), freeTcpPort(),
                                                   s.console->discoveryPort());
        if (!s.reader->start() || !s.reader->waitUntilListening())
            return {};
        if (!QTest::qWaitFor([&] { return s.console->fleet->link(serial) && s.console->fleet->link(serial)->hello(); },
                             5000)) {
            return {};
        }
        if (!s.console->registerReader(serial))
            return {};
        return s;
    }

    static QSslSocket *tlsClient(quint16 port, QObject *parent)
    {
        auto *socket = new QSslSocket(parent);
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setProtocol(QSsl::TlsV1_3OrLater);
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
        const TlsIdentity identity = TlsIdentity::generate(u"hostile"_s).value();
        c.setLocalCertificate(identity.certificate());
        c.setPrivateKey(identity.privateKey());
        socket->setSslConfiguration(c);
        socket->connectToHostEncrypted(u"127.0.0.1"_s, port);
        return socket;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void plainGarbageInsteadOfTls()
    {
        Setup s = startRegistered(u"MDG-0100"_s);
        QVERIFY(s.reader);
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, s.reader->port());
        QVERIFY(raw.waitForConnected(5000));
        raw.write(QByteArray(4096, '\xff'));
        QVERIFY(raw.waitForDisconnected(5000));
        QVERIFY(s.reader->isRunning());
        QVERIFY(!s.console->command(u"MDG-0100"_s, ReaderCommand::Start).isError());
    }

    void malformedFramesOverTls_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray oversize(FrameHeaderSize, '\0');
        qToBigEndian<quint32>(0x7fffffff, oversize.data());
        QTest::addRow("oversize") << oversize;
        QByteArray channel = encodeFrame(Channel::Control, "x");
        channel[4] = char(200);
        QTest::addRow("unknown channel") << channel;
        QTest::addRow("bad cbor") << encodeFrame(Channel::Control, "\xbf\xff\x00");
        QTest::addRow("request without id") << encodeFrame(Channel::Control, ControlMessage(u"request"_s).encode());
        QTest::addRow("half a header") << QByteArray("\x00\x00", 2);
    }

    void malformedFramesOverTls()
    {
        QFETCH(QByteArray, bytes);
        Setup s = startRegistered(u"MDG-0101"_s);
        QVERIFY(s.reader);
        QSslSocket *hostile = tlsClient(s.reader->port(), this);
        QVERIFY(hostile->waitForEncrypted(5000));
        hostile->write(bytes);
        hostile->flush();
        if (bytes.size() < FrameHeaderSize)
            hostile->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(hostile->state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(s.reader->isRunning());
        // The paired console is unaffected.
        QVERIFY(!s.console->command(u"MDG-0101"_s, ReaderCommand::Start).isError());
        QCOMPARE(s.console->stateOf(u"MDG-0101"_s), ReaderState::Running);
        delete hostile;
    }

    void portInUseIsATypedExit()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        ReaderProcess reader(u"MDG-0102"_s, QDir(m_dir.path()).filePath(u"MDG-0102"_s), squatter.serverPort(), 0);
        QVERIFY(reader.start());
        QVERIFY(reader.waitForExit());
        QCOMPARE(reader.exitCode(), 4);
        QVERIFY2(reader.errorOutput().contains(u"L209"_s), qPrintable(reader.errorOutput()));
    }

    void unusableStateDirectoryIsATypedExit()
    {
        ReaderProcess reader(u"MDG-0103"_s, u"/proc/madoguchi/cannot-exist"_s, freeTcpPort(), 0);
        QVERIFY(reader.start());
        QVERIFY(reader.waitForExit());
        QCOMPARE(reader.exitCode(), 3);
        QVERIFY2(reader.errorOutput().contains(u"R302"_s), qPrintable(reader.errorOutput()));
    }

    void badCommandLineIsATypedExit()
    {
        QProcess process;
        process.start(readerBinary(), {u"--serial"_s, u"../../etc"_s, u"--state-dir"_s, m_dir.path()});
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("R305"));
    }

    void damagedStateFileIsRepairedAndThePairingRestored()
    {
        Setup s = startRegistered(u"MDG-0104"_s);
        QVERIFY(s.reader);
        QVERIFY(!s.console->command(u"MDG-0104"_s, ReaderCommand::Start).isError());
        s.reader->kill9();
        QTRY_COMPARE_WITH_TIMEOUT(s.console->stateOf(u"MDG-0104"_s), ReaderState::WaitingForConnection, 3000);
        QFile state(QDir(s.reader->stateDirectory()).filePath(u"state.json"_s));
        QVERIFY(state.open(QIODevice::WriteOnly | QIODevice::Truncate));
        state.write("\x01\x02 not json");
        state.close();

        QVERIFY(s.reader->start());
        QVERIFY(s.reader->waitUntilListening());
        QVERIFY2(s.reader->errorOutput().contains(u"R303"_s), qPrintable(s.reader->errorOutput()));
        // The console still pins this reader's certificate, so it restores
        // the pairing the reader lost; the reader comes back stopped.
        QTRY_VERIFY_WITH_TIMEOUT(s.console->isTrusted(u"MDG-0104"_s), 5000);
        QCOMPARE(s.console->stateOf(u"MDG-0104"_s), ReaderState::Stopped);
        QVERIFY(!QDir(s.reader->stateDirectory()).entryList({u"state.json.damaged-*"_s}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "testhostileinput.moc"
