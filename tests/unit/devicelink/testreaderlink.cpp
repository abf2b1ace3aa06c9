// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/frame.h"
#include "devicelink/protocol.h"
#include "devicelink/readerlink.h"
#include "tests/support/consolefixture.h"
#include "tests/support/fakereader.h"
#include "tests/support/testenvironment.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

using namespace DeviceLink;
using namespace TestSupport;
using namespace Qt::StringLiterals;

// Accepts one TLS connection, sends a trusting hello and then stays silent.
class SilentReader : public QTcpServer
{
public:
    explicit SilentReader(TlsIdentity identity)
        : m_identity(std::move(identity))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setProtocol(QSsl::TlsV1_3OrLater);
        c.setLocalCertificate(m_identity.certificate());
        c.setPrivateKey(m_identity.privateKey());
        c.setPeerVerifyMode(QSslSocket::QueryPeer);
        socket->setSslConfiguration(c);
        connect(socket, &QSslSocket::encrypted, socket, [socket] {
            ReaderHello hello;
            hello.description.serial = u"MDG-0011"_s;
            hello.protocolMajor = ProtocolMajor;
            hello.paired = true;
            hello.trusted = true;
            socket->write(encodeFrame(Channel::Control, hello.toMessage().encode()));
        });
        socket->startServerEncryption();
    }

private:
    TlsIdentity m_identity;
};

class TestReaderLink final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reconnectsWhenTheReaderComesBack()
    {
        const quint16 port = freeTcpPort();
        const TlsIdentity readerIdentity = TlsIdentity::generate(u"MDG-0010"_s).value();
        ReaderLink link(TlsIdentity::generate(u"console"_s).value());
        link.setEndpoint(u"127.0.0.1"_s, port);
        link.setPinnedFingerprint(readerIdentity.fingerprint());
        QSignalSpy failed(&link, &ReaderLink::failed);
        link.open();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<Error>().code(), ErrorCode::ConnectionRefused);
        QCOMPARE(link.phase(), ReaderLink::Phase::Connecting);

        auto reader = std::make_unique<FakeReader>(u"MDG-0010"_s, readerIdentity);
        QVERIFY(reader->listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(link.phase(), ReaderLink::Phase::Trusted, 5000);

        // Reader goes away: the link notices and keeps trying.
        reader.reset();
        QTRY_COMPARE_WITH_TIMEOUT(link.phase(), ReaderLink::Phase::Connecting, 3000);
        reader = std::make_unique<FakeReader>(u"MDG-0010"_s, readerIdentity);
        reader->setPairedConsole({});
        QVERIFY(reader->listen(port));
        QElapsedTimer clock;
        clock.start();
        link.reconnectNow();
        QTRY_COMPARE_WITH_TIMEOUT(link.phase(), ReaderLink::Phase::Trusted, 5000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    }

    void backoffGrowsAndIsCapped()
    {
        ReaderLink link(TlsIdentity::generate(u"console"_s).value());
        link.setEndpoint(u"127.0.0.1"_s, freeTcpPort());
        QSignalSpy failed(&link, &ReaderLink::failed);
        link.open();
        QVERIFY(failed.wait(5000));
        const int first = link.nextRetryDelayMs();
        QVERIFY(failed.wait(5000));
        QVERIFY(link.nextRetryDelayMs() > first);
        QVERIFY(link.nextRetryDelayMs() <= ReaderLink::MaxRetryDelayMs);
        link.close();
        QCOMPARE(link.phase(), ReaderLink::Phase::Closed);
        const int failures = int(failed.count());
        QVERIFY(!failed.wait(ReaderLink::MaxRetryDelayMs + 200));
        QCOMPARE(failed.count(), failures);
    }

    void requestsFailFastWithoutTrust()
    {
        ReaderLink link(TlsIdentity::generate(u"console"_s).value());
        Result<QCborMap> result =
            waitForReply([&](ReaderLink::ReplyHandler done) { link.request(u"status"_s, {}, nullptr, done); });
        QCOMPARE(result.error().code(), ErrorCode::LinkDown);
    }

    void requestTimesOutWhenTheReaderNeverAnswers()
    {
        // A hung reader: it completes TLS and says hello, then never answers.
        const TlsIdentity readerIdentity = TlsIdentity::generate(u"MDG-0011"_s).value();
        SilentReader reader(readerIdentity);
        QVERIFY(reader.listen(QHostAddress::LocalHost, 0));
        ReaderLink link(TlsIdentity::generate(u"console"_s).value());
        link.setEndpoint(u"127.0.0.1"_s, reader.serverPort());
        link.setPinnedFingerprint(readerIdentity.fingerprint());
        link.open();
        QTRY_COMPARE_WITH_TIMEOUT(link.phase(), ReaderLink::Phase::Trusted, 5000);
        QElapsedTimer clock;
        clock.start();
        Result<QCborMap> result = waitForReply(
            [&](ReaderLink::ReplyHandler done) { link.request(u"status"_s, {}, nullptr, done, 500); });
        QCOMPARE(result.error().code(), ErrorCode::RequestTimeout);
        QVERIFY(clock.elapsed() >= 500);
    }

    void handlerOfADestroyedContextIsNotCalled()
    {
        FakeReader reader(u"MDG-0012"_s);
        QVERIFY(reader.listen());
        ReaderLink link(TlsIdentity::generate(u"console"_s).value());
        link.setEndpoint(u"127.0.0.1"_s, reader.port());
        link.setPinnedFingerprint(reader.identity().fingerprint());
        link.open();
        QTRY_COMPARE_WITH_TIMEOUT(link.phase(), ReaderLink::Phase::Trusted, 5000);
        bool called = false;
        auto context = std::make_unique<QObject>();
        link.request(u"status"_s, {}, context.get(), [&called](const Result<QCborMap> &) { called = true; });
        context.reset();
        // A later request on the same link completes, so the first reply
        // has been processed too.
        QVERIFY(waitForReply([&](ReaderLink::ReplyHandler done) { link.request(u"status"_s, {}, nullptr, done); }));
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestReaderLink)
#include "testreaderlink.moc"
