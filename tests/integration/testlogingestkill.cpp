// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/consolecore.h"
#include "app/logs/logreader.h"
#include "app/logs/logstore.h"
#include "app/logs/readerlogingest.h"
#include "devicelink/linkserver.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerregistry.h"
#include "readerstack/host/readerhost.h"
#include "readerstack/logs/readerlogstore.h"
#include "tests/support/consolefixture.h"
#include "tests/support/testenvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Console;
using namespace DeviceLink;
using namespace ReaderStack;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QString Serial = u"MDG-LOG-0201"_s;
constexpr int Produced = 3000;
constexpr int PerTick = 4;

} // namespace

// The console process killed with SIGKILL while it ingests a reader's log:
// an in-process reader writes records, the real madoguchi console (offscreen)
// streams them into its log store, and is killed mid-ingest. Every record the
// reader had been told was committed must be in the store the dead console
// left; restarted on the same data folder, the console resumes and the store
// ends complete, each record once.
class TestLogIngestKill final : public QObject
{
    Q_OBJECT

private:
    QString dataDirectory() const { return m_dir.filePath(u"console"_s); }

    // Sequence numbers of the reader's own records in the console's store,
    // in time order (the console's records about the reader carry none).
    QList<quint64> storedSequences() const
    {
        Result<std::unique_ptr<LogStore>> store = LogStore::open(QDir(dataDirectory()).filePath(u"logstore"_s));
        if (!store)
            return {};
        std::unique_ptr<LogReader> reader = store.value()->createReader();
        LogFilter filter;
        filter.sources = {Serial};
        const qint64 count = reader->count(filter).value();
        QList<quint64> sequences;
        const QList<LogRecord> records = reader->fetch(filter, 0, int(count)).value();
        for (const LogRecord &record : records) {
            for (const Console::LogField &field : record.fields) {
                if (field.key == ReaderLogIngest::SequenceField)
                    sequences.append(field.value.toULongLong());
            }
        }
        return sequences;
    }

    static QList<quint64> oneTo(quint64 last)
    {
        QList<quint64> sequences;
        for (quint64 n = 1; n <= last; ++n)
            sequences.append(n);
        return sequences;
    }

    bool startConsole()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_console.setProcessEnvironment(environment);
        m_console.setProgram(consoleBinary());
        m_console.setArguments({u"--data-dir"_s, dataDirectory(), u"--no-discovery"_s, u"--secrets"_s, u"file"_s,
                                u"--lang"_s, u"en"_s});
        // A file, not a pipe nobody reads, which would block the console.
        m_console.setStandardOutputFile(m_dir.filePath(u"console.out"_s), QIODevice::Append);
        m_console.setStandardErrorFile(m_dir.filePath(u"console.out"_s), QIODevice::Append);
        m_console.start();
        return m_console.waitForStarted(10000);
    }

    void kill9()
    {
        ::kill(pid_t(m_console.processId()), SIGKILL);
        QVERIFY(m_console.waitForFinished(10000));
        QCOMPARE(m_console.exitStatus(), QProcess::CrashExit);
    }

    QString consoleOutput() const
    {
        QFile file(m_dir.filePath(u"console.out"_s));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(4000)) : QString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ReaderHost> m_host;
    QProcess m_console;
    quint64 m_lastAck = 0;
    int m_produced = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(consoleBinary()), qPrintable(consoleBinary()));
        QVERIFY(m_dir.isValid());
        ReaderHostOptions options;
        options.serial = Serial;
        options.stateDirectory = m_dir.filePath(u"reader"_s);
        Result<std::unique_ptr<ReaderHost>> host = ReaderHost::start(options);
        QVERIFY2(host, qPrintable(host ? QString() : host.error().toLogString()));
        m_host = std::move(host).value();
        QVERIFY(m_host->log());
        connect(m_host->server(), &LinkServer::logAcknowledged, this, [this](quint64 n) { m_lastAck = n; });

        // Registered once, as at the front desk; the console's identity and
        // the reader's pin stay in the data folder for the processes.
        ConsoleOptions console;
        console.dataDirectory = dataDirectory();
        console.discovery = false;
        console.secretBackend = u"file"_s;
        Result<std::unique_ptr<ConsoleCore>> core = ConsoleCore::create(console);
        QVERIFY2(core, qPrintable(core ? QString() : core.error().toLogString()));
        core.value()->fleet()->connectTo(u"127.0.0.1"_s, m_host->port());
        QTRY_VERIFY_WITH_TIMEOUT(core.value()->registry()->entry(Serial) != nullptr, 10000);
        const Result<QCborMap> registered = waitForReply([&](ReaderLink::ReplyHandler done) {
            core.value()->fleet()->registerReader(Serial, nullptr, std::move(done));
        });
        QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().toLogString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_lastAck > 0 && m_lastAck == m_host->log()->lastSequence(), 10000);
        core.value().reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_host->server()->trustedSessionCount(), 0, 10000);
    }

    void cleanupTestCase()
    {
        if (m_console.state() != QProcess::NotRunning)
            kill9();
        m_host.reset();
    }

    void killedMidIngestLosesNoAcknowledgedRecord()
    {
        QTimer producer;
        connect(&producer, &QTimer::timeout, this, [this, &producer] {
            for (int i = 0; i < PerTick && m_produced < Produced; ++i, ++m_produced)
                QVERIFY(m_host->log()->append(LogEntry::Level::Info, u"test"_s, {}, u"produced %1"_s.arg(m_produced)));
            if (m_produced == Produced)
                producer.stop();
        });

        QVERIFY(startConsole());
        QTRY_VERIFY2_WITH_TIMEOUT(m_host->server()->trustedSessionCount() == 1, qPrintable(consoleOutput()), 30000);
        producer.start(0);
        QTRY_VERIFY2_WITH_TIMEOUT(m_lastAck >= quint64(Produced / 4), qPrintable(consoleOutput()), 30000);
        // Mid-ingest: the reader holds records the console has not
        // confirmed.
        QVERIFY(m_host->log()->lastSequence() > m_lastAck);
        kill9();
        // Acks already on their way still arrive, until the reader sees the
        // session end.
        QTRY_COMPARE_WITH_TIMEOUT(m_host->server()->trustedSessionCount(), 0, 10000);
        const quint64 acked = m_lastAck;

        // What the dead console left: everything acknowledged, each once,
        // perhaps more (committed, its ack lost with the process).
        const QList<quint64> afterKill = storedSequences();
        QVERIFY2(quint64(afterKill.size()) >= acked,
                 qPrintable(u"%1 stored, %2 acknowledged"_s.arg(afterKill.size()).arg(acked)));
        QCOMPARE(afterKill, oneTo(quint64(afterKill.size())));
        qInfo("killed with %llu acknowledged, %llu written by the reader; the store held %lld", acked,
              m_host->log()->lastSequence(), qlonglong(afterKill.size()));

        QVERIFY(startConsole());
        QTRY_COMPARE_WITH_TIMEOUT(m_produced, Produced, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_lastAck, m_host->log()->lastSequence(), 30000);
        kill9();
        QCOMPARE(storedSequences(), oneTo(m_host->log()->lastSequence()));
        qInfo("after the restart: %llu records stored once each", m_host->log()->lastSequence());
    }
};

QTEST_MAIN(TestLogIngestKill)
#include "testlogingestkill.moc"
