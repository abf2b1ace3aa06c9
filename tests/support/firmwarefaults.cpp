// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "tests/support/firmwarefaults.h"

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
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

namespace TestSupport {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = BundleChunkBytes;

std::unique_ptr<ConsoleFixture> console(const TlsIdentity *identity = nullptr)
{
    auto fixture = std::make_unique<ConsoleFixture>();
    if (identity) {
        fixture->fleet.reset();
        fixture->identity = *identity;
        fixture->fleet = std::make_unique<ReaderFleet>(fixture->identity, &fixture->pins, &fixture->registry);
    }
    return fixture;
}

bool trusted(ConsoleFixture &fixture, const QString &serial, quint16 port)
{
    if (!fixture.registry.entry(serial)) {
        fixture.fleet->connectTo(u"127.0.0.1"_s, port);
        if (!QTest::qWaitFor([&] { return fixture.registry.entry(serial) != nullptr; }, 10000))
            return false;
    }
    if (!fixture.registry.entry(serial)->registered && !fixture.registerReader(serial))
        return false;
    return QTest::qWaitFor([&] { return fixture.isTrusted(serial); }, 10000);
}

struct UploadRun {
    bool finished = false;
    bool failed = false;
    qint64 resumedFrom = -1;
    qint64 acknowledged = 0;
    bool timedOut = false;
};

// Runs the upload until it finishes, fails or the fault fires.
UploadRun upload(ReaderLink *link, const QString &bundle, const std::function<bool(qint64, qint64)> &fault,
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

} // namespace

QString factoryFirmwareVersion()
{
    return u"MADOGUCHI_RDR_" MADOGUCHI_VERSION ""_s;
}

void writeDevelopmentBundle(const QString &path, const QString &version, qint64 payloadBytes)
{
    QFile key(sourceDirectory() + u"/resources/devkeys/bundle-dev.key"_s);
    if (!key.open(QIODevice::ReadOnly))
        qFatal("no development key at %s", qPrintable(key.fileName()));
    BundleManifest manifest;
    manifest.version = *VendorVersion::parse(version);
    manifest.models = { u"MDG-R1"_s };
    manifest.minimumConsole = *VendorVersion::parse(QStringLiteral(MADOGUCHI_VERSION));
    QByteArray payload(payloadBytes, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char((i * 2654435761u) >> 24);
    QBuffer in(&payload);
    in.open(QIODevice::ReadOnly);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !Bundle::write(&out, manifest, &in).ok())
        qFatal("cannot write %s", qPrintable(path));
    out.close();
    if (!Bundle::signFile(path, QByteArray::fromBase64(key.readAll().trimmed())).ok())
        qFatal("cannot sign %s", qPrintable(path));
}

QString slotVersion(const QString &stateDirectory, QString *problem)
{
    QFile file(stateDirectory + u"/firmware/slots.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return factoryFirmwareVersion();
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    if (!state.value(u"trial"_s).isNull())
        *problem = u"trial still pending after a start"_s;
    const QString active = state.value(u"active"_s).toString();
    return state.value(u"slots"_s).toObject().value(active).toObject().value(u"version"_s).toString();
}

FirmwareFaultOutcome runFirmwareFault(const FirmwareFaultPoint &point, const QString &serial, const QString &bundle,
                                      const QString &updatedVersion)
{
    const QString old = factoryFirmwareVersion();
    QStringList outcome;
    const auto broken = [&](const QString &why) {
        outcome << why;
        return FirmwareFaultOutcome { outcome.join(u"; "_s), true };
    };
    QTemporaryDir state;
    const quint16 port = freeTcpPort();
    auto reader = std::make_unique<ReaderProcess>(serial, state.path(), port, 0);
    if (!reader->start() || !reader->waitUntilListening())
        return broken(u"fresh reader does not start"_s);
    std::unique_ptr<ConsoleFixture> fixture = console();
    if (!trusted(*fixture, serial, port))
        return broken(u"fresh reader not trusted"_s);
    const TlsIdentity identity = fixture->identity;

    // After the reader restarted, a new console (same identity, so still
    // the paired one) sees its new hello, never the last one of the old process.
    const auto reconnect = [&] {
        fixture.reset();
        fixture = console(&identity);
        return trusted(*fixture, serial, port);
    };
    const auto restartReader = [&](bool kill) {
        if (kill)
            reader->kill9();
        else
            reader->terminate();
        reader->waitForExit();
        reader = std::make_unique<ReaderProcess>(serial, state.path(), port, 0);
        return reader->start() && reader->waitUntilListening(10000);
    };

    // The update, cut by the fault.
    UploadRun first;
    switch (point.fault) {
    case FirmwareFault::KillReaderAfter:
    case FirmwareFault::CutLinkAfter:
    case FirmwareFault::DropConsoleAfter:
        first = upload(fixture->fleet->link(serial), bundle, [&](qint64 acknowledged, qint64) {
            if (acknowledged < point.param)
                return false;
            if (point.fault == FirmwareFault::KillReaderAfter)
                reader->kill9();
            else
                fixture->fleet->link(serial)->close();
            return true;
        });
        outcome << u"cut at %1 MiB"_s.arg(double(first.acknowledged) / MiB, 0, 'f', 1);
        if (point.fault == FirmwareFault::DropConsoleAfter) {
            fixture = console(&identity);
            outcome.last() += u", new console"_s;
        } else if (point.fault == FirmwareFault::CutLinkAfter) {
            ReaderLink *link = fixture->fleet->link(serial);
            link->open();
            if (!QTest::qWaitFor([link] { return link->isTrusted(); }, 10000))
                return broken(u"link not trusted again after the cut"_s);
        }
        break;
    case FirmwareFault::KillReaderInFinish: {
        // Cancelled with the guard, so that it never hits the next process.
        QObject guard;
        first = upload(fixture->fleet->link(serial), bundle, [&](qint64 acknowledged, qint64 size) {
            if (acknowledged == size)
                QTimer::singleShot(int(point.param), &guard, [&] { reader->kill9(); });
            return false;
        });
        outcome << (first.finished ? u"finish answered before the kill"_s : u"killed in finish"_s);
        reader->kill9();
        break;
    }
    case FirmwareFault::KillReaderAfterInstall:
    case FirmwareFault::KillReaderInFirstBoot:
    case FirmwareFault::KillReaderAfterCommit:
        first = upload(fixture->fleet->link(serial), bundle, {});
        if (!first.finished)
            return broken(u"uncut update did not finish"_s);
        if (point.fault == FirmwareFault::KillReaderAfterInstall) {
            reader->kill9();
            outcome << u"killed after install"_s;
        } else {
            reader->terminate();
            reader->waitForExit();
            reader = std::make_unique<ReaderProcess>(serial, state.path(), port, 0);
            if (!reader->start())
                return broken(u"installed reader cannot be spawned"_s);
            if (point.fault == FirmwareFault::KillReaderInFirstBoot) {
                QTest::qWait(int(point.param));
            } else if (!reader->waitUntilListening(10000) || !reconnect()) {
                return broken(u"updated reader not back before the kill"_s);
            }
            reader->kill9();
            outcome << u"killed %1"_s.arg(point.fault == FirmwareFault::KillReaderInFirstBoot
                                              ? u"%1 ms into the first boot"_s.arg(point.param)
                                              : u"after commit"_s);
        }
        break;
    }

    // Recovery: the reader starts again and must say what its slots say.
    const bool readerDown = !reader->isRunning();
    if (readerDown && !(reader->start() && reader->waitUntilListening(10000)))
        return broken(u"reader does not start"_s);
    if (readerDown ? !reconnect() : !trusted(*fixture, serial, port))
        return broken(u"no trusted link"_s);
    const QString reported = fixture->registry.entry(serial)->description.firmware;
    QString problem;
    const QString onDisk = slotVersion(state.path(), &problem);
    bool brick = !problem.isEmpty() || reported != onDisk || (reported != old && reported != updatedVersion);
    outcome << u"boots %1"_s.arg(reported == updatedVersion ? u"new"_s : u"old"_s);
    if (!problem.isEmpty())
        outcome << problem;

    // And takes the update in the end.
    if (reported != updatedVersion) {
        const UploadRun again = upload(fixture->fleet->link(serial), bundle, {});
        if (again.resumedFrom > 0)
            outcome << u"resumed at %1 MiB"_s.arg(double(again.resumedFrom) / MiB, 0, 'f', 0);
        // Acknowledged means journalled on the reader's disk: never sent twice.
        const bool lostAcknowledged = first.acknowledged < QFileInfo(bundle).size()
            && point.fault != FirmwareFault::KillReaderInFinish && again.resumedFrom < first.acknowledged;
        if (lostAcknowledged)
            outcome << u"lost acknowledged chunks"_s;
        brick = brick || !again.finished || lostAcknowledged;
        if (!restartReader(false) || !reconnect())
            return broken(u"reader does not start after the update"_s);
    }
    const QString final = fixture->registry.entry(serial)->description.firmware;
    brick = brick || final != updatedVersion || slotVersion(state.path(), &problem) != updatedVersion;
    outcome << u"ends on %1"_s.arg(final == updatedVersion ? u"new"_s : final);
    reader->terminate();
    reader->waitForExit();
    return FirmwareFaultOutcome { outcome.join(u"; "_s), brick };
}

} // namespace TestSupport
