// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/firmware/bundleupload.h"
#include "devicelink/firmware/bundle.h"
#include "devicelink/firmware/bundlechunk.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerlink.h"
#include "tests/support/consolefixture.h"
#include "tests/support/readerprocess.h"
#include "tests/support/testenvironment.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace DeviceLink;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QString Serial = u"MDG-FW03"_s;
const QString Old = u"MADOGUCHI_RDR_" MADOGUCHI_VERSION ""_s;
const QString New = u"MADOGUCHI_RDR_9.0.0"_s;
constexpr qint64 MiB = BundleChunkBytes;

enum class Fault {
    KillReaderAfter, // SIGKILL once param bytes are acknowledged
    CutLinkAfter, // the console closes the link at param bytes
    DropConsoleAfter, // the console (links, upload) is destroyed at param bytes
    KillReaderInFinish, // SIGKILL param ms after the last chunk was acknowledged
    KillReaderAfterInstall, // SIGKILL once updateFinish answered
    KillReaderInFirstBoot, // the installed reader restarted, SIGKILL param ms after spawn
    KillReaderAfterCommit, // the updated reader listened, then SIGKILL
};

struct Point {
    QString name;
    Fault fault;
    qint64 param;
};

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

    QString makeBundle()
    {
        QFile key(sourceDirectory() + u"/resources/devkeys/bundle-dev.key"_s);
        if (!key.open(QIODevice::ReadOnly))
            qFatal("no development key at %s", qPrintable(key.fileName()));
        BundleManifest manifest;
        manifest.version = *VendorVersion::parse(New);
        manifest.models = { u"MDG-R1"_s };
        manifest.minimumConsole = *VendorVersion::parse(QStringLiteral(MADOGUCHI_VERSION));
        QByteArray payload(10 * MiB + 4321, Qt::Uninitialized);
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char((i * 2654435761u) >> 24);
        QBuffer in(&payload);
        in.open(QIODevice::ReadOnly);
        const QString path = m_bundles.filePath(u"update.mdgb"_s);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || !Bundle::write(&out, manifest, &in).ok())
            qFatal("cannot write the bundle");
        out.close();
        if (!Bundle::signFile(path, QByteArray::fromBase64(key.readAll().trimmed())).ok())
            qFatal("cannot sign the bundle");
        return path;
    }

    static std::unique_ptr<ConsoleFixture> console(const TlsIdentity *identity = nullptr)
    {
        auto fixture = std::make_unique<ConsoleFixture>();
        if (identity) {
            fixture->fleet.reset();
            fixture->identity = *identity;
            fixture->fleet = std::make_unique<ReaderFleet>(fixture->identity, &fixture->pins, &fixture->registry);
        }
        return fixture;
    }

    static bool trusted(ConsoleFixture &fixture, quint16 port)
    {
        if (!fixture.registry.entry(Serial)) {
            fixture.fleet->connectTo(u"127.0.0.1"_s, port);
            if (!QTest::qWaitFor([&] { return fixture.registry.entry(Serial) != nullptr; }, 10000))
                return false;
        }
        if (!fixture.registry.entry(Serial)->registered && !fixture.registerReader(Serial))
            return false;
        return QTest::qWaitFor([&] { return fixture.isTrusted(Serial); }, 10000);
    }

    // The version the reader's slots say it runs after its start: the
    // active slot's, with no trial left pending.
    static QString slotVersion(const QString &stateDirectory, QString *problem)
    {
        QFile file(stateDirectory + u"/firmware/slots.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return Old;
        const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        if (!state.value(u"trial"_s).isNull())
            *problem = u"trial still pending after a start"_s;
        const QString active = state.value(u"active"_s).toString();
        return state.value(u"slots"_s).toObject().value(active).toObject().value(u"version"_s).toString();
    }

    // Runs the upload until it finishes, fails or the fault fires.
    struct UploadRun {
        bool finished = false;
        bool failed = false;
        qint64 resumedFrom = -1;
        qint64 acknowledged = 0;
        bool timedOut = false;
    };

    static UploadRun upload(ReaderLink *link, const QString &bundle, const std::function<bool(qint64, qint64)> &fault,
                            int timeoutMs = 60000)
    {
        UploadRun run;
        Console::BundleUpload upload(link, bundle);
        bool stopped = false;
        QObject::connect(&upload, &Console::BundleUpload::finished, &upload, [&] { run.finished = stopped = true; });
        QObject::connect(&upload, &Console::BundleUpload::failed, &upload, [&] { run.failed = stopped = true; });
        QObject::connect(&upload, &Console::BundleUpload::interrupted, &upload, [&] { stopped = true; });
        QObject::connect(&upload, &Console::BundleUpload::progress, &upload, [&](qint64 acknowledged, qint64 size) {
            run.acknowledged = acknowledged;
            if (run.resumedFrom < 0)
                run.resumedFrom = upload.resumedFrom();
            if (fault && fault(acknowledged, size))
                stopped = true;
        });
        upload.start();
        run.timedOut = !QTest::qWaitFor([&] { return stopped; }, timeoutMs);
        return run;
    }

    void record(const Point &point, const QString &outcome, bool brick)
    {
        m_bricks += brick ? 1 : 0;
        m_table << u"| %1 | %2 | %3 |"_s.arg(point.name, -42).arg(outcome, -64).arg(brick ? u"BRICK"_s : u"ok"_s);
        qInfo().noquote() << m_table.last();
    }

    void runPoint(const Point &point)
    {
        QTemporaryDir state;
        const quint16 port = freeTcpPort();
        auto reader = std::make_unique<ReaderProcess>(Serial, state.path(), port, 0);
        QVERIFY(reader->start());
        QVERIFY(reader->waitUntilListening());
        std::unique_ptr<ConsoleFixture> fixture = console();
        QVERIFY(trusted(*fixture, port));
        const TlsIdentity identity = fixture->identity;
        QStringList outcome;

        // After the reader restarted, a new console (same identity, so still
        // the paired one) sees its new hello, never the last one of the old process.
        const auto reconnect = [&] {
            fixture.reset();
            fixture = console(&identity);
            return trusted(*fixture, port);
        };
        // The update, cut by the fault.
        const auto restartReader = [&](bool kill) {
            if (kill)
                reader->kill9();
            else
                reader->terminate();
            reader->waitForExit();
            reader = std::make_unique<ReaderProcess>(Serial, state.path(), port, 0);
            return reader->start() && reader->waitUntilListening(10000);
        };
        UploadRun first;
        switch (point.fault) {
        case Fault::KillReaderAfter:
        case Fault::CutLinkAfter:
        case Fault::DropConsoleAfter:
            first = upload(fixture->fleet->link(Serial), m_bundle, [&](qint64 acknowledged, qint64) {
                if (acknowledged < point.param)
                    return false;
                if (point.fault == Fault::KillReaderAfter)
                    reader->kill9();
                else
                    fixture->fleet->link(Serial)->close();
                return true;
            });
            outcome << u"cut at %1 MiB"_s.arg(double(first.acknowledged) / MiB, 0, 'f', 1);
            if (point.fault == Fault::DropConsoleAfter) {
                fixture = console(&identity);
                outcome.last() += u", new console"_s;
            } else if (point.fault == Fault::CutLinkAfter) {
                ReaderLink *link = fixture->fleet->link(Serial);
                link->open();
                QVERIFY(QTest::qWaitFor([link] { return link->isTrusted(); }, 10000));
            }
            break;
        case Fault::KillReaderInFinish: {
            // Cancelled with the guard, so that it never hits the next process.
            QObject guard;
            first = upload(fixture->fleet->link(Serial), m_bundle, [&](qint64 acknowledged, qint64 size) {
                if (acknowledged == size)
                    QTimer::singleShot(int(point.param), &guard, [&] { reader->kill9(); });
                return false;
            });
            outcome << (first.finished ? u"finish answered before the kill"_s : u"killed in finish"_s);
            reader->kill9();
            break;
        }
        case Fault::KillReaderAfterInstall:
        case Fault::KillReaderInFirstBoot:
        case Fault::KillReaderAfterCommit:
            first = upload(fixture->fleet->link(Serial), m_bundle, {});
            QVERIFY(first.finished);
            if (point.fault == Fault::KillReaderAfterInstall) {
                reader->kill9();
                outcome << u"killed after install"_s;
            } else {
                reader->terminate();
                reader->waitForExit();
                reader = std::make_unique<ReaderProcess>(Serial, state.path(), port, 0);
                QVERIFY(reader->start());
                if (point.fault == Fault::KillReaderInFirstBoot) {
                    QTest::qWait(int(point.param));
                } else {
                    QVERIFY(reader->waitUntilListening(10000));
                    QVERIFY(reconnect());
                }
                reader->kill9();
                outcome << u"killed %1"_s.arg(point.fault == Fault::KillReaderInFirstBoot
                                                  ? u"%1 ms into the first boot"_s.arg(point.param)
                                                  : u"after commit"_s);
            }
            break;
        }

        // Recovery: the reader starts again and must say what its slots say.
        bool brick = false;
        const bool readerDown = reader->isRunning() == false;
        if (readerDown && !(reader->start() && reader->waitUntilListening(10000))) {
            record(point, outcome.join(u"; "_s) + u"; reader does not start"_s, true);
            return;
        }
        if (readerDown ? !reconnect() : !trusted(*fixture, port)) {
            record(point, outcome.join(u"; "_s) + u"; no trusted link"_s, true);
            return;
        }
        const QString reported = fixture->registry.entry(Serial)->description.firmware;
        QString problem;
        const QString onDisk = slotVersion(state.path(), &problem);
        brick = brick || !problem.isEmpty() || reported != onDisk || (reported != Old && reported != New);
        outcome << u"boots %1"_s.arg(reported == New ? u"new"_s : u"old"_s);
        if (!problem.isEmpty())
            outcome << problem;

        // And takes the update in the end.
        if (reported != New) {
            const UploadRun again = upload(fixture->fleet->link(Serial), m_bundle, {});
            if (again.resumedFrom > 0)
                outcome << u"resumed at %1 MiB"_s.arg(double(again.resumedFrom) / MiB, 0, 'f', 0);
            // Acknowledged means journalled on the reader's disk: never sent twice.
            const bool lostAcknowledged = first.acknowledged < QFileInfo(m_bundle).size()
                && point.fault != Fault::KillReaderInFinish && again.resumedFrom < first.acknowledged;
            if (lostAcknowledged)
                outcome << u"lost acknowledged chunks"_s;
            brick = brick || !again.finished || lostAcknowledged;
            if (!restartReader(false) || !reconnect()) {
                record(point, outcome.join(u"; "_s) + u"; reader does not start after the update"_s, true);
                return;
            }
        }
        const QString final = fixture->registry.entry(Serial)->description.firmware;
        brick = brick || final != New || slotVersion(state.path(), &problem) != New;
        outcome << u"ends on %1"_s.arg(final == New ? u"new"_s : final);
        record(point, outcome.join(u"; "_s), brick);
        reader->terminate();
        reader->waitForExit();
    }

private Q_SLOTS:
    void initTestCase() { m_bundle = makeBundle(); }

    void zeroBricks_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<qint64>("param");
        const auto add = [](const char *name, Fault fault, qint64 param) {
            QTest::newRow(name) << int(fault) << param;
        };
        add("reader killed before the first chunk", Fault::KillReaderAfter, 0);
        add("reader killed after 1 MiB", Fault::KillReaderAfter, 1 * MiB);
        add("reader killed after 3 MiB", Fault::KillReaderAfter, 3 * MiB);
        add("reader killed after 5 MiB", Fault::KillReaderAfter, 5 * MiB);
        add("reader killed after 8 MiB", Fault::KillReaderAfter, 8 * MiB);
        add("reader killed after the last chunk", Fault::KillReaderAfter, 10 * MiB + 1);
        add("link cut after 1 MiB", Fault::CutLinkAfter, 1 * MiB);
        add("link cut after 4 MiB", Fault::CutLinkAfter, 4 * MiB);
        add("link cut after 9 MiB", Fault::CutLinkAfter, 9 * MiB);
        add("console gone after 2 MiB", Fault::DropConsoleAfter, 2 * MiB);
        add("console gone after 7 MiB", Fault::DropConsoleAfter, 7 * MiB);
        add("reader killed in finish, 0 ms", Fault::KillReaderInFinish, 0);
        add("reader killed in finish, 20 ms", Fault::KillReaderInFinish, 20);
        add("reader killed in finish, 60 ms", Fault::KillReaderInFinish, 60);
        add("reader killed in finish, 150 ms", Fault::KillReaderInFinish, 150);
        add("reader killed after install, before restart", Fault::KillReaderAfterInstall, 0);
        add("first boot killed at 0 ms", Fault::KillReaderInFirstBoot, 0);
        add("first boot killed at 20 ms", Fault::KillReaderInFirstBoot, 20);
        add("first boot killed at 50 ms", Fault::KillReaderInFirstBoot, 50);
        add("first boot killed at 100 ms", Fault::KillReaderInFirstBoot, 100);
        add("first boot killed at 200 ms", Fault::KillReaderInFirstBoot, 200);
        add("updated reader killed after commit", Fault::KillReaderAfterCommit, 0);
    }

    void zeroBricks()
    {
        QFETCH(int, fault);
        QFETCH(qint64, param);
        runPoint(Point { QString::fromLatin1(QTest::currentDataTag()), Fault(fault), param });
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
