// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/controlmessage.h"
#include "devicelink/discovery.h"
#include "devicelink/protocol.h"
#include "devicelink/readerinfo.h"

#include <QCborArray>
#include <QTest>

using namespace DeviceLink;
using namespace Qt::StringLiterals;

class TestControlMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsFieldsOfEveryKind()
    {
        ControlMessage message(u"event"_s, 77);
        message.insert(u"text"_s, u"マイナンバーカードを置いてください"_s);
        message.insert(u"bytes"_s, QByteArray("\x00\xff\x10", 3));
        message.insert(u"count"_s, qint64(1) << 40);
        message.insert(u"flag"_s, true);
        message.insert(u"list"_s, QCborArray{1, u"二"_s, 3.5});
        QCborMap nested;
        nested.insert(u"受付"_s, u"終了"_s);
        message.insert(u"nested"_s, nested);

        Result<ControlMessage> decoded = ControlMessage::decode(message.encode());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->type(), u"event"_s);
        QCOMPARE(decoded->id(), quint64(77));
        QCOMPARE(decoded->string(u"text"_s), u"マイナンバーカードを置いてください"_s);
        QCOMPARE(decoded->value(u"bytes"_s).toByteArray(), QByteArray("\x00\xff\x10", 3));
        QCOMPARE(decoded->integer(u"count"_s), qint64(1) << 40);
        QCOMPARE(decoded->boolean(u"flag"_s), true);
        QCOMPARE(decoded->value(u"list"_s).toArray().at(1).toString(), u"二"_s);
        QCOMPARE(decoded->map(u"nested"_s).value(u"受付"_s).toString(), u"終了"_s);
    }

    void rejectsMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("not cbor") << QByteArray("\xff\xff\xff", 3);
        QTest::addRow("array") << QCborValue(QCborArray{1, 2}).toCbor();
        QTest::addRow("no type") << QCborValue(QCborMap{{u"id"_s, 1}}).toCbor();
        QTest::addRow("empty type") << QCborValue(QCborMap{{u"t"_s, u""_s}}).toCbor();
        QTest::addRow("type not text") << QCborValue(QCborMap{{u"t"_s, 5}}).toCbor();
        QTest::addRow("negative id") << QCborValue(QCborMap{{u"t"_s, u"x"_s}, {u"id"_s, -3}}).toCbor();
        QTest::addRow("text id") << QCborValue(QCborMap{{u"t"_s, u"x"_s}, {u"id"_s, u"1"_s}}).toCbor();
        QTest::addRow("truncated") << ControlMessage(u"hello"_s).encode().chopped(1);
    }

    void rejectsMalformedInput()
    {
        QFETCH(QByteArray, bytes);
        Result<ControlMessage> decoded = ControlMessage::decode(bytes);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code(), ErrorCode::MalformedMessage);
    }

    void repliesCarryResultOrTypedError()
    {
        QCborMap result;
        result.insert(u"state"_s, u"running"_s);
        Result<ControlMessage> ok = ControlMessage::decode(ControlMessage::replyOk(5, result).encode());
        QVERIFY(ok.ok());
        QCOMPARE(ok->id(), quint64(5));
        QCOMPARE(ok->replyResult().value().value(u"state"_s).toString(), u"running"_s);

        Result<ControlMessage> failed = ControlMessage::decode(
            ControlMessage::replyError(6, Error(ErrorCode::IllegalTransition, u"stop while stopped"_s)).encode());
        QVERIFY(failed.ok());
        const Result<QCborMap> error = failed->replyResult();
        QVERIFY(!error);
        QCOMPARE(error.error().code(), ErrorCode::IllegalTransition);
        QCOMPARE(error.error().detail(), u"stop while stopped"_s);
        QCOMPARE(error.error().codeString(), u"R301"_s);
    }

    void unknownErrorCodesFromNewerPeersSurvive()
    {
        const Error e = Error::fromWire(388, u"new"_s);
        QCOMPARE(e.codeString(), u"R388"_s);
        QVERIFY(e.message().contains(u"388"_s));
    }

    void helloRoundTripsAndIgnoresUnknownFields()
    {
        ReaderHello hello;
        hello.description = {u"MDG-0001"_s, u"MDG-R1"_s, u"1.6.0.0"_s, u"MADOGUCHI_RDR_1.2.0"_s};
        hello.protocolMajor = ProtocolMajor;
        hello.protocolMinor = 7;
        hello.paired = true;
        hello.trusted = false;
        ControlMessage message = hello.toMessage();
        message.insert(u"futureField"_s, u"ignored"_s);
        Result<ControlMessage> decoded = ControlMessage::decode(message.encode());
        Result<ReaderHello> parsed = ReaderHello::fromMessage(decoded.value());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->description.serial, u"MDG-0001"_s);
        QCOMPARE(parsed->description.firmware, u"MADOGUCHI_RDR_1.2.0"_s);
        QCOMPARE(parsed->protocolMinor, 7);
        QVERIFY(parsed->paired);
        QVERIFY(!parsed->trusted);
    }

    void helloOfAnotherMajorVersionIsRefused()
    {
        ReaderHello hello;
        hello.description.serial = u"MDG-0001"_s;
        hello.protocolMajor = ProtocolMajor + 1;
        Result<ReaderHello> parsed = ReaderHello::fromMessage(hello.toMessage());
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code(), ErrorCode::ProtocolVersionMismatch);
    }

    void hostileSerialsAreRefused_data()
    {
        QTest::addColumn<QString>("serial");
        QTest::addRow("empty") << QString();
        QTest::addRow("too long") << QString(33, u'A');
        QTest::addRow("slash") << u"../etc"_s;
        QTest::addRow("space") << u"MDG 1"_s;
        QTest::addRow("kanji") << u"窓口"_s;
    }

    void hostileSerialsAreRefused()
    {
        QFETCH(QString, serial);
        QCborMap fields;
        fields.insert(u"serial"_s, serial);
        QCOMPARE(ReaderDescription::fromFields(fields).error().code(), ErrorCode::MalformedMessage);
    }

    void statusRoundTrips()
    {
        ReaderStatus status;
        status.state = ReaderState::Error;
        status.error = Error(ErrorCode::StateFileCorrupt);
        status.uptimeMs = 123456;
        Result<ReaderStatus> parsed = ReaderStatus::fromFields(status.toFields());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->state, ReaderState::Error);
        QCOMPARE(parsed->error.code(), ErrorCode::StateFileCorrupt);
        QCOMPARE(parsed->uptimeMs, 123456);

        QCborMap bogus;
        bogus.insert(u"state"_s, u"waiting"_s);
        QVERIFY(!ReaderStatus::fromFields(bogus));
    }

    void beaconRoundTripsAndRejectsJunk()
    {
        Beacon beacon;
        beacon.description = {u"EMU-0001"_s, u"MDG-R1"_s, u"0.1.0"_s, u"fw"_s};
        beacon.port = 45455;
        Result<Beacon> parsed = Beacon::decode(beacon.encode());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->description.serial, u"EMU-0001"_s);
        QCOMPARE(parsed->port, quint16(45455));

        QVERIFY(!Beacon::decode(QByteArray("hello")));
        QCOMPARE(Beacon::decode(QByteArray(Beacon::MaxDatagramSize + 1, 'x')).error().code(), ErrorCode::FrameTooLarge);
        ControlMessage noPort(u"beacon"_s);
        noPort.insert(u"v"_s, ProtocolMajor);
        noPort.insert(u"serial"_s, u"EMU-0001"_s);
        QVERIFY(!Beacon::decode(noPort.encode()));
    }
};

QTEST_GUILESS_MAIN(TestControlMessage)
#include "testcontrolmessage.moc"
