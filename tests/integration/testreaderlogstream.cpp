// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logreader.h"
#include "app/logs/logstore.h"
#include "app/logs/readerlogingest.h"
#include "devicelink/linkserver.h"
#include "devicelink/readerlink.h"
#include "readerstack/host/readerhost.h"
#include "readerstack/logs/readerlogstore.h"
#include "tests/support/consolefixture.h"
#include "tests/support/tcprelay.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Console;
using namespace DeviceLink;
using namespace ReaderStack;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QString Serial = u"MDG-LOG-0101"_s;
// Records the test has the reader write, on top of its own (start, pairing,
// the sessions the cuts break).
constexpr int Produced = 2000;
constexpr int PerTick = 4;

} // namespace

// A reader's log streamed to the console over a network that goes away: an
// in-process reader writes records while the link between it and the
// console's ingest is cut and restored, mid-stream and mid-batch; at the end
// the console's store holds each of the reader's records exactly once.
class TestReaderLogStream final : public QObject
{
    Q_OBJECT

private:
    // Sequence numbers of Serial's records in the store, in time order;
    // fails the test for a record of the reader without one.
    static QList<quint64> storedSequences(LogStore &store)
    {
        std::unique_ptr<LogReader> reader = store.createReader();
        LogFilter filter;
        filter.sources = {Serial};
        const qint64 count = reader->count(filter).value();
        QList<quint64> sequences;
        const QList<LogRecord> records = reader->fetch(filter, 0, int(count)).value();
        for (const LogRecord &record : records) {
            const auto field = std::find_if(record.fields.cbegin(), record.fields.cend(),
                                            [](const Console::LogField &f) { return f.key == ReaderLogIngest::SequenceField; });
            if (field == record.fields.cend())
                qWarning("record without a sequence number: %s", qPrintable(record.message));
            else
                sequences.append(field->value.toULongLong());
        }
        if (sequences.size() != count)
            sequences.clear();
        return sequences;
    }

    bool linkTrusted() const
    {
        const ReaderLink *link = m_console->fleet->link(Serial);
        return link && link->isTrusted();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReaderHost> m_host;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<TcpRelay> m_relay;
    std::unique_ptr<LogStore> m_store;
    std::unique_ptr<ReaderLogIngest> m_ingest;
    int m_produced = 0;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        ReaderHostOptions options;
        options.serial = Serial;
        options.stateDirectory = m_dir->filePath(u"reader"_s);
        Result<std::unique_ptr<ReaderHost>> host = ReaderHost::start(options);
        QVERIFY2(host, qPrintable(host ? QString() : host.error().toLogString()));
        m_host = std::move(host).value();
        QVERIFY(m_host->log());

        m_relay = std::make_unique<TcpRelay>(m_host->port());
        QVERIFY(m_relay->listen());
        Result<std::unique_ptr<LogStore>> store = LogStore::open(m_dir->filePath(u"store"_s));
        QVERIFY(store);
        m_store = std::move(store).value();
        m_console = std::make_unique<ConsoleFixture>();
        m_ingest = std::make_unique<ReaderLogIngest>(m_store.get(), m_console->fleet.get());
        m_produced = 0;

        // The console knows the reader by the relay's address only.
        m_console->fleet->connectTo(u"127.0.0.1"_s, m_relay->port());
        QTRY_VERIFY_WITH_TIMEOUT(m_console->registry.entry(Serial) != nullptr, 10000);
        QVERIFY(m_console->registerReader(Serial));
        QTRY_VERIFY_WITH_TIMEOUT(linkTrusted(), 10000);
    }

    void cleanup()
    {
        m_ingest.reset();
        m_console.reset();
        m_relay.reset();
        m_store.reset();
        m_host.reset();
        m_dir.reset();
    }

    void cutAndRestoredMidStreamKeepsEveryRecordOnce()
    {
        quint64 lastAck = 0;
        connect(m_host->server(), &LinkServer::logAcknowledged, this, [&lastAck](quint64 n) { lastAck = n; });
        QSignalSpy batches(m_console->fleet.get(), &ReaderFleet::logReceived);
        QSignalSpy trusted(m_console->fleet.get(), &ReaderFleet::readerTrusted);
        QSignalSpy acked(m_host->server(), &LinkServer::logAcknowledged);
        QTimer producer;
        connect(&producer, &QTimer::timeout, this, [this, &producer] {
            for (int i = 0; i < PerTick && m_produced < Produced; ++i, ++m_produced)
                QVERIFY(m_host->log()->append(LogEntry::Level::Info, u"test"_s, {}, u"produced %1"_s.arg(m_produced)));
            if (m_produced == Produced)
                producer.stop();
        });
        producer.start(0);

        // 1. Cut just after a batch arrived: the store has it queued, the
        //    reader has no ack for it and sends it again after the cut. The
        //    reader writes on while nobody listens.
        QTRY_VERIFY_WITH_TIMEOUT(m_ingest->committedSequence(Serial) >= 200, 20000);
        batches.clear();
        QVERIFY(batches.wait(10000));
        m_relay->cut();
        const quint64 atCut = m_host->log()->lastSequence();
        QTRY_VERIFY_WITH_TIMEOUT(!linkTrusted(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_host->log()->lastSequence() >= atCut + 100, 10000);
        trusted.clear();
        QVERIFY(m_relay->restore());
        QVERIFY(trusted.wait(10000));

        // 2. Twice more, just after an ack, restored at once: the console
        //    comes back while acks and batches of the old session are lost.
        for (quint64 threshold : {quint64(Produced / 2), quint64(Produced * 3 / 4)}) {
            QTRY_VERIFY_WITH_TIMEOUT(m_ingest->committedSequence(Serial) >= threshold, 20000);
            acked.clear();
            QVERIFY(acked.wait(10000));
            trusted.clear();
            m_relay->cut();
            QVERIFY(m_relay->restore());
            QVERIFY(trusted.wait(10000));
        }

        QTRY_COMPARE_WITH_TIMEOUT(m_produced, Produced, 30000);
        QVERIFY(m_host->log()->lastSequence() > quint64(Produced));
        QTRY_COMPARE_WITH_TIMEOUT(m_ingest->committedSequence(Serial), m_host->log()->lastSequence(), 20000);
        // The reader heard the console confirm every record.
        QTRY_COMPARE_WITH_TIMEOUT(lastAck, m_host->log()->lastSequence(), 10000);

        const QList<quint64> sequences = storedSequences(*m_store);
        qInfo("%lld records stored across 3 cuts; %lld batches received", qlonglong(sequences.size()),
              qlonglong(batches.size()));
        QCOMPARE(quint64(sequences.size()), m_host->log()->lastSequence());
        for (qsizetype i = 0; i < sequences.size(); ++i)
            QCOMPARE(sequences.at(i), quint64(i + 1));
    }
};

QTEST_MAIN(TestReaderLogStream)
#include "testreaderlogstream.moc"
