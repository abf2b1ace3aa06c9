// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/emulatedreaders.h"
#include "app/mirror/mirrorfeed.h"
#include "app/mirror/mirrorhub.h"
#include "devicelink/controlmessage.h"
#include "devicelink/frame.h"
#include "devicelink/linkconnection.h"
#include "devicelink/protocol.h"
#include "devicelink/readerlink.h"
#include "readerstack/device/readerversion.h"
#include "readerstack/screen/readerscreen.h"
#include "tests/support/consolefixture.h"

#include <QCborArray>
#include <QImage>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Console;
using namespace DeviceLink;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

QImage decodedImage(const MirrorFeed *feed)
{
    const PixelView p = feed->pixels();
    return QImage(p.bits, p.width, p.height, p.bytesPerLine, QImage::Format_RGB32).copy();
}

QImage idleScreenOf(const QString &serial, ReaderState state)
{
    ReaderStack::IdleScreenContent content;
    content.state = state;
    content.serial = serial;
    content.software = ReaderStack::readerSoftwareVersion();
    ReaderStack::ReaderScreen screen;
    screen.showIdle(content);
    return screen.frame();
}

// One emulated reader, registered with a console of its own.
struct OneReader
{
    explicit OneReader(bool demo)
        : emulated(console.fleet.get(), dir.path())
    {
        emulated.setDemo(demo);
    }

    bool start()
    {
        if (!console.startDiscovery() || !emulated.attach(1))
            return false;
        return QTest::qWaitFor([this] { return console.isTrusted(serial); }, 5000);
    }

    QTemporaryDir dir;
    ConsoleFixture console;
    EmulatedReaders emulated;
    const QString serial = EmulatedReaders::serialFor(1);
};

} // namespace

// The screen mirror end to end: emulated readers in their own threads, TLS on
// loopback, the console's feed decoding what they stream.
class TestMirrorStream final : public QObject
{
    Q_OBJECT

private:
    Result<QCborMap> diagnostics(ConsoleFixture &console, const QString &serial)
    {
        ReaderLink *link = console.fleet->link(serial);
        return waitForReply([link, this](ReaderLink::ReplyHandler done) {
            link->request(QString(Op::LinkDiagnostics), {}, this, std::move(done));
        });
    }

private Q_SLOTS:
    void screenChangeAppearsWithinAFrame()
    {
        OneReader reader(false);
        QVERIFY(reader.start());
        ConsoleFixture &console = reader.console;
        const QString serial = reader.serial;

        MirrorHub hub(console.fleet.get(), &console.registry);
        MirrorFeed *feed = hub.acquire(serial);
        QTRY_VERIFY_WITH_TIMEOUT(feed->hasFrame(), 5000);
        // The keyframe is the reader's screen, pixel for pixel.
        QCOMPARE(decodedImage(feed), idleScreenOf(serial, ReaderState::Stopped));

        const quint64 before = feed->framesDecoded();
        QVERIFY(!console.command(serial, ReaderCommand::Start).isError());
        const QImage running = idleScreenOf(serial, ReaderState::Running);
        QTRY_COMPARE_WITH_TIMEOUT(decodedImage(feed), running, 3000);
        // One render, one frame: the change came in the next frame sent.
        QCOMPARE(feed->framesDecoded(), before + 1);

        // Watching only: a touch sent from the console is refused and the
        // screen does not change.
        ReaderLink *link = console.fleet->link(serial);
        QCborMap touch;
        touch.insert(u"x"_s, 512);
        touch.insert(u"y"_s, 300);
        Result<QCborMap> pressed = waitForReply(
            [&](ReaderLink::ReplyHandler done) { link->request(u"press"_s, touch, this, std::move(done)); });
        QVERIFY(!pressed);
        QVERIFY(!console.command(serial, ReaderCommand::Refresh).isError());
        QCOMPARE(feed->framesDecoded(), before + 1);
        QCOMPARE(decodedImage(feed), running);
        hub.release(serial);
    }

    void slowViewerDoesNotGrowTheReadersMemory()
    {
        OneReader reader(true);
        QVERIFY(reader.start());
        ConsoleFixture &console = reader.console;
        EmulatedReaders &emulated = reader.emulated;
        const QString serial = reader.serial;

        // A second session of this console that subscribes and then stops
        // reading, as a console stuck in a long paint would; it keeps the
        // link alive with pings.
        QSslSocket stalled;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setProtocol(QSsl::TlsV1_3OrLater);
        configuration.setLocalCertificate(console.identity.certificate());
        configuration.setPrivateKey(console.identity.privateKey());
        configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
        stalled.setSslConfiguration(configuration);
        stalled.setReadBufferSize(4096);
        stalled.connectToHostEncrypted(u"127.0.0.1"_s, emulated.reader(serial)->port());
        QVERIFY(stalled.waitForEncrypted(5000));
        ControlMessage subscribe{QString(MessageType::Request)};
        subscribe.insert(QString(Field::Id), 1);
        subscribe.insert(QString(Field::Op), QString(Op::MirrorSubscribe));
        stalled.write(encodeFrame(Channel::Control, subscribe.encode()));
        QTimer keepAlive;
        connect(&keepAlive, &QTimer::timeout, &stalled, [&stalled] {
            ControlMessage ping{QString(MessageType::Ping)};
            stalled.write(encodeFrame(Channel::Control, ping.encode()));
        });
        keepAlive.start(300);

        qint64 mostHeld = 0;
        qint64 coalesced = 0;
        auto stalledSession = [&]() -> bool {
            Result<QCborMap> d = diagnostics(console, serial);
            if (!d)
                return false;
            for (const QCborValue &value : d->value(QString(Field::Sessions)).toArray()) {
                const QCborMap s = value.toMap();
                if (!s.value(QString(Field::Mirroring)).toBool())
                    continue;
                mostHeld = std::max(mostHeld, s.value(QString(Field::QueuedVideo)).toInteger()
                                                  + s.value(QString(Field::SocketBuffered)).toInteger());
                coalesced = s.value(QString(Field::Coalesced)).toInteger();
            }
            return true;
        };
        // Two seconds' worth of renders folded away instead of queued.
        QTRY_VERIFY2_WITH_TIMEOUT(stalledSession() && coalesced >= 60,
                                  qPrintable(u"held %1 bytes, coalesced %2"_s.arg(mostHeld).arg(coalesced)), 20000);
        QVERIFY2(mostHeld <= LinkConnection::LowWaterMark + 512 * 1024, qPrintable(QString::number(mostHeld)));
        // The control channel of the reader still answers at once.
        QVERIFY(!console.command(serial, ReaderCommand::Refresh).isError());
    }

    void unsubscribingStopsTheTraffic()
    {
        OneReader reader(true);
        QVERIFY(reader.start());
        ConsoleFixture &console = reader.console;
        const QString serial = reader.serial;
        ReaderLink *link = console.fleet->link(serial);

        // Nothing is streamed before anyone asks.
        Result<QCborMap> idle = diagnostics(console, serial);
        QVERIFY(idle.ok());
        const qint64 publishedIdle = idle->value(QString(Field::FramesPublished)).toInteger();
        QSignalSpy video(link, &ReaderLink::videoReceived);
        QTRY_VERIFY_WITH_TIMEOUT(diagnostics(console, serial)->value(QString(Field::FramesPublished)).toInteger()
                                     >= publishedIdle + 15,
                                 5000);
        QCOMPARE(video.count(), 0);

        const auto request = [&](QLatin1String op) {
            return waitForReply([&](ReaderLink::ReplyHandler done) { link->request(QString(op), {}, this, done); });
        };
        QVERIFY(request(Op::MirrorSubscribe).ok());
        QTRY_VERIFY_WITH_TIMEOUT(video.count() >= 15, 5000);
        QVERIFY(request(Op::MirrorUnsubscribe).ok());
        // Frames sent before the reply arrived before it.
        video.clear();
        const quint64 bytesBefore = link->bytesReceived();
        const qint64 published = diagnostics(console, serial)->value(QString(Field::FramesPublished)).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(diagnostics(console, serial)->value(QString(Field::FramesPublished)).toInteger()
                                     >= published + 30,
                                 5000);
        QCOMPARE(video.count(), 0);
        // Only control traffic: heartbeats and the diagnostics replies.
        QVERIFY2(link->bytesReceived() - bytesBefore < 8000,
                 qPrintable(QString::number(link->bytesReceived() - bytesBefore)));
    }
};

QTEST_MAIN(TestMirrorStream)
#include "testmirrorstream.moc"
