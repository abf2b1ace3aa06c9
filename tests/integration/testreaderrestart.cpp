// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/firmware/fleetreaderupdater.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerregistry.h"
#include "tests/support/consolefixture.h"
#include "tests/support/firmwarefaults.h"
#include "tests/support/readerprocess.h"
#include "tests/support/testenvironment.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DeviceLink;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QString Serial = u"MDG-RS01"_s;
const QString New = u"MADOGUCHI_RDR_9.1.0"_s;

} // namespace

// A madoguchi-reader process updated from the console with no one at the
// reader: FleetReaderUpdater asks it to restart, the daemon starts itself
// again (same process, same address), boots the installed slot and is back
// 稼働中 on the new version.
class TestReaderRestart final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void updateRestartsTheReaderProcess()
    {
        QTemporaryDir dir;
        const QString bundle = dir.filePath(u"update.mdgb"_s);
        writeDevelopmentBundle(bundle, New, 3 * 1024 * 1024 + 77);
        ReaderProcess reader(Serial, dir.filePath(u"reader"_s), freeTcpPort(), 0);
        QVERIFY(reader.start());
        QVERIFY(reader.waitUntilListening(10000));
        ConsoleFixture console;
        console.fleet->connectTo(u"127.0.0.1"_s, reader.port());
        QTRY_VERIFY_WITH_TIMEOUT(console.registry.entry(Serial) != nullptr, 10000);
        QVERIFY(console.registerReader(Serial));
        QTRY_VERIFY_WITH_TIMEOUT(console.isTrusted(Serial), 10000);
        QVERIFY(!console.command(Serial, ReaderCommand::Start).isError());
        QTRY_COMPARE_WITH_TIMEOUT(console.stateOf(Serial), ReaderState::Running, 5000);
        const qint64 pid = reader.processId();

        ReaderFleet *fleet = console.fleet.get();
        Console::FleetReaderUpdater updater(fleet, &console.registry, [fleet](const QString &serial) {
            Console::FleetReaderUpdater::requestRestart(fleet, serial);
        });
        QSignalSpy finished(&updater, &Console::ReaderUpdater::finished);
        QSignalSpy failed(&updater, &Console::ReaderUpdater::failed);
        updater.update(Serial, bundle);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<Error>().toLogString()));
        QCOMPARE(finished.first().at(1).toString(), New);
        QCOMPARE(console.registry.entry(Serial)->description.firmware, New);
        QCOMPARE(console.registry.entry(Serial)->state, ReaderState::Running);
        // Restarted in place: the supervisor sees the same process throughout.
        QVERIFY(reader.isRunning());
        QCOMPARE(reader.processId(), pid);
    }
};

QTEST_GUILESS_MAIN(TestReaderRestart)
#include "testreaderrestart.moc"
