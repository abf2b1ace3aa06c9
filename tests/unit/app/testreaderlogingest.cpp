// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logreader.h"
#include "app/logs/logstore.h"
#include "app/logs/readerlogingest.h"
#include "devicelink/logentry.h"
#include "readerstack/host/readerhost.h"
#include "readerstack/logs/readerlogstore.h"
#include "tests/support/consolefixture.h"

#include <QDateTime>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace ReaderStack;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

const QString Serial = u"MDG-LOG-0001"_s;

LogEntry entry(quint64 sequence, qint64 timeMs)
{
    LogEntry e;
    e.sequence = sequence;
    e.timeMs = timeMs;
    e.category = u"test"_s;
    e.message = u"record %1"_s.arg(sequence);
    return e;
}

// Sequence numbers of serial's records in the store, in time order.
QList<quint64> storedSequences(LogStore &store, const QString &serial)
{
    std::unique_ptr<LogReader> reader = store.createReader();
    LogFilter filter;
    filter.sources = {serial};
    const qint64 count = reader->count(filter).value();
    QList<quint64> sequences;
    const QList<LogRecord> records = reader->fetch(filter, 0, int(count)).value();
    for (const LogRecord &record : records) {
        for (const LogField &field : record.fields) {
            if (field.key == ReaderLogIngest::SequenceField)
                sequences.append(field.value.toULongLong());
        }
    }
    return sequences;
}

} // namespace

class TestReaderLogIngest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void recordCarriesSequence();
    void lastStoredSequenceSkipsConsoleRecords();
    void streamsEverythingOnce();
    void resumesAfterWhatTheStoreHolds();
    void readerLogStartedOver();

private:
    bool prefillReader(int count);
    bool startReader();
    bool connectAndPair();
    quint64 readerLast() const { return m_host->log()->lastSequence(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LogStore> m_store;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<ReaderLogIngest> m_ingest;
    std::unique_ptr<ReaderHost> m_host;
};

void TestReaderLogIngest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<LogStore>> store = LogStore::open(m_dir->filePath(u"store"_s));
    QVERIFY(store);
    m_store = std::move(store).value();
    m_console = std::make_unique<ConsoleFixture>();
}

void TestReaderLogIngest::cleanup()
{
    m_host.reset();
    m_ingest.reset();
    m_console.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestReaderLogIngest::prefillReader(int count)
{
    ReaderLogStore::Options options;
    options.syncToDisk = false;
    Result<std::unique_ptr<ReaderLogStore>> log =
        ReaderLogStore::open(QDir(m_dir->filePath(u"reader"_s)).filePath(u"logs"_s), options);
    if (!log)
        return false;
    for (int i = 0; i < count; ++i) {
        if (!log.value()->append(LogEntry::Level::Info, u"test"_s, {}, u"prefilled"_s))
            return false;
    }
    return true;
}

bool TestReaderLogIngest::startReader()
{
    ReaderHostOptions options;
    options.serial = Serial;
    options.stateDirectory = m_dir->filePath(u"reader"_s);
    Result<std::unique_ptr<ReaderHost>> host = ReaderHost::start(options);
    if (!host)
        return false;
    m_host = std::move(host).value();
    return m_host->log() != nullptr;
}

bool TestReaderLogIngest::connectAndPair()
{
    m_console->fleet->connectTo(u"127.0.0.1"_s, m_host->port());
    if (!QTest::qWaitFor([this] { return m_console->registry.entry(Serial) != nullptr; }, 10000))
        return false;
    if (!m_console->registerReader(Serial))
        return false;
    return QTest::qWaitFor([this] { return m_console->isTrusted(Serial); }, 10000);
}

void TestReaderLogIngest::recordCarriesSequence()
{
    LogEntry e = entry(42, 1'700'000'000'000);
    e.level = LogEntry::Level::Error;
    e.code = u"R301"_s;
    e.fields = {{u"from"_s, u"stopped"_s}};
    const LogRecord record = ReaderLogIngest::toRecord(Serial, e);
    QCOMPARE(record.source, Serial);
    QCOMPARE(record.level, LogLevel::Error);
    QCOMPARE(record.code, u"R301"_s);
    QCOMPARE(record.timeMs, e.timeMs);
    QCOMPARE(record.fields, (QList<LogField>{{u"from"_s, u"stopped"_s}, {u"seq"_s, u"42"_s}}));
}

void TestReaderLogIngest::lastStoredSequenceSkipsConsoleRecords()
{
    std::unique_ptr<LogReader> reader = m_store->createReader();
    QCOMPARE(ReaderLogIngest::lastStoredSequence(*m_store, *reader, Serial).value(), 0u);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<LogRecord> records;
    // Yesterday's records of the reader, then today's console records about
    // it (no sequence), and another reader's.
    for (quint64 n = 1; n <= 10; ++n)
        records.append(ReaderLogIngest::toRecord(Serial, entry(n, now - 24 * 3600 * 1000 + qint64(n))));
    for (int i = 0; i < 100; ++i) {
        LogRecord console;
        console.timeMs = now + i;
        console.source = Serial;
        console.category = u"link"_s;
        console.message = u"seen by the console"_s;
        records.append(console);
    }
    records.append(ReaderLogIngest::toRecord(u"MDG-OTHER"_s, entry(99, now + 200)));
    m_store->append(records);
    QVERIFY(m_store->flush());
    QCOMPARE(ReaderLogIngest::lastStoredSequence(*m_store, *reader, Serial).value(), 10u);
    QCOMPARE(ReaderLogIngest::lastStoredSequence(*m_store, *reader, u"MDG-OTHER"_s).value(), 99u);
}

void TestReaderLogIngest::streamsEverythingOnce()
{
    QVERIFY(prefillReader(3000));
    QVERIFY(startReader());
    m_ingest = std::make_unique<ReaderLogIngest>(m_store.get(), m_console->fleet.get());
    QSignalSpy committed(m_ingest.get(), &ReaderLogIngest::committed);
    QVERIFY(connectAndPair());
    QTRY_VERIFY_WITH_TIMEOUT(m_ingest->committedSequence(Serial) >= 3000, 20000);
    // Records of the reader's own doing (start, pairing) follow the prefilled ones.
    QTRY_COMPARE_WITH_TIMEOUT(m_ingest->committedSequence(Serial), readerLast(), 10000);
    QVERIFY(!committed.isEmpty());
    QCOMPARE(committed.last().at(0).toString(), Serial);

    const QList<quint64> sequences = storedSequences(*m_store, Serial);
    QCOMPARE(quint64(sequences.size()), readerLast());
    for (qsizetype i = 0; i < sequences.size(); ++i)
        QCOMPARE(sequences.at(i), quint64(i + 1));
}

void TestReaderLogIngest::resumesAfterWhatTheStoreHolds()
{
    QVERIFY(prefillReader(500));
    // The console stored the first 300 and died before acking them.
    {
        Result<std::unique_ptr<ReaderLogStore>> log =
            ReaderLogStore::open(QDir(m_dir->filePath(u"reader"_s)).filePath(u"logs"_s));
        QVERIFY(log);
        QList<LogRecord> records;
        for (const LogEntry &e : log.value()->entriesAfter(0, 300))
            records.append(ReaderLogIngest::toRecord(Serial, e));
        m_store->append(records);
        QVERIFY(m_store->flush());
    }
    QVERIFY(startReader());
    m_ingest = std::make_unique<ReaderLogIngest>(m_store.get(), m_console->fleet.get());
    QVERIFY(connectAndPair());
    QTRY_VERIFY_WITH_TIMEOUT(m_ingest->committedSequence(Serial) >= 500, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_ingest->committedSequence(Serial), readerLast(), 10000);
    const QList<quint64> sequences = storedSequences(*m_store, Serial);
    QCOMPARE(quint64(sequences.size()), readerLast());
    for (qsizetype i = 0; i < sequences.size(); ++i)
        QCOMPARE(sequences.at(i), quint64(i + 1));
}

void TestReaderLogIngest::readerLogStartedOver()
{
    // The store holds numbers up to 5000 of an earlier log of this reader,
    // whose state folder has since been reset.
    const qint64 earlier = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    m_store->append(ReaderLogIngest::toRecord(Serial, entry(5000, earlier)));
    QVERIFY(m_store->flush());
    QVERIFY(prefillReader(20));
    QVERIFY(startReader());
    m_ingest = std::make_unique<ReaderLogIngest>(m_store.get(), m_console->fleet.get());
    QVERIFY(connectAndPair());
    QTRY_VERIFY_WITH_TIMEOUT(m_ingest->committedSequence(Serial) >= 20 && m_ingest->committedSequence(Serial) < 5000,
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_ingest->committedSequence(Serial), readerLast(), 10000);
    QList<quint64> sequences = storedSequences(*m_store, Serial);
    QCOMPARE(sequences.takeFirst(), 5000u);
    QCOMPARE(quint64(sequences.size()), readerLast());
    for (qsizetype i = 0; i < sequences.size(); ++i)
        QCOMPARE(sequences.at(i), quint64(i + 1));
}

QTEST_MAIN(TestReaderLogIngest)
#include "testreaderlogingest.moc"
