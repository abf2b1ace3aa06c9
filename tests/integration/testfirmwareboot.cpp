// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/firmware/bundle.h"
#include "devicelink/readerregistry.h"
#include "devicelink/signature.h"
#include "readerstack/device/readerdevice.h"
#include "readerstack/device/readerversion.h"
#include "readerstack/firmware/firmwareslots.h"
#include "readerstack/host/readerhost.h"
#include "tests/support/consolefixture.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QString Serial = u"MDG-FW01"_s;
const QString Update = u"MADOGUCHI_RDR_9.0.0"_s;

} // namespace

// A reader host boots its software slot: the version in the hello (and so in
// the console's registry) is the slot's, a trial is committed once the host
// started, and a trial that died before that is rolled back on the next
// start. Bundles are signed with the development key, which this build trusts.
class TestFirmwareBoot final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString stateDirectory() const { return m_dir->filePath(u"reader"_s); }

    std::unique_ptr<ReaderHost> startHost()
    {
        ReaderHostOptions options;
        options.serial = Serial;
        options.stateDirectory = stateDirectory();
        Result<std::unique_ptr<ReaderHost>> host = ReaderHost::start(options);
        if (!host)
            qFatal("%s", qPrintable(host.error().toLogString()));
        return std::move(host).value();
    }

    QString developmentSignedBundle(const QString &version)
    {
        QFile key(qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + u"/resources/devkeys/bundle-dev.key"_s);
        if (!key.open(QIODevice::ReadOnly))
            qFatal("no development key at %s", qPrintable(key.fileName()));
        BundleManifest manifest;
        manifest.version = *VendorVersion::parse(version);
        manifest.models = { readerModel() };
        manifest.minimumConsole = *VendorVersion::parse(QStringLiteral(MADOGUCHI_VERSION));
        QByteArray payload(64 * 1024, 'f');
        QBuffer in(&payload);
        in.open(QIODevice::ReadOnly);
        const QString path = m_dir->filePath(version + u".mdgb"_s);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || !Bundle::write(&out, manifest, &in).ok())
            qFatal("cannot write %s", qPrintable(path));
        out.close();
        if (!Bundle::signFile(path, QByteArray::fromBase64(key.readAll().trimmed())).ok())
            qFatal("cannot sign %s", qPrintable(path));
        return path;
    }

    void installAndMark(ReaderHost &host, const QString &version)
    {
        QVERIFY(host.firmware());
        const Result<BundleInfo> installed = host.firmware()->install(developmentSignedBundle(version), readerModel());
        QVERIFY2(installed.ok(), qPrintable(installed ? QString() : installed.error().toLogString()));
        QVERIFY(host.firmware()->markTryBoot().ok());
    }

    // The description a console gets in the hello.
    static ReaderDescription seenByConsole(const ReaderHost &host)
    {
        ConsoleFixture console;
        console.fleet->connectTo(u"127.0.0.1"_s, host.port());
        if (!QTest::qWaitFor([&] { return console.registry.entry(Serial) != nullptr; }, 10000))
            qFatal("no hello from the reader");
        return console.registry.entry(Serial)->description;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void newReaderReportsItsFactoryVersion()
    {
        std::unique_ptr<ReaderHost> host = startHost();
        const ReaderDescription description = seenByConsole(*host);
        QCOMPARE(description.firmware, readerFirmwareVersion());
        QCOMPARE(description.software, QStringLiteral(MADOGUCHI_VERSION));
    }

    void updateIsReportedAndCommittedAfterRestart()
    {
        std::unique_ptr<ReaderHost> host = startHost();
        installAndMark(*host, Update);
        // Installed and marked, not yet booted: still the old version.
        QCOMPARE(host->device()->description().firmware, readerFirmwareVersion());
        host.reset();

        host = startHost();
        QCOMPARE(host->device()->description().firmware, Update);
        QCOMPARE(host->firmware()->state().active(), SlotStateMachine::Slot::B);
        QVERIFY(!host->firmware()->state().trial());
        const ReaderDescription description = seenByConsole(*host);
        QCOMPARE(description.firmware, Update);
        QCOMPARE(description.software, u"9.0.0"_s);
        host.reset();

        host = startHost();
        QCOMPARE(host->device()->description().firmware, Update);
    }

    void trialThatDiedBeforeItsHealthCheckIsRolledBack()
    {
        std::unique_ptr<ReaderHost> host = startHost();
        installAndMark(*host, Update);
        host.reset();
        {
            // A start that booted the trial and was killed before it finished.
            Result<std::unique_ptr<FirmwareSlots>> slots =
                FirmwareSlots::open(QDir(stateDirectory()).filePath(u"firmware"_s), readerFirmwareVersion());
            QVERIFY(slots.ok());
            QVERIFY(slots.value()->boot().trial);
        }
        host = startHost();
        QCOMPARE(host->device()->description().firmware, readerFirmwareVersion());
        bool reported = false;
        for (const Error &warning : host->startupWarnings())
            reported = reported || warning.code() == ErrorCode::FirmwareRolledBack;
        QVERIFY(reported);
        QCOMPARE(seenByConsole(*host).firmware, readerFirmwareVersion());
    }
};

QTEST_MAIN(TestFirmwareBoot)
#include "testfirmwareboot.moc"
