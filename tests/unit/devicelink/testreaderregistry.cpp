// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/readerregistry.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace DeviceLink;
using namespace Qt::StringLiterals;

class TestReaderRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsReadersSortedBySerial()
    {
        ReaderRegistry registry;
        QAbstractItemModelTester tester(&registry, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString &serial : {u"EMU-0003"_s, u"EMU-0001"_s, u"EMU-0002"_s, u"EMU-0001"_s})
            registry.addReader(serial);
        QCOMPARE(registry.rowCount(), 3);
        QCOMPARE(registry.serials(), (QStringList{u"EMU-0001"_s, u"EMU-0002"_s, u"EMU-0003"_s}));
        registry.removeReader(u"EMU-0002"_s);
        QCOMPARE(registry.serials(), (QStringList{u"EMU-0001"_s, u"EMU-0003"_s}));
        registry.removeReader(u"nobody"_s);
        QCOMPARE(registry.rowCount(), 2);
    }

    void followsStatusAndLink()
    {
        ReaderRegistry registry;
        QAbstractItemModelTester tester(&registry, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&registry, &QAbstractItemModel::dataChanged);
        registry.addReader(u"EMU-0001"_s);
        registry.setRegistered(u"EMU-0001"_s, true);
        registry.setDescription({u"EMU-0001"_s, u"MDG-R1"_s, u"1.6.0.0"_s, u"FW"_s});
        registry.setAddress(u"EMU-0001"_s, u"127.0.0.1"_s, 45455);
        QCOMPARE(registry.entry(u"EMU-0001"_s)->state, ReaderState::WaitingForConnection);

        registry.setTrusted(u"EMU-0001"_s, true);
        ReaderStatus status;
        status.state = ReaderState::Running;
        status.uptimeMs = 3 * 3600 * 1000 + 5 * 60 * 1000;
        registry.setStatus(u"EMU-0001"_s, status);
        const QModelIndex state = registry.index(0, ReaderRegistry::StateColumn);
        QCOMPARE(state.data(ReaderRegistry::StateRole).toInt(), int(ReaderState::Running));
        QCOMPARE(registry.index(0, ReaderRegistry::AddressColumn).data().toString(), u"127.0.0.1:45455"_s);
        QCOMPARE(registry.index(0, ReaderRegistry::SoftwareColumn).data().toString(), u"1.6.0.0"_s);
        QCOMPARE(registry.index(0, ReaderRegistry::UptimeColumn).data().toString(), u"3 h 5 min"_s);
        QCOMPARE(registry.countInState(ReaderState::Running), 1);
        QVERIFY(changed.count() >= 4);

        registry.setDisconnected(u"EMU-0001"_s, Error(ErrorCode::LinkDown));
        QCOMPARE(state.data(ReaderRegistry::StateRole).toInt(), int(ReaderState::WaitingForConnection));
        QVERIFY(state.data(ReaderRegistry::ErrorCodeRole).toString().isEmpty());
        QVERIFY(registry.index(0, ReaderRegistry::UptimeColumn).data().toString().isEmpty());

        registry.setLinkError(u"EMU-0001"_s, Error(ErrorCode::CertificateMismatch));
        QCOMPARE(state.data().toString(), u"Error (L203)"_s);
        QCOMPARE(state.data(ReaderRegistry::ErrorCodeRole).toString(), u"L203"_s);
        QVERIFY(!state.data(Qt::ToolTipRole).toString().isEmpty());
    }

    void labelsUnregisteredAndForeignReaders()
    {
        ReaderEntry entry;
        entry.description.serial = u"X"_s;
        QCOMPARE(ReaderRegistry::stateLabel(entry), u"Not registered"_s);
        entry.error = Error(ErrorCode::PairedToAnotherConsole);
        QCOMPARE(ReaderRegistry::stateLabel(entry), u"Registered to another console"_s);
        entry.error = {};
        entry.registered = true;
        entry.state = ReaderState::ReceptionClosed;
        QCOMPARE(ReaderRegistry::stateLabel(entry), u"Reception closed"_s);
    }

    void formatsUptime_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::addRow("unknown") << qint64(-1) << QString();
        QTest::addRow("seconds") << qint64(42'000) << u"0 min 42 s"_s;
        QTest::addRow("hours") << qint64(3'600'000) << u"1 h 0 min"_s;
        QTest::addRow("days") << qint64(90'000'000) << u"1 d 1 h"_s;
    }

    void formatsUptime()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(ReaderRegistry::formatUptime(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestReaderRegistry)
#include "testreaderregistry.moc"
