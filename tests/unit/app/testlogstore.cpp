// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logdayfile.h"
#include "app/logs/logreader.h"
#include "app/logs/logstore.h"
#include "app/logs/logtokenizer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

#include <atomic>
#include <thread>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

qint64 tokyoMs(int year, int month, int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone("Asia/Tokyo"))
        .toMSecsSinceEpoch();
}

LogRecord record(qint64 timeMs, const QString &message, const QString &code = {}, const QString &source = u"MDG-1001"_s,
                 LogLevel level = LogLevel::Info, const QString &category = u"flow"_s)
{
    LogRecord r;
    r.timeMs = timeMs;
    r.source = source;
    r.level = level;
    r.category = category;
    r.code = code;
    r.message = message;
    return r;
}

LogStore::Options fixedClock(const std::shared_ptr<std::atomic<qint64>> &now)
{
    LogStore::Options options;
    options.purgeAutomatically = false;
    options.batchDelayMs = 5;
    options.clock = [now] { return now->load(); };
    return options;
}

qint64 countOf(LogReader &reader, const QString &text, LogFilter::TextMode mode = LogFilter::TextMode::FullText)
{
    LogFilter filter;
    filter.text = text;
    filter.textMode = mode;
    Result<qint64> count = reader.count(filter);
    return count ? count.value() : -1;
}

int userVersion(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return version;
}

} // namespace

class TestLogStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void daysAreAsiaTokyoDays()
    {
        const QTimeZone tokyo("Asia/Tokyo");
        QVERIFY(tokyo.isValid());
        for (qint64 ms : {tokyoMs(2026, 12, 1, 23, 59, 59, 999), tokyoMs(2026, 12, 2, 0, 0, 0, 0),
                          tokyoMs(2026, 7, 1, 8, 30, 0, 0), tokyoMs(1999, 1, 1, 0, 0, 0, 0)}) {
            const QDate expected = QDateTime::fromMSecsSinceEpoch(ms, tokyo).date();
            QCOMPARE(LogStore::dateOfDay(logDayNumber(ms)), expected);
            QCOMPARE(logDayStartMs(logDayNumber(ms)), QDateTime(expected, QTime(0, 0), tokyo).toMSecsSinceEpoch());
        }
    }

    void storesInWalAndReadsBackInTimeOrder()
    {
        QTemporaryDir dir;
        auto now = std::make_shared<std::atomic<qint64>>(tokyoMs(2026, 12, 2, 12, 0, 0, 0));
        auto store = LogStore::open(dir.path(), fixedClock(now)).value();
        QSignalSpy appended(store.get(), &LogStore::recordsAppended);
        const qint64 t = tokyoMs(2026, 12, 2, 9, 0, 0, 0);
        LogRecord withFields = record(t + 2000, u"状態が変わりました\n停止中 -> 稼働中"_s, u"001"_s);
        withFields.fields = {{u"session"_s, u"a1b2"_s}, {u"note"_s, u"x=1\\y\nz"_s}};
        // Out of order on purpose: the store orders by time.
        store->append({withFields, record(t, u"first"_s), record(t + 1000, u"second"_s, {}, LogRecord::ConsoleSource)});
        QVERIFY(store->flush().ok());
        QVERIFY(appended.count() > 0 || appended.wait());

        const QString path = QDir(dir.path()).filePath(LogDayFile::fileName(logDayNumber(t)));
        QVERIFY(QFile::exists(path));
        auto reader = store->createReader();
        Result<QList<LogRecord>> page = reader->fetch({}, 0, 10);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 3);
        QCOMPARE(page->at(0).message, u"first"_s);
        QCOMPARE(page->at(1).source, LogRecord::ConsoleSource);
        QCOMPARE(page->at(2).timeMs, t + 2000);
        QCOMPARE(page->at(2).message, withFields.message);
        QCOMPARE(page->at(2).fields, withFields.fields);
        QCOMPARE(page->at(2).code, u"001"_s);
        QVERIFY(page->at(0).key < page->at(1).key && page->at(1).key < page->at(2).key);
        reader.reset();
        store.reset();

        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &statement, nullptr);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))), QByteArray("wal"));
        sqlite3_finalize(statement);
        sqlite3_close(db);
        QCOMPARE(userVersion(path), LogDayFile::SchemaVersion);
    }

    void recordsOfTheSameMillisecondKeepTheirTime()
    {
        QTemporaryDir dir;
        auto now = std::make_shared<std::atomic<qint64>>(tokyoMs(2026, 12, 2, 12, 0, 0, 0));
        auto store = LogStore::open(dir.path(), fixedClock(now)).value();
        const qint64 t = tokyoMs(2026, 12, 2, 10, 0, 0, 5);
        QList<LogRecord> burst;
        for (int i = 0; i < 6; ++i)
            burst.append(record(t, u"burst %1"_s.arg(i)));
        burst.append(record(t + 1, u"after"_s));
        store->append(burst);
        QVERIFY(store->flush().ok());
        auto reader = store->createReader();
        const QList<LogRecord> page = reader->fetch({}, 0, 100).value();
        QCOMPARE(page.size(), 7);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(page.at(i).message, u"burst %1"_s.arg(i));
            QCOMPARE(page.at(i).timeMs, t);
        }
        QCOMPARE(page.at(6).timeMs, t + 1);
    }

    void fullTextFindsJapaneseOfAnyLengthAndCodes()
    {
        QTemporaryDir dir;
        auto now = std::make_shared<std::atomic<qint64>>(tokyoMs(2026, 12, 2, 12, 0, 0, 0));
        auto store = LogStore::open(dir.path(), fixedClock(now)).value();
        const qint64 t = tokyoMs(2026, 12, 2, 9, 0, 0, 0);
        store->append({
            record(t + 1, u"顔認証に成功しました (スコア 0.93)"_s),
            record(t + 2, u"顔認証に失敗しました。照合スコアが閾値未満です"_s, u"F102"_s),
            record(t + 3, u"カードの読み取りに失敗しました"_s, u"C201"_s),
            record(t + 4, u"認証サーバーへの接続がタイムアウトしました"_s, u"0x81000001"_s),
            record(t + 5, u"Link heartbeat timeout after 3000 ms"_s, u"L206"_s),
            record(t + 6, u"暗証番号の照合に失敗しました"_s, u"R301"_s),
            record(t + 7, u"顔写真なし"_s),
            record(t + 8, u"エラー発生：鍵"_s),
            record(t + 9, u"ＦＵＬＬＷＩＤＴＨ ＡＢＣ１２３"_s),
        });
        QVERIFY(store->flush().ok());
        auto reader = store->createReader();
        QCOMPARE(countOf(*reader, u"顔"_s), 3);          // one character, at the start of runs
        QCOMPARE(countOf(*reader, u"鍵"_s), 1);          // one character, at the end of a run
        QCOMPARE(countOf(*reader, u"認証"_s), 3);        // 暗証 is no hit
        QCOMPARE(countOf(*reader, u"失敗"_s), 3);
        QCOMPARE(countOf(*reader, u"照合スコア"_s), 1);  // longer than two: bigrams, then confirmed
        QCOMPARE(countOf(*reader, u"証失"_s), 0);
        QCOMPARE(countOf(*reader, u"認証 失敗"_s), 1);   // every term
        QCOMPARE(countOf(*reader, u"0x81000001"_s), 1);
        QCOMPARE(countOf(*reader, u"0x8100"_s), 1);      // the beginning of a code
        QCOMPARE(countOf(*reader, u"r301"_s), 1);        // case-insensitive
        QCOMPARE(countOf(*reader, u"R301"_s), 1);
        QCOMPARE(countOf(*reader, u"TIMEOUT"_s), 1);
        QCOMPARE(countOf(*reader, u"abc123"_s), 1);      // full-width letters and digits
        QCOMPARE(countOf(*reader, u"(スコア"_s), 1);      // punctuation is confirmed on the text
        QCOMPARE(countOf(*reader, u"存在しない"_s), 0);
        // LIKE over the message agrees where the term is in the message.
        for (const QString &term : {u"顔"_s, u"認証"_s, u"失敗"_s, u"照合スコア"_s, u"timeout"_s})
            QCOMPARE(countOf(*reader, term, LogFilter::TextMode::Like), countOf(*reader, term));

        LogFilter filter;
        filter.text = u"失敗"_s;
        const QList<LogRecord> hits = reader->fetch(filter, 0, 10).value();
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(0).code, u"F102"_s);
        QCOMPARE(hits.at(2).code, u"R301"_s);
    }

    void filtersBySourceLevelCodeCategoryAndTime()
    {
        QTemporaryDir dir;
        auto now = std::make_shared<std::atomic<qint64>>(tokyoMs(2026, 12, 2, 12, 0, 0, 0));
        auto store = LogStore::open(dir.path(), fixedClock(now)).value();
        const qint64 t = tokyoMs(2026, 12, 1, 23, 0, 0, 0);
        QList<LogRecord> records;
        for (int i = 0; i < 200; ++i) {
            records.append(record(t + i * 60000, u"step %1"_s.arg(i), i % 10 == 0 ? u"R301"_s : QString(),
                                  u"MDG-%1"_s.arg(1001 + i % 4), LogLevel(i % LogLevelCount),
                                  i % 2 ? u"card"_s : u"flow"_s));
        }
        store->append(records);
        QVERIFY(store->flush().ok());
        QCOMPARE(store->days().size(), 2);
        auto reader = store->createReader();
        QCOMPARE(reader->count({}).value(), 200);

        LogFilter filter;
        filter.sources = {u"MDG-1002"_s, u"MDG-1003"_s};
        QCOMPARE(reader->count(filter).value(), 100);
        filter = {};
        filter.levels = LogFilter::levelBit(LogLevel::Error) | LogFilter::levelBit(LogLevel::Critical);
        QCOMPARE(reader->count(filter).value(), 80);
        filter = {};
        filter.code = u"r301"_s;
        QCOMPARE(reader->count(filter).value(), 20);
        filter = {};
        filter.category = u"card"_s;
        QCOMPARE(reader->count(filter).value(), 100);
        filter.category = u"unknown"_s;
        QCOMPARE(reader->count(filter).value(), 0);
        filter = {};
        filter.fromMs = t + 50 * 60000;
        filter.toMs = t + 150 * 60000;
        QCOMPARE(reader->count(filter).value(), 100);
        const QList<LogRecord> page = reader->fetch(filter, 5, 3).value();
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.first().message, u"step 55"_s);
    }

    void pagesByPositionAndJumpsToTimes()
    {
        QTemporaryDir dir;
        auto now = std::make_shared<std::atomic<qint64>>(tokyoMs(2026, 12, 3, 12, 0, 0, 0));
        auto store = LogStore::open(dir.path(), fixedClock(now)).value();
        const qint64 t = tokyoMs(2026, 12, 1, 23, 50, 0, 0);
        QList<LogRecord> records;
        for (int i = 0; i < 1000; ++i)
            records.append(record(t + i * 1000, u"line %1"_s.arg(i), {}, u"MDG-1001"_s, LogLevel(i % 2)));
        store->append(records);
        QVERIFY(store->flush().ok());
        auto reader = store->createReader();
        const QList<LogRecord> page = reader->fetch({}, 595, 10).value(); // crosses midnight (row 600)
        QCOMPARE(page.size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(page.at(i).message, u"line %1"_s.arg(595 + i));
        QCOMPARE(reader->fetch({}, 995, 10).value().size(), 5);
        QCOMPARE(reader->positionOfTime({}, t + 700 * 1000).value(), 700);
        QCOMPARE(reader->positionOfTime({}, t + 700 * 1000 + 1).value(), 701);
        LogFilter info;
        info.levels = LogFilter::levelBit(LogLevel::Info);
        QCOMPARE(reader->positionOfTime(info, t + 700 * 1000).value(), 350);

        const LogRecord at = page.at(5); // line 600, the first of the new day
        LogFilter text;
        text.text = u"line"_s;
        const std::optional<LogRecord> next = reader->neighbour(text, at.key, true).value();
        QVERIFY(next);
        QCOMPARE(next->message, u"line 601"_s);
        const std::optional<LogRecord> previous = reader->neighbour(text, at.key, false).value();
        QVERIFY(previous);
        QCOMPARE(previous->message, u"line 599"_s);
        QVERIFY(!reader->neighbour(text, records.constLast().timeMs * 2 + 1, true).value());
    }

    void retentionPurgesWholeDaysAtTheTokyoDayBoundary()
    {
        QTemporaryDir dir;
        // 61 days are kept: the day of "now" and the 60 before it.
        const qint64 lastOfOldDay = tokyoMs(2026, 10, 2, 23, 59, 59, 999);
        const qint64 firstOfNextDay = tokyoMs(2026, 10, 3, 0, 0, 0, 0);
        auto now = std::make_shared<std::atomic<qint64>>(tokyoMs(2026, 12, 1, 12, 0, 0, 0));
        auto store = LogStore::open(dir.path(), fixedClock(now)).value();
        store->append({record(lastOfOldDay, u"old"_s), record(firstOfNextDay, u"kept"_s)});
        QVERIFY(store->flush().ok());
        QCOMPARE(store->days(), (QList<QDate>{QDate(2026, 10, 2), QDate(2026, 10, 3)}));

        QSignalSpy removed(store.get(), &LogStore::daysRemoved);
        // 2026-12-01 23:59:59.999 JST: 10-02 is still the 61st day.
        QCOMPARE(store->purgeExpired(tokyoMs(2026, 12, 1, 23, 59, 59, 999)).value(), 0);
        QCOMPARE(store->days().size(), 2);
        // 2026-12-02 00:00:00.000 JST: 10-02 falls out, 10-03 stays.
        QCOMPARE(store->purgeExpired(tokyoMs(2026, 12, 2, 0, 0, 0, 0)).value(), 1);
        QCOMPARE(store->days(), QList<QDate>{QDate(2026, 10, 3)});
        QTRY_COMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().value<QList<QDate>>(), QList<QDate>{QDate(2026, 10, 2)});
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(u"logs-20261002.db"_s)));
        auto reader = store->createReader();
        const QList<LogRecord> left = reader->fetch({}, 0, 10).value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().message, u"kept"_s);

        // Records that are already out of the retention are not stored.
        now->store(tokyoMs(2026, 12, 2, 0, 0, 0, 0));
        store->append(record(lastOfOldDay, u"late"_s));
        QVERIFY(store->flush().ok());
        QCOMPARE(store->days(), QList<QDate>{QDate(2026, 10, 3)});
    }

    void deletesAChosenDay()
    {
        QTemporaryDir dir;
        auto now = std::make_shared<std::atomic<qint64>>(tokyoMs(2026, 12, 2, 12, 0, 0, 0));
        auto store = LogStore::open(dir.path(), fixedClock(now)).value();
        for (int day = 1; day <= 3; ++day)
            store->append(record(tokyoMs(2026, 11, day, 10, 0, 0, 0), u"day %1"_s.arg(day)));
        QVERIFY(store->flush().ok());
        auto reader = store->createReader();
        QCOMPARE(reader->count({}).value(), 3); // opens every day's connection
        QVERIFY(store->deleteDay(QDate(2026, 11, 2)).ok());
        QVERIFY(store->deleteDay(QDate(2026, 5, 5)).ok()); // no such day: nothing to do
        QCOMPARE(store->days(), (QList<QDate>{QDate(2026, 11, 1), QDate(2026, 11, 3)}));
        QCOMPARE(reader->count({}).value(), 2);
        const QList<LogRecord> page = reader->fetch({}, 0, 10).value();
        QCOMPARE(page.at(1).message, u"day 3"_s);
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(u"logs-20261102.db"_s)));
    }

    void reopensAndCountsDaysItHasNotReadYet()
    {
        QTemporaryDir dir;
        auto now = std::make_shared<std::atomic<qint64>>(tokyoMs(2026, 12, 2, 12, 0, 0, 0));
        {
            auto store = LogStore::open(dir.path(), fixedClock(now)).value();
            for (int day = 1; day <= 3; ++day)
                store->append({record(tokyoMs(2026, 11, day, 10, 0, 0, 0), u"a"_s), record(tokyoMs(2026, 11, day, 11, 0, 0, 0), u"b"_s)});
            QVERIFY(store->flush().ok());
        }
        auto store = LogStore::open(dir.path(), fixedClock(now)).value();
        QCOMPARE(store->days().size(), 3);
        auto reader = store->createReader();
        QCOMPARE(reader->fetch({}, 5, 10).value().size(), 1);
        store->append(record(tokyoMs(2026, 11, 2, 12, 0, 0, 0), u"c"_s));
        QVERIFY(store->flush().ok());
        QCOMPARE(reader->count({}).value(), 7);
        QCOMPARE(reader->fetch({}, 4, 1).value().first().message, u"c"_s);
    }

    void migratesAVersionOneDayAndSetsAsideNewerOnes()
    {
        QTemporaryDir dir;
        const qint64 day = logDayNumber(tokyoMs(2026, 12, 1, 0, 0, 0, 0));
        const QString path = QDir(dir.path()).filePath(LogDayFile::fileName(day));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(LogTokenizer::registerWith(db), SQLITE_OK);
            const char *v1[] = {
                "PRAGMA journal_mode=WAL",
                "CREATE TABLE names (id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, name TEXT NOT NULL,"
                " UNIQUE (kind, name))",
                "CREATE TABLE records (id INTEGER PRIMARY KEY, source INTEGER NOT NULL, level INTEGER NOT NULL,"
                " category INTEGER NOT NULL, code TEXT, message TEXT NOT NULL)",
                "CREATE INDEX records_source ON records (source)",
                "CREATE INDEX records_level ON records (level)",
                "CREATE VIRTUAL TABLE records_fts USING fts5 (body, content='', columnsize=0, detail=none,"
                " tokenize='madoguchi')",
                "INSERT INTO names VALUES (1, 0, 'MDG-0007'), (2, 1, 'card')",
                // 09:00:00.000 and 09:00:01.000 JST, as keys of version 1.
                "INSERT INTO records VALUES (64800000, 1, 3, 2, 'C201', 'カードの読み取りに失敗しました')",
                "INSERT INTO records VALUES (64802000, 1, 1, 2, NULL, '顔認証に成功しました')",
                "INSERT INTO records_fts (rowid, body) VALUES (64800000, 'カードの読み取りに失敗しました\nC201')",
                "INSERT INTO records_fts (rowid, body) VALUES (64802000, '顔認証に成功しました')",
                "PRAGMA user_version = 1",
            };
            for (const char *statement : v1)
                QVERIFY2(sqlite3_exec(db, statement, nullptr, nullptr, nullptr) == SQLITE_OK, sqlite3_errmsg(db));
            sqlite3_close(db);
        }
        const QString newer = QDir(dir.path()).filePath(LogDayFile::fileName(day + 1));
        {
            sqlite3 *db = nullptr;
            sqlite3_open(newer.toUtf8().constData(), &db);
            sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        }
        auto now = std::make_shared<std::atomic<qint64>>(tokyoMs(2026, 12, 2, 12, 0, 0, 0));
        auto store = LogStore::open(dir.path(), fixedClock(now)).value();
        QCOMPARE(store->setAsideFiles(), QStringList{newer + u".unreadable"_s});
        QCOMPARE(store->days(), QList<QDate>{QDate(2026, 12, 1)});
        auto reader = store->createReader();
        QCOMPARE(reader->count({}).value(), 2);
        QCOMPARE(countOf(*reader, u"失敗"_s), 1);
        QCOMPARE(countOf(*reader, u"c201"_s), 1);
        const QList<LogRecord> page = reader->fetch({}, 0, 10).value();
        QCOMPARE(page.at(0).timeMs, tokyoMs(2026, 12, 1, 9, 0, 0, 0));
        QCOMPARE(page.at(0).source, u"MDG-0007"_s);
        QCOMPARE(page.at(0).level, LogLevel::Error);
        QCOMPARE(page.at(1).timeMs, tokyoMs(2026, 12, 1, 9, 0, 1, 0));
        QVERIFY(page.at(1).fields.isEmpty());
        // New records go into the migrated file.
        store->append(record(tokyoMs(2026, 12, 1, 10, 0, 0, 0), u"after migration"_s));
        QVERIFY(store->flush().ok());
        QCOMPARE(reader->count({}).value(), 3);
        reader.reset();
        store.reset();
        QCOMPARE(userVersion(path), LogDayFile::SchemaVersion);
    }

    void ingestsWhileQueriesRun()
    {
        QTemporaryDir dir;
        auto now = std::make_shared<std::atomic<qint64>>(tokyoMs(2026, 12, 2, 20, 0, 0, 0));
        auto store = LogStore::open(dir.path(), fixedClock(now)).value();
        constexpr int Total = 30000;
        const qint64 t = tokyoMs(2026, 12, 2, 8, 0, 0, 0);
        std::thread producer([&] {
            for (int first = 0; first < Total; first += 500) {
                QList<LogRecord> chunk;
                for (int i = first; i < first + 500; ++i)
                    chunk.append(record(t + i * 100, i % 7 ? u"顔認証に成功しました %1"_s.arg(i) : u"認証失敗 %1"_s.arg(i)));
                store->append(chunk);
            }
        });
        auto reader = store->createReader();
        LogFilter failures;
        failures.text = u"失敗"_s;
        qint64 last = 0;
        qint64 lastHits = 0;
        while (last < Total) {
            const qint64 count = reader->count({}).value();
            QVERIFY(count >= last);
            last = count;
            const qint64 hits = reader->count(failures).value();
            QVERIFY(hits >= lastHits);
            lastHits = hits;
            const QList<LogRecord> page = reader->fetch(failures, std::max<qint64>(0, hits - 50), 50).value();
            for (qsizetype i = 1; i < page.size(); ++i)
                QVERIFY(page.at(i - 1).key < page.at(i).key);
            if (last < Total)
                QTest::qWait(1);
        }
        producer.join();
        QVERIFY(store->flush().ok());
        QCOMPARE(reader->count({}).value(), Total);
        QCOMPARE(reader->count(failures).value(), (Total + 6) / 7);
    }

    void anInterruptedQueryIsCancelled()
    {
        QTemporaryDir dir;
        auto now = std::make_shared<std::atomic<qint64>>(tokyoMs(2026, 12, 2, 12, 0, 0, 0));
        auto store = LogStore::open(dir.path(), fixedClock(now)).value();
        QList<LogRecord> records;
        for (int i = 0; i < 5000; ++i)
            records.append(record(tokyoMs(2026, 12, 2, 9, 0, 0, 0) + i, u"顔認証に成功しました"_s));
        store->append(records);
        QVERIFY(store->flush().ok());
        auto reader = store->createReader();
        reader->interrupt();
        LogFilter like;
        like.text = u"成功"_s;
        like.textMode = LogFilter::TextMode::Like;
        Result<qint64> cancelled = reader->count(like);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code(), ErrorCode::LogQueryCancelled);
        reader->clearInterrupt();
        QCOMPARE(countOf(*reader, u"成功"_s, LogFilter::TextMode::Like), 5000);
    }

    void refusesAnUnusableFolder()
    {
        QTemporaryDir dir;
        const QString file = QDir(dir.path()).filePath(u"not-a-folder"_s);
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        Result<std::unique_ptr<LogStore>> store = LogStore::open(file + u"/logs"_s);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code(), ErrorCode::LogStoreUnavailable);
    }
};

QTEST_GUILESS_MAIN(TestLogStore)
#include "testlogstore.moc"
