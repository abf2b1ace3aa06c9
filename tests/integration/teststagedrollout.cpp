// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/firmware/fleetreaderupdater.h"
#include "app/firmware/stagedrollout.h"
#include "devicelink/firmware/bundlechunk.h"
#include "devicelink/readerfleet.h"
#include "readerstack/firmware/firmwareslots.h"
#include "readerstack/host/readerhost.h"
#include "tests/support/consolefixture.h"
#include "tests/support/firmwarefaults.h"
#include "tests/support/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <memory>

using namespace Console;
using namespace DeviceLink;
using namespace ReaderStack;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QString New = u"MADOGUCHI_RDR_9.0.0"_s;
const QStringList Serials { u"MDG-RO01"_s, u"MDG-RO02"_s, u"MDG-RO03"_s, u"MDG-RO04"_s };

} // namespace

// A staged rollout over 4 in-process readers through the console's fleet:
// each reader is stopped, sent the bundle, restarted on it and started
// again, one at a time. The third cannot store the update (its incoming
// folder is blocked): the rollout stops there, and the third and fourth
// stay 稼働中 on the old software.
class TestStagedRollout final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleFixture> m_console;
    std::map<QString, ReaderHostOptions> m_options;
    std::map<QString, std::unique_ptr<ReaderHost>> m_hosts;

    bool startHost(const QString &serial)
    {
        Result<std::unique_ptr<ReaderHost>> host = ReaderHost::start(m_options.at(serial));
        if (!host)
            qWarning().noquote() << serial << host.error().toLogString();
        m_hosts[serial] = host ? std::move(host).value() : nullptr;
        return m_hosts[serial] != nullptr;
    }

    const ReaderEntry *entry(const QString &serial) const { return m_console->registry.entry(serial); }

    bool runningOn(const QString &serial, const QString &version) const
    {
        const ReaderEntry *e = entry(serial);
        return e && e->trusted && e->state == ReaderState::Running && e->description.firmware == version;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_console = std::make_unique<ConsoleFixture>();
        for (const QString &serial : Serials) {
            ReaderHostOptions options;
            options.serial = serial;
            options.stateDirectory = m_dir.filePath(serial);
            options.listenPort = freeTcpPort();
            m_options[serial] = options;
            QVERIFY(startHost(serial));
            m_console->fleet->connectTo(u"127.0.0.1"_s, options.listenPort);
        }
        for (const QString &serial : Serials) {
            QTRY_VERIFY_WITH_TIMEOUT(entry(serial) != nullptr, 10000);
            QVERIFY(m_console->registerReader(serial));
            QTRY_VERIFY_WITH_TIMEOUT(m_console->isTrusted(serial), 10000);
            QVERIFY(!m_console->command(serial, ReaderCommand::Start).isError());
            QTRY_VERIFY(runningOn(serial, factoryFirmwareVersion()));
        }
    }

    void cleanupTestCase()
    {
        m_console.reset();
        m_hosts.clear();
    }

    void stopsAtTheFailingReaderAndLeavesTheOthersInService()
    {
        // Where the third reader would keep the bundle's bytes is a file.
        const QString blocked = m_hosts.at(Serials[2])->firmware()->directory() + u"/incoming"_s;
        QDir().mkpath(QFileInfo(blocked).path());
        QFile block(blocked);
        QVERIFY(block.open(QIODevice::WriteOnly));
        block.close();

        const QString bundle = m_dir.filePath(u"update.mdgb"_s);
        writeDevelopmentBundle(bundle, New, 3 * BundleChunkBytes + 17);
        FleetReaderUpdater updater(m_console->fleet.get(), &m_console->registry, [this](const QString &serial) {
            m_hosts[serial].reset();
            startHost(serial);
        });
        StagedRollout rollout(&updater, bundle, Serials);
        QSignalSpy failed(&rollout, &StagedRollout::failed);
        QSignalSpy updated(&rollout, &StagedRollout::readerUpdated);
        QSignalSpy progress(&rollout, &StagedRollout::readerProgress);
        QList<int> othersRunning;
        connect(&rollout, &StagedRollout::readerStarted, this, [&](const QString &serial) {
            int others = 0;
            for (const QString &other : Serials)
                others += other != serial && updater.isRunning(other) ? 1 : 0;
            othersRunning << others;
        });
        rollout.start();
        QVERIFY(failed.wait(120000));

        QCOMPARE(failed.first().at(0).toString(), Serials[2]);
        const Error reason = failed.first().at(1).value<Error>();
        qInfo().noquote() << "stopped at" << Serials[2] << reason.toLogString();
        QCOMPARE(reason.code(), ErrorCode::FirmwareSlotUnusable);
        QCOMPARE(rollout.updated(), QStringList({ Serials[0], Serials[1] }));
        QCOMPARE(updated.count(), 2);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(othersRunning.size(), 3);
        for (int others : std::as_const(othersRunning))
            QVERIFY(others >= 1);

        for (const QString &serial : { Serials[0], Serials[1] }) {
            QTRY_VERIFY(runningOn(serial, New));
            QCOMPARE(m_hosts.at(serial)->firmware()->state().active(), SlotStateMachine::Slot::B);
        }
        for (const QString &serial : { Serials[2], Serials[3] }) {
            QTRY_VERIFY(runningOn(serial, factoryFirmwareVersion()));
            QVERIFY(!m_hosts.at(serial)->firmware()->state().trial());
        }
        // The fourth reader was not touched at all.
        QVERIFY(!QFileInfo::exists(m_hosts.at(Serials[3])->firmware()->directory() + u"/incoming"_s));
    }
};

QTEST_MAIN(TestStagedRollout)
#include "teststagedrollout.moc"
