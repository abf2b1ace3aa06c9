// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/firmware/bundleupload.h"
#include "devicelink/controlmessage.h"
#include "devicelink/firmware/bundle.h"
#include "devicelink/firmware/bundlechunk.h"
#include "devicelink/protocol.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerlink.h"
#include "devicelink/signature.h"
#include "readerstack/device/readerdevice.h"
#include "readerstack/device/readerversion.h"
#include "readerstack/firmware/firmwareslots.h"
#include "readerstack/host/readerhost.h"
#include "tests/support/consolefixture.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QString Serial = u"MDG-FW02"_s;
const QString Update = u"MADOGUCHI_RDR_9.0.0"_s;

} // namespace

// A bundle sent from the console to an in-process reader over the link:
// chunks on the bulk channel, installed into the inactive slot, resumed
// after a cut from the reader's last good chunk, control answered meanwhile.
class TestFirmwareTransfer final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<ReaderHost> m_host;

    bool startHost()
    {
        ReaderHostOptions options;
        options.serial = Serial;
        options.stateDirectory = m_dir->filePath(u"reader"_s);
        Result<std::unique_ptr<ReaderHost>> host = ReaderHost::start(options);
        if (!host)
            return false;
        m_host = std::move(host).value();
        return true;
    }

    bool connectAndPair()
    {
        m_console->fleet->connectTo(u"127.0.0.1"_s, m_host->port());
        if (!QTest::qWaitFor([this] { return m_console->registry.entry(Serial) != nullptr; }, 10000))
            return false;
        if (!m_console->registerReader(Serial))
            return false;
        return QTest::qWaitFor([this] { return m_console->isTrusted(Serial); }, 10000);
    }

    ReaderLink *link() const { return m_console->fleet->link(Serial); }

    QString bundle(const QString &version, qint64 payloadBytes, const QByteArray &secretKey = {})
    {
        QByteArray secret = secretKey;
        if (secret.isEmpty()) {
            QFile key(qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + u"/resources/devkeys/bundle-dev.key"_s);
            if (!key.open(QIODevice::ReadOnly))
                qFatal("no development key at %s", qPrintable(key.fileName()));
            secret = QByteArray::fromBase64(key.readAll().trimmed());
        }
        BundleManifest manifest;
        manifest.version = *VendorVersion::parse(version);
        manifest.models = { readerModel() };
        manifest.minimumConsole = *VendorVersion::parse(QStringLiteral(MADOGUCHI_VERSION));
        QByteArray payload(payloadBytes, Qt::Uninitialized);
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(i * 2654435761u >> 24);
        QBuffer in(&payload);
        in.open(QIODevice::ReadOnly);
        const QString path = m_dir->filePath(version + u".mdgb"_s);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || !Bundle::write(&out, manifest, &in).ok())
            qFatal("cannot write %s", qPrintable(path));
        out.close();
        if (!Bundle::signFile(path, secret).ok())
            qFatal("cannot sign %s", qPrintable(path));
        return path;
    }

    QStringList incomingFiles() const
    {
        return QDir(m_host->firmware()->directory() + u"/incoming"_s).entryList(QDir::Files);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY(startHost());
        QVERIFY(connectAndPair());
    }

    void cleanup()
    {
        m_console.reset();
        m_host.reset();
        m_dir.reset();
    }

    void transferInstallsAndTheNextStartRunsIt()
    {
        Console::BundleUpload upload(link(), bundle(Update, 5 * BundleChunkBytes + 1234));
        QSignalSpy finished(&upload, &Console::BundleUpload::finished);
        QSignalSpy progress(&upload, &Console::BundleUpload::progress);
        int refused = 0;
        connect(link(), &ReaderLink::messageReceived, &upload, [&refused](const ControlMessage &message) {
            if (message.type() == MessageType::Event
                && message.string(QString(Field::Kind)) == EventKind::UpdateProgress
                && message.integer(QString(Field::Error)) > 0) {
                ++refused;
            }
        });
        upload.start();
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QCOMPARE(finished.first().first().toString(), Update);
        QCOMPARE(upload.resumedFrom(), 0);
        // Each chunk went once: a refusal would have sent the window again.
        QCOMPARE(refused, 0);
        QCOMPARE(progress.last().at(0).toLongLong(), upload.size());
        QCOMPARE(m_host->firmware()->state().trial(), SlotStateMachine::Slot::B);
        QVERIFY(incomingFiles().isEmpty());
        // Still the old software until the reader starts again.
        QCOMPARE(m_host->device()->description().firmware, readerFirmwareVersion());

        m_console.reset();
        m_host.reset();
        QVERIFY(startHost());
        QCOMPARE(m_host->device()->description().firmware, Update);
        QCOMPARE(m_host->firmware()->state().active(), SlotStateMachine::Slot::B);
    }

    void cutLinkResumesAfterTheLastGoodChunk()
    {
        Console::BundleUpload upload(link(), bundle(Update, 12 * BundleChunkBytes + 99));
        QSignalSpy finished(&upload, &Console::BundleUpload::finished);
        QSignalSpy interrupted(&upload, &Console::BundleUpload::interrupted);
        qint64 acknowledgedAtCut = -1;
        connect(&upload, &Console::BundleUpload::progress, this, [&](qint64 acknowledged, qint64) {
            if (acknowledgedAtCut < 0 && acknowledged >= 3 * BundleChunkBytes) {
                acknowledgedAtCut = acknowledged;
                link()->close();
            }
        });
        upload.start();
        QVERIFY(interrupted.count() > 0 || interrupted.wait(30000));
        QVERIFY(acknowledgedAtCut > 0);
        QVERIFY(finished.isEmpty());

        link()->open();
        QVERIFY(QTest::qWaitFor([this] { return link()->isTrusted(); }, 10000));
        upload.start();
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        qInfo() << "cut after" << acknowledgedAtCut << "bytes acknowledged, resumed from" << upload.resumedFrom();
        QVERIFY(upload.resumedFrom() >= acknowledgedAtCut);
        QCOMPARE(upload.resumedFrom() % BundleChunkBytes, 0);
        QVERIFY(upload.resumedFrom() < upload.size());
        QCOMPARE(finished.first().first().toString(), Update);
    }

    void controlStaysResponsiveDuringTheTransfer()
    {
        Console::BundleUpload upload(link(), bundle(Update, 24 * BundleChunkBytes));
        QSignalSpy finished(&upload, &Console::BundleUpload::finished);
        qint64 slowestMs = 0;
        int answered = 0;
        QElapsedTimer sent;
        std::function<void()> ask = [&] {
            sent.start();
            link()->request(QString(Op::Status), {}, this, [&](const Result<QCborMap> &reply) {
                if (!reply)
                    return;
                slowestMs = qMax(slowestMs, sent.elapsed());
                ++answered;
                if (finished.isEmpty())
                    ask();
            });
        };
        upload.start();
        ask();
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        qInfo() << answered << "status requests answered during the transfer, slowest" << slowestMs << "ms";
        QVERIFY(answered > 0);
        QVERIFY(slowestMs < 1000);
    }

    void bundleOfAnotherKeyIsRefusedAndDropped()
    {
        Console::BundleUpload upload(link(), bundle(Update, BundleChunkBytes + 5, generateSigningKeyPair().secretKey));
        QSignalSpy failed(&upload, &Console::BundleUpload::failed);
        upload.start();
        QVERIFY(failed.count() > 0 || failed.wait(30000));
        QCOMPARE(failed.first().first().value<Error>().code(), ErrorCode::BundleSignatureInvalid);
        QVERIFY(incomingFiles().isEmpty());
        QVERIFY(!m_host->firmware()->state().trial());
    }
};

QTEST_MAIN(TestFirmwareTransfer)
#include "testfirmwaretransfer.moc"
