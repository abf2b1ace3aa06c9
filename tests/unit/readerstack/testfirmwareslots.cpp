// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/signature.h"
#include "readerstack/firmware/firmwareslots.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

using Slot = SlotStateMachine::Slot;
using Status = SlotStateMachine::Status;

namespace {

const QString Factory = u"MADOGUCHI_RDR_0.1.0"_s;
const QString Model = u"MDG-R1"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

std::unique_ptr<FirmwareSlots> openSlots(const QString &directory, Error *damage = nullptr)
{
    Result<std::unique_ptr<FirmwareSlots>> slots = FirmwareSlots::open(directory, Factory, damage);
    if (!slots)
        qFatal("%s", qPrintable(slots.error().toLogString()));
    return std::move(slots).value();
}

} // namespace

// The A/B slots on disk: install, hash check, trial boot, commit, rollback,
// and what a restart at each step finds.
class TestFirmwareSlots final : public QObject {
    Q_OBJECT

private:
    SigningKeyPair m_keys;
    QByteArray m_payload;

    QString bundle(const QTemporaryDir &dir, const QString &version, const QString &model = Model,
                   const QByteArray &secretKey = {}) const
    {
        BundleManifest manifest;
        manifest.version = *VendorVersion::parse(version);
        manifest.models = { model };
        manifest.minimumConsole = *VendorVersion::parse(u"0.1.0");
        QByteArray payload = m_payload + version.toUtf8();
        QBuffer in(&payload);
        in.open(QIODevice::ReadOnly);
        const QString path = dir.filePath(version + u".mdgb"_s);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || !Bundle::write(&out, manifest, &in).ok())
            qFatal("cannot write the bundle");
        out.close();
        if (!Bundle::signFile(path, secretKey.isEmpty() ? m_keys.secretKey : secretKey).ok())
            qFatal("cannot sign the bundle");
        return path;
    }

    // Installs and marks version, as the console's update would.
    void installAndMark(FirmwareSlots &slots, const QTemporaryDir &bundles, const QString &version)
    {
        const Result<BundleInfo> installed = slots.install(bundle(bundles, version), Model, m_keys.publicKey);
        QVERIFY2(installed.ok(), qPrintable(installed ? QString() : installed.error().toLogString()));
        QVERIFY(slots.markTryBoot().ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_keys = generateSigningKeyPair();
        m_payload = QByteArray(300 * 1024, 'p');
    }

    void newReaderRunsTheFactorySoftware()
    {
        QTemporaryDir dir;
        std::unique_ptr<FirmwareSlots> slots = openSlots(dir.filePath(u"firmware"_s));
        const SlotStateMachine::BootDecision decision = slots->boot();
        QCOMPARE(decision.slot, Slot::A);
        QCOMPARE(slots->bootedVersion(), Factory);
        QVERIFY(slots->commit().ok());
        QVERIFY(QFile::exists(slots->stateFilePath()));
    }

    void installTrialCommit()
    {
        QTemporaryDir dir;
        QTemporaryDir bundles;
        const QString folder = dir.filePath(u"firmware"_s);
        {
            std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
            slots->boot();
            const Result<BundleInfo> info =
                slots->install(bundle(bundles, u"MADOGUCHI_RDR_1.2.0"_s), Model, m_keys.publicKey);
            QVERIFY(info.ok());
            QCOMPARE(slots->state().record(Slot::B).status, Status::Installed);
            const QString slotB = slots->slotDirectory(Slot::B);
            QCOMPARE(readAll(slotB + u"/payload.bin"_s), m_payload + "MADOGUCHI_RDR_1.2.0");
            QCOMPARE(readAll(slotB + u"/manifest.json"_s), info->manifestBytes);
            QVERIFY(!QFile::exists(slotB + u"/payload.bin.part"_s));
            // Installed but not marked: a restart still runs the old software.
            QCOMPARE(slots->bootedVersion(), Factory);
            QVERIFY(slots->markTryBoot().ok());
        }
        {
            std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
            const SlotStateMachine::BootDecision decision = slots->boot();
            QCOMPARE(decision.slot, Slot::B);
            QVERIFY(decision.trial);
            QCOMPARE(slots->bootedVersion(), u"MADOGUCHI_RDR_1.2.0"_s);
            QVERIFY(slots->commit().ok());
        }
        std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
        QCOMPARE(slots->boot().slot, Slot::B);
        QCOMPARE(slots->state().active(), Slot::B);
        QCOMPARE(slots->bootedVersion(), u"MADOGUCHI_RDR_1.2.0"_s);

        // The next update goes into slot A and is judged against 1.2.0.
        QCOMPARE(slots->install(bundle(bundles, u"MADOGUCHI_RDR_1.1.0"_s), Model, m_keys.publicKey).error().code(),
                 ErrorCode::BundleDowngrade);
        installAndMark(*slots, bundles, u"MADOGUCHI_RDR_1.3.0"_s);
        QCOMPARE(slots->state().trial(), Slot::A);
    }

    void trialThatDiesBeforeCommitIsRolledBack()
    {
        QTemporaryDir dir;
        QTemporaryDir bundles;
        const QString folder = dir.filePath(u"firmware"_s);
        {
            std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
            slots->boot();
            installAndMark(*slots, bundles, u"MADOGUCHI_RDR_1.2.0"_s);
        }
        {
            std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
            QCOMPARE(slots->boot().slot, Slot::B);
            // Killed here, before the health check.
        }
        std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
        const SlotStateMachine::BootDecision decision = slots->boot();
        QCOMPARE(decision.slot, Slot::A);
        QVERIFY(decision.rolledBack);
        QCOMPARE(slots->bootedVersion(), Factory);
        QCOMPARE(slots->state().record(Slot::B).status, Status::Bad);
        // The clinic can try again.
        installAndMark(*slots, bundles, u"MADOGUCHI_RDR_1.2.1"_s);
    }

    void failedHealthCheckRollsBackOnTheNextBoot()
    {
        QTemporaryDir dir;
        QTemporaryDir bundles;
        const QString folder = dir.filePath(u"firmware"_s);
        {
            std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
            slots->boot();
            installAndMark(*slots, bundles, u"MADOGUCHI_RDR_1.2.0"_s);
        }
        {
            std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
            QVERIFY(slots->boot().trial);
            QVERIFY(slots->rejectBootedTrial().ok());
        }
        std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
        QVERIFY(slots->boot().rolledBack);
        QCOMPARE(slots->bootedVersion(), Factory);
    }

    void damagedTrialPayloadIsNotRun()
    {
        QTemporaryDir dir;
        QTemporaryDir bundles;
        const QString folder = dir.filePath(u"firmware"_s);
        QString payload;
        {
            std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
            slots->boot();
            installAndMark(*slots, bundles, u"MADOGUCHI_RDR_1.2.0"_s);
            payload = slots->slotDirectory(Slot::B) + u"/payload.bin"_s;
        }
        QByteArray bytes = readAll(payload);
        bytes[100] = 'X';
        writeAll(payload, bytes);
        std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
        const SlotStateMachine::BootDecision decision = slots->boot();
        QCOMPARE(decision.slot, Slot::A);
        QVERIFY(decision.rolledBack);
        QCOMPARE(slots->bootedVersion(), Factory);
    }

    void refusedBundlesLeaveTheSlotsAlone_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("otherKey");
        QTest::addColumn<int>("expected");
        QTest::newRow("another key") << u"MADOGUCHI_RDR_1.2.0"_s << Model << true
                                     << int(ErrorCode::BundleSignatureInvalid);
        QTest::newRow("wrong model") << u"MADOGUCHI_RDR_1.2.0"_s << u"MDG-R2"_s << false
                                     << int(ErrorCode::BundleWrongModel);
        QTest::newRow("same version") << Factory << Model << false << int(ErrorCode::BundleDowngrade);
        QTest::newRow("older") << u"MADOGUCHI_RDR_0.0.9"_s << Model << false << int(ErrorCode::BundleDowngrade);
    }

    void refusedBundlesLeaveTheSlotsAlone()
    {
        QFETCH(QString, version);
        QFETCH(QString, model);
        QFETCH(bool, otherKey);
        QFETCH(int, expected);
        QTemporaryDir dir;
        QTemporaryDir bundles;
        std::unique_ptr<FirmwareSlots> slots = openSlots(dir.filePath(u"firmware"_s));
        slots->boot();
        const SlotStateMachine before = slots->state();
        const QString path =
            bundle(bundles, version, model, otherKey ? generateSigningKeyPair().secretKey : QByteArray());
        QCOMPARE(slots->install(path, Model, m_keys.publicKey).error().number(), expected);
        QCOMPARE(slots->state(), before);
        QVERIFY(!QDir(slots->slotDirectory(Slot::B)).exists());
    }

    void installCutShortBootsTheActiveSlotAndResumes()
    {
        QTemporaryDir dir;
        QTemporaryDir bundles;
        const QString folder = dir.filePath(u"firmware"_s);
        {
            std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
            slots->boot();
            QVERIFY(slots->install(bundle(bundles, u"MADOGUCHI_RDR_1.2.0"_s), Model, m_keys.publicKey).ok());
        }
        // What a power cut in the middle of writing the payload leaves: the
        // slot Installing and a partial file.
        QByteArray state = readAll(folder + u"/slots.json"_s);
        state.replace("\"installed\"", "\"installing\"");
        writeAll(folder + u"/slots.json"_s, state);
        QFile::remove(folder + u"/slot-b/payload.bin"_s);
        writeAll(folder + u"/slot-b/payload.bin.part"_s, m_payload.left(1000));

        std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
        QCOMPARE(slots->state().record(Slot::B).status, Status::Installing);
        QCOMPARE(slots->boot().slot, Slot::A);
        QVERIFY(slots->markTryBoot().error().code() == ErrorCode::FirmwareUpdateRefused);
        installAndMark(*slots, bundles, u"MADOGUCHI_RDR_1.2.0"_s);
    }

    void leftoverTemporaryStateFileIsIgnored()
    {
        QTemporaryDir dir;
        QTemporaryDir bundles;
        const QString folder = dir.filePath(u"firmware"_s);
        {
            std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
            slots->boot();
            installAndMark(*slots, bundles, u"MADOGUCHI_RDR_1.2.0"_s);
        }
        // A power cut while the next state was written: half a temp file.
        writeAll(folder + u"/slots.json.tmp"_s, "{\"format\": 1, \"act");
        std::unique_ptr<FirmwareSlots> slots = openSlots(folder);
        QCOMPARE(slots->boot().slot, Slot::B);
        QVERIFY(slots->commit().ok());
        QVERIFY(!QFile::exists(folder + u"/slots.json.tmp"_s));
    }

    void damagedStateFileFallsBackToTheFactorySoftware()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"firmware"_s);
        QDir().mkpath(folder);
        writeAll(folder + u"/slots.json"_s, "\x00\x01 garbage");
        Error damage;
        std::unique_ptr<FirmwareSlots> slots = openSlots(folder, &damage);
        QCOMPARE(damage.code(), ErrorCode::FirmwareStateCorrupt);
        QCOMPARE(damage.codeString(), u"U611"_s);
        QCOMPARE(slots->boot().slot, Slot::A);
        QCOMPARE(slots->bootedVersion(), Factory);
        QCOMPARE(QDir(folder).entryList({ u"slots.json.damaged-*"_s }).size(), 1);
    }

    void unusableFolderIsReported()
    {
        QTemporaryDir dir;
        writeAll(dir.filePath(u"file"_s), "not a folder");
        const Result<std::unique_ptr<FirmwareSlots>> slots =
            FirmwareSlots::open(dir.filePath(u"file/firmware"_s), Factory);
        QVERIFY(!slots.ok());
        QCOMPARE(slots.error().code(), ErrorCode::FirmwareSlotUnusable);
    }
};

QTEST_GUILESS_MAIN(TestFirmwareSlots)
#include "testfirmwareslots.moc"
