// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/controlmessage.h"
#include "devicelink/frame.h"
#include "devicelink/protocol.h"
#include "devicelink/readerlink.h"
#include "tests/support/consolefixture.h"
#include "tests/support/fakereader.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using namespace DeviceLink;
using namespace TestSupport;
using namespace Qt::StringLiterals;

// A console that speaks the wire protocol by hand, to see exactly what a
// reader sends to a peer it does not trust.
class RawConsole
{
public:
    explicit RawConsole(const TlsIdentity &identity)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setProtocol(QSsl::TlsV1_3OrLater);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (!identity.isNull()) {
            configuration.setLocalCertificate(identity.certificate());
            configuration.setPrivateKey(identity.privateKey());
        }
        m_socket.setSslConfiguration(configuration);
    }

    // The reader runs in this thread: wait with the event loop running.
    bool connectTo(quint16 port)
    {
        QSignalSpy encrypted(&m_socket, &QSslSocket::encrypted);
        m_socket.connectToHostEncrypted(u"127.0.0.1"_s, port);
        return encrypted.wait(5000);
    }

    void send(const ControlMessage &message)
    {
        m_socket.write(encodeFrame(Channel::Control, message.encode()));
        m_socket.flush();
    }

    // Every control message received so far (pings excluded).
    QList<ControlMessage> received()
    {
        m_decoder.append(m_socket.readAll());
        for (;;) {
            Result<std::optional<Frame>> next = m_decoder.next();
            if (!next || !next.value())
                break;
            Result<ControlMessage> message = ControlMessage::decode(next.value()->payload);
            if (message && message->type() != MessageType::Ping)
                m_messages.append(message.value());
        }
        return m_messages;
    }

    QStringList types()
    {
        QStringList list;
        for (const ControlMessage &m : received())
            list << m.type();
        return list;
    }

    std::optional<ControlMessage> reply(quint64 id)
    {
        for (const ControlMessage &m : received()) {
            if (m.type() == MessageType::Reply && m.id() == id)
                return m;
        }
        return std::nullopt;
    }

private:
    QSslSocket m_socket;
    FrameDecoder m_decoder;
    QList<ControlMessage> m_messages;
};

class TestCertificatePinning final : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<ReaderLink> linkTo(const FakeReader &reader, const TlsIdentity &console,
                                              const QByteArray &pin)
    {
        auto link = std::make_unique<ReaderLink>(console);
        link->setEndpoint(u"127.0.0.1"_s, reader.port());
        link->setPinnedFingerprint(pin);
        link->open();
        return link;
    }

    static Result<QCborMap> request(ReaderLink &link, const QString &op)
    {
        return waitForReply([&](ReaderLink::ReplyHandler done) { link.request(op, {}, nullptr, std::move(done)); });
    }

private Q_SLOTS:
    void pinnedCertificateIsTrustedAndPairsItself()
    {
        FakeReader reader(u"MDG-0001"_s);
        QVERIFY(reader.listen());
        const TlsIdentity console = TlsIdentity::generate(u"console"_s).value();
        auto link = linkTo(reader, console, reader.identity().fingerprint());
        QSignalSpy status(link.get(), &ReaderLink::statusReceived);
        QTRY_COMPARE_WITH_TIMEOUT(link->phase(), ReaderLink::Phase::Trusted, 5000);
        QCOMPARE(reader.pairedConsole(), console.fingerprint());
        QVERIFY(status.count() > 0 || status.wait(5000));
        QCOMPARE(request(*link, u"start"_s).value().value(u"state"_s).toString(), u"running"_s);
    }

    void otherCertificateIsRefusedBeforeAnyRequest()
    {
        FakeReader reader(u"MDG-0001"_s);
        QVERIFY(reader.listen());
        const TlsIdentity console = TlsIdentity::generate(u"console"_s).value();
        const QByteArray someoneElse = TlsIdentity::generate(u"MDG-0001"_s)->fingerprint();
        auto link = linkTo(reader, console, someoneElse);
        QSignalSpy failed(link.get(), &ReaderLink::failed);
        QSignalSpy hello(link.get(), &ReaderLink::helloReceived);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<Error>().code(), ErrorCode::CertificateMismatch);
        QCOMPARE(link->phase(), ReaderLink::Phase::Refused);
        QCOMPARE(hello.count(), 0);
        QVERIFY(reader.pairedConsole().isEmpty());
        QCOMPARE(reader.requestsHandled, 0);
    }

    void unpairedConsoleGetsNothingButTheHello()
    {
        FakeReader reader(u"MDG-0002"_s);
        QVERIFY(reader.listen());
        const TlsIdentity owner = TlsIdentity::generate(u"owner"_s).value();
        auto ownerLink = linkTo(reader, owner, reader.identity().fingerprint());
        QTRY_COMPARE_WITH_TIMEOUT(ownerLink->phase(), ReaderLink::Phase::Trusted, 5000);

        RawConsole stranger(TlsIdentity::generate(u"stranger"_s).value());
        QVERIFY(stranger.connectTo(reader.port()));
        QTRY_COMPARE_WITH_TIMEOUT(stranger.types(), QStringList{u"hello"_s}, 5000);
        const ControlMessage hello = stranger.received().first();
        QVERIFY(hello.boolean(u"paired"_s));
        QVERIFY(!hello.boolean(u"trusted"_s));
        QVERIFY(!hello.fields().contains(u"state"_s));

        const int handledBefore = reader.requestsHandled;
        stranger.send(ControlMessage::request(1, u"status"_s));
        stranger.send(ControlMessage::request(2, u"start"_s));
        stranger.send(ControlMessage::request(3, QString(Op::Pair)));
        QTRY_VERIFY_WITH_TIMEOUT(stranger.reply(3).has_value(), 5000);
        QCOMPARE(stranger.reply(1)->replyResult().error().code(), ErrorCode::NotPaired);
        QCOMPARE(stranger.reply(2)->replyResult().error().code(), ErrorCode::NotPaired);
        QCOMPARE(stranger.reply(3)->replyResult().error().code(), ErrorCode::PairedToAnotherConsole);
        QCOMPARE(reader.requestsHandled, handledBefore);

        // A state change reaches the paired console, not the stranger.
        QSignalSpy ownerStatus(ownerLink.get(), &ReaderLink::statusReceived);
        reader.setState(ReaderState::Running);
        QVERIFY(ownerStatus.wait(5000));
        stranger.send(ControlMessage::request(4, u"status"_s));
        QTRY_VERIFY_WITH_TIMEOUT(stranger.reply(4).has_value(), 5000);
        QCOMPARE(stranger.types(), (QStringList{u"hello"_s, u"reply"_s, u"reply"_s, u"reply"_s, u"reply"_s}));
        QCOMPARE(reader.pairedConsole(), owner.fingerprint());
    }

    void readerPairedElsewhereIsReportedToAPinningConsole()
    {
        FakeReader reader(u"MDG-0005"_s);
        QVERIFY(reader.listen());
        reader.setPairedConsole(TlsIdentity::generate(u"elsewhere"_s)->fingerprint());
        auto link = linkTo(reader, TlsIdentity::generate(u"console"_s).value(), reader.identity().fingerprint());
        QSignalSpy failed(link.get(), &ReaderLink::failed);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<Error>().code(), ErrorCode::PairedToAnotherConsole);
        QCOMPARE(link->phase(), ReaderLink::Phase::Untrusted);
        QCOMPARE(request(*link, u"status"_s).error().code(), ErrorCode::NotPaired);
    }

    void certificateNotIssuedToTheSerialIsRefused()
    {
        // A reader presenting a valid certificate made out to another serial.
        FakeReader reader(u"MDG-0003"_s, TlsIdentity::generate(u"MDG-9999"_s).value());
        QVERIFY(reader.listen());
        auto link = linkTo(reader, TlsIdentity::generate(u"console"_s).value(), {});
        QSignalSpy failed(link.get(), &ReaderLink::failed);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<Error>().code(), ErrorCode::SerialMismatch);
        QCOMPARE(link->phase(), ReaderLink::Phase::Refused);
    }

    void consoleWithoutCertificateCannotPair()
    {
        FakeReader reader(u"MDG-0004"_s);
        QVERIFY(reader.listen());
        RawConsole anonymous{TlsIdentity()};
        QVERIFY(anonymous.connectTo(reader.port()));
        anonymous.send(ControlMessage::request(1, QString(Op::Pair)));
        QTRY_VERIFY_WITH_TIMEOUT(anonymous.reply(1).has_value(), 5000);
        QCOMPARE(anonymous.reply(1)->replyResult().error().code(), ErrorCode::NoClientCertificate);
        QCOMPARE(anonymous.types().first(), u"hello"_s);
        QVERIFY(reader.pairedConsole().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCertificatePinning)
#include "testcertificatepinning.moc"
