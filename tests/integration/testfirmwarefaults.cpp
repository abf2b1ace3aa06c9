// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/firmware/bundlechunk.h"
#include "tests/support/firmwarefaults.h"

#include <QTemporaryDir>
#include <QTest>

using namespace DeviceLink;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QString Serial = u"MDG-FW03"_s;
const QString New = u"MADOGUCHI_RDR_9.0.0"_s;
constexpr qint64 MiB = BundleChunkBytes;

} // namespace

// Fault injection: an update cut at each of many points (reader killed with
// SIGKILL, link cut, console gone), then recovery. Every reader must start,
// report a version consistent with its slots, and take the update in the
// end: zero bricks. Prints the table of points and outcomes.
class TestFirmwareFaults final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_bundles;
    QString m_bundle;
    QStringList m_table;
    int m_bricks = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_bundle = m_bundles.filePath(u"update.mdgb"_s);
        writeDevelopmentBundle(m_bundle, New, 10 * MiB + 4321);
    }

    void zeroBricks_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<qint64>("param");
        const auto add = [](const char *name, FirmwareFault fault, qint64 param) {
            QTest::newRow(name) << int(fault) << param;
        };
        add("reader killed before the first chunk", FirmwareFault::KillReaderAfter, 0);
        add("reader killed after 1 MiB", FirmwareFault::KillReaderAfter, 1 * MiB);
        add("reader killed after 3 MiB", FirmwareFault::KillReaderAfter, 3 * MiB);
        add("reader killed after 5 MiB", FirmwareFault::KillReaderAfter, 5 * MiB);
        add("reader killed after 8 MiB", FirmwareFault::KillReaderAfter, 8 * MiB);
        add("reader killed after the last chunk", FirmwareFault::KillReaderAfter, 10 * MiB + 1);
        add("link cut after 1 MiB", FirmwareFault::CutLinkAfter, 1 * MiB);
        add("link cut after 4 MiB", FirmwareFault::CutLinkAfter, 4 * MiB);
        add("link cut after 9 MiB", FirmwareFault::CutLinkAfter, 9 * MiB);
        add("console gone after 2 MiB", FirmwareFault::DropConsoleAfter, 2 * MiB);
        add("console gone after 7 MiB", FirmwareFault::DropConsoleAfter, 7 * MiB);
        add("reader killed in finish, 0 ms", FirmwareFault::KillReaderInFinish, 0);
        add("reader killed in finish, 20 ms", FirmwareFault::KillReaderInFinish, 20);
        add("reader killed in finish, 60 ms", FirmwareFault::KillReaderInFinish, 60);
        add("reader killed in finish, 150 ms", FirmwareFault::KillReaderInFinish, 150);
        add("reader killed after install, before restart", FirmwareFault::KillReaderAfterInstall, 0);
        add("first boot killed at 0 ms", FirmwareFault::KillReaderInFirstBoot, 0);
        add("first boot killed at 20 ms", FirmwareFault::KillReaderInFirstBoot, 20);
        add("first boot killed at 50 ms", FirmwareFault::KillReaderInFirstBoot, 50);
        add("first boot killed at 100 ms", FirmwareFault::KillReaderInFirstBoot, 100);
        add("first boot killed at 200 ms", FirmwareFault::KillReaderInFirstBoot, 200);
        add("updated reader killed after commit", FirmwareFault::KillReaderAfterCommit, 0);
    }

    void zeroBricks()
    {
        QFETCH(int, fault);
        QFETCH(qint64, param);
        const FirmwareFaultPoint point { QString::fromLatin1(QTest::currentDataTag()), FirmwareFault(fault), param };
        const FirmwareFaultOutcome outcome = runFirmwareFault(point, Serial, m_bundle, New);
        m_bricks += outcome.brick ? 1 : 0;
        m_table << u"| %1 | %2 | %3 |"_s.arg(point.name, -42)
                       .arg(outcome.description, -64)
                       .arg(outcome.brick ? u"BRICK"_s : u"ok"_s);
        qInfo().noquote() << m_table.last();
    }

    void cleanupTestCase()
    {
        qInfo().noquote() << u"\n| point | outcome | result |\n|---|---|---|\n"_s + m_table.join(u'\n')
                + u"\n%1 points, %2 bricks"_s.arg(m_table.size()).arg(m_bricks);
        QCOMPARE(m_bricks, 0);
    }
};

QTEST_MAIN(TestFirmwareFaults)
#include "testfirmwarefaults.moc"
