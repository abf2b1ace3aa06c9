// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/linkconnection.h"
#include "devicelink/protocol.h"
#include "tests/support/tlssocketpair.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

using namespace DeviceLink;
using namespace TestSupport;
using namespace Qt::StringLiterals;

class TestLinkConnection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversControlMessages()
    {
        TlsSocketPair pair = TlsSocketPair::create(this);
        QVERIFY(pair.client && pair.server);
        LinkConnection client(pair.client);
        LinkConnection server(pair.server);
        QSignalSpy received(&server, &LinkConnection::controlReceived);
        ControlMessage hello(u"hello"_s);
        hello.insert(u"text"_s, u"接続を待っています"_s);
        client.sendControl(hello);
        QVERIFY(received.wait(5000));
        const auto message = received.first().first().value<ControlMessage>();
        QCOMPARE(message.string(u"text"_s), u"接続を待っています"_s);
    }

    void heartbeatsKeepAnIdleLinkAlive()
    {
        TlsSocketPair pair = TlsSocketPair::create(this);
        QVERIFY(pair.client && pair.server);
        LinkConnection client(pair.client);
        LinkConnection server(pair.server);
        QSignalSpy closed(&client, &LinkConnection::closed);
        // Longer than DeadAfterMs: only pings keep it open.
        QVERIFY(!closed.wait(DeadAfterMs + 1000));
        QVERIFY(client.isOpen());
        QVERIFY(server.bytesReceived() > 0);
    }

    void silentPeerIsDeclaredDeadWithinThreeSeconds()
    {
        TlsSocketPair pair = TlsSocketPair::create(this);
        QVERIFY(pair.client && pair.server);
        // The server end stays a bare socket that never answers, like a
        // frozen reader whose TCP stack is still up.
        LinkConnection client(pair.client);
        QSignalSpy closed(&client, &LinkConnection::closed);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(closed.wait(5000));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(closed.first().first().value<Error>().code(), ErrorCode::HeartbeatTimeout);
    }

    void controlOvertakesQueuedBulk()
    {
        TlsSocketPair pair = TlsSocketPair::create(this);
        QVERIFY(pair.client && pair.server);
        LinkConnection client(pair.client);
        LinkConnection server(pair.server);
        QStringList order;
        connect(&server, &LinkConnection::dataReceived, this,
                [&order](Channel, const QByteArray &payload) { order << u"bulk"_s + QString::number(payload.at(0)); });
        connect(&server, &LinkConnection::controlReceived, this,
                [&order](const ControlMessage &m) { order << m.type(); });
        for (char i = 0; i < 16; ++i)
            client.send(Channel::Bulk, QByteArray(1 << 20, i));
        QVERIFY(client.queuedBytes(Channel::Bulk) > 0);
        client.sendControl(ControlMessage(u"urgent"_s));
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 17, 20000);
        // Only what was already in the socket (below the low-water mark) may
        // arrive before the control message.
        const qsizetype position = order.indexOf(u"urgent"_s);
        QVERIFY2(position >= 0 && position <= 1 + LinkConnection::LowWaterMark / (1 << 20), qPrintable(order.join(u' ')));
        QCOMPARE(client.queuedBytes(Channel::Bulk), 0);
    }

    void malformedFramesCloseWithATypedError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("expected");
        QByteArray oversize(FrameHeaderSize, '\0');
        qToBigEndian<quint32>(maxPayloadSize(Channel::Control) + 1, oversize.data());
        QTest::addRow("oversize") << oversize << ErrorCode::FrameTooLarge;
        QByteArray badChannel = encodeFrame(Channel::Control, "x");
        badChannel[4] = 9;
        QTest::addRow("unknown channel") << badChannel << ErrorCode::UnknownChannel;
        QTest::addRow("not cbor") << encodeFrame(Channel::Control, "\xff\xfe") << ErrorCode::MalformedMessage;
        QTest::addRow("no type") << encodeFrame(Channel::Control, QCborValue(QCborMap{{u"x"_s, 1}}).toCbor())
                                 << ErrorCode::MalformedMessage;
    }

    void malformedFramesCloseWithATypedError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, expected);
        TlsSocketPair pair = TlsSocketPair::create(this);
        QVERIFY(pair.client && pair.server);
        LinkConnection client(pair.client);
        QSignalSpy closed(&client, &LinkConnection::closed);
        pair.server->write(bytes);
        QVERIFY(closed.wait(5000));
        QCOMPARE(closed.first().first().value<Error>().code(), expected);
        QVERIFY(!client.isOpen());
    }

    void truncatedFrameAtCloseIsReported()
    {
        TlsSocketPair pair = TlsSocketPair::create(this);
        QVERIFY(pair.client && pair.server);
        LinkConnection client(pair.client);
        QSignalSpy closed(&client, &LinkConnection::closed);
        pair.server->write(encodeFrame(Channel::Control, ControlMessage(u"x"_s).encode()).chopped(2));
        pair.server->flush();
        pair.server->disconnectFromHost();
        QVERIFY(closed.wait(5000));
        QCOMPARE(closed.first().first().value<Error>().code(), ErrorCode::FrameTruncated);
    }
};

QTEST_GUILESS_MAIN(TestLinkConnection)
#include "testlinkconnection.moc"
