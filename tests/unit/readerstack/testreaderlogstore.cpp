// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/logs/readerlogstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

namespace {

using Level = LogEntry::Level;

// 2026-12-02 10:00 in Tokyo.
const qint64 Morning = QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone("Asia/Tokyo")).toMSecsSinceEpoch();
constexpr qint64 DayMs = 24 * 3600 * 1000;

} // namespace

class TestReaderLogStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sequenceContinuesAcrossRestart();
    void recordsRoundTrip();
    void entriesAfterInBatches();
    void tornTailIsCutOnOpen();
    void timeNeverGoesBack();
    void retentionByTokyoDay();
    void retentionSkipsPurgedNumbers();

private:
    std::unique_ptr<ReaderLogStore> open();

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_now = Morning;
};

void TestReaderLogStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = Morning;
}

std::unique_ptr<ReaderLogStore> TestReaderLogStore::open()
{
    ReaderLogStore::Options options;
    options.clock = [this] { return m_now; };
    options.syncToDisk = false;
    Result<std::unique_ptr<ReaderLogStore>> store = ReaderLogStore::open(m_dir->filePath(u"logs"_s), options);
    if (!store)
        qWarning().noquote() << store.error().toLogString();
    return store ? std::move(store).value() : nullptr;
}

void TestReaderLogStore::sequenceContinuesAcrossRestart()
{
    {
        auto store = open();
        QVERIFY(store);
        QCOMPARE(store->lastSequence(), 0u);
        QSignalSpy appended(store.get(), &ReaderLogStore::appended);
        for (int i = 1; i <= 5; ++i) {
            Result<quint64> n = store->append(Level::Info, u"state"_s, {}, u"record %1"_s.arg(i));
            QVERIFY(n);
            QCOMPARE(n.value(), quint64(i));
        }
        QCOMPARE(appended.count(), 5);
        QCOMPARE(appended.last().at(0).toULongLong(), 5u);
    }
    auto reopened = open();
    QVERIFY(reopened);
    QCOMPARE(reopened->lastSequence(), 5u);
    QCOMPARE(reopened->firstSequence(), 1u);
    QCOMPARE(reopened->append(Level::Info, u"state"_s, {}, u"after restart"_s).value(), 6u);
    const QList<LogEntry> all = reopened->entriesAfter(0, 100);
    QCOMPARE(all.size(), 6);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).sequence, quint64(i + 1));
}

void TestReaderLogStore::recordsRoundTrip()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->append(Level::Warning, u"flow"_s, u"006"_s, u"patient check timeout by face"_s,
                          {{u"method"_s, u"face"_s}, {u"totalMs"_s, u"30512"_s}, {u"note"_s, u"a\nb \"c\""_s}}));
    const QList<LogEntry> entries = store->entriesAfter(0, 10);
    QCOMPARE(entries.size(), 1);
    const LogEntry &entry = entries.first();
    QCOMPARE(entry.level, Level::Warning);
    QCOMPARE(entry.category, u"flow"_s);
    QCOMPARE(entry.code, u"006"_s);
    QCOMPARE(entry.timeMs, Morning);
    QCOMPARE(entry.fields.size(), 3);
    QCOMPARE(entry.fields.at(2).second, u"a\nb \"c\""_s);
    // The wire form carries the same record.
    Result<QList<LogEntry>> decoded = decodeLogBatch(encodeLogBatch(entries));
    QVERIFY(decoded);
    QCOMPARE(decoded.value(), entries);
}

void TestReaderLogStore::entriesAfterInBatches()
{
    auto store = open();
    QVERIFY(store);
    for (int i = 0; i < 1000; ++i) {
        // Three days, so that batches cross files.
        m_now = Morning + (i / 400) * DayMs + i;
        QVERIFY(store->append(Level::Info, u"test"_s, {}, u"r"_s));
    }
    QCOMPARE(store->days().size(), 3);
    quint64 after = 0;
    int batches = 0;
    for (;;) {
        const QList<LogEntry> batch = store->entriesAfter(after, 256);
        if (batch.isEmpty())
            break;
        QVERIFY(batch.size() <= 256);
        for (const LogEntry &entry : batch)
            QCOMPARE(entry.sequence, ++after);
        ++batches;
    }
    QCOMPARE(after, 1000u);
    QCOMPARE(batches, 4);
    // Asking again from the middle (no cursor) gives the same records.
    const QList<LogEntry> middle = store->entriesAfter(399, 3);
    QCOMPARE(middle.size(), 3);
    QCOMPARE(middle.first().sequence, 400u);
    QCOMPARE(middle.last().sequence, 402u);
}

void TestReaderLogStore::tornTailIsCutOnOpen()
{
    QString path;
    {
        auto store = open();
        QVERIFY(store);
        QVERIFY(store->append(Level::Info, u"state"_s, {}, u"one"_s));
        QVERIFY(store->append(Level::Info, u"state"_s, {}, u"two"_s));
        path = QDir(store->directory()).filePath(ReaderLogStore::fileName(QDate(2026, 12, 2)));
    }
    // A crash in the middle of writing the third line.
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(R"({"n":3,"t":17649)");
    file.close();
    auto store = open();
    QVERIFY(store);
    QCOMPARE(store->lastSequence(), 2u);
    QVERIFY(store->setAsideFiles().isEmpty());
    QCOMPARE(store->append(Level::Info, u"state"_s, {}, u"three"_s).value(), 3u);
    const QList<LogEntry> entries = store->entriesAfter(0, 10);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.last().message, u"three"_s);
}

void TestReaderLogStore::timeNeverGoesBack()
{
    auto store = open();
    QVERIFY(store);
    QVERIFY(store->append(Level::Info, u"state"_s, {}, u"first"_s));
    m_now -= 60'000; // the clock was set back a minute
    QVERIFY(store->append(Level::Info, u"state"_s, {}, u"second"_s));
    const QList<LogEntry> entries = store->entriesAfter(0, 10);
    QCOMPARE(entries.at(1).timeMs, entries.at(0).timeMs);
}

void TestReaderLogStore::retentionByTokyoDay()
{
    auto store = open();
    QVERIFY(store);
    // 2026-10-02 23:59:59.999 and 2026-10-03 00:00 in Tokyo: the last second
    // of a day that expires and the first of one that is kept.
    const QTimeZone tokyo("Asia/Tokyo");
    const qint64 lastOfExpired = QDateTime(QDate(2026, 10, 3), QTime(0, 0), tokyo).toMSecsSinceEpoch() - 1;
    m_now = lastOfExpired;
    QVERIFY(store->append(Level::Info, u"test"_s, {}, u"expires"_s));
    m_now = lastOfExpired + 1;
    QVERIFY(store->append(Level::Info, u"test"_s, {}, u"kept"_s));
    QCOMPARE(store->days(), (QList<QDate>{QDate(2026, 10, 2), QDate(2026, 10, 3)}));

    // 2026-12-02 is day 61 counted from 2026-10-03.
    QCOMPARE(QDate(2026, 10, 3).daysTo(QDate(2026, 12, 2)) + 1, qint64(ReaderLogStore::RetentionDays));
    QCOMPARE(store->purgeExpired(Morning), 1);
    QCOMPARE(store->days(), QList<QDate>{QDate(2026, 10, 3)});
    QVERIFY(!QFile::exists(QDir(store->directory()).filePath(ReaderLogStore::fileName(QDate(2026, 10, 2)))));

    // A record of a new day purges on its own.
    m_now = Morning + DayMs;
    QVERIFY(store->append(Level::Info, u"test"_s, {}, u"next day"_s));
    QCOMPARE(store->days(), QList<QDate>{QDate(2026, 12, 3)});
}

void TestReaderLogStore::retentionSkipsPurgedNumbers()
{
    {
        auto store = open();
        QVERIFY(store);
        for (int i = 0; i < 3; ++i)
            QVERIFY(store->append(Level::Info, u"test"_s, {}, u"old"_s));
        m_now = Morning + 30 * DayMs;
        for (int i = 0; i < 2; ++i)
            QVERIFY(store->append(Level::Info, u"test"_s, {}, u"newer"_s));
    }
    // Reopened 61 days after the first records: their day is gone, the
    // numbers are not reused.
    m_now = Morning + 61 * DayMs;
    auto store = open();
    QVERIFY(store);
    QCOMPARE(store->firstSequence(), 4u);
    QCOMPARE(store->lastSequence(), 5u);
    const QList<LogEntry> entries = store->entriesAfter(1, 10);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().sequence, 4u);
    QCOMPARE(store->append(Level::Info, u"test"_s, {}, u"new"_s).value(), 6u);
}

QTEST_GUILESS_MAIN(TestReaderLogStore)
#include "testreaderlogstore.moc"
