// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

// make bench B=log
//
// The console's log store with 10 million realistic reader records (8
// readers × 61 days, Japanese and English messages with codes, about 100
// bytes of text a line): ingest through LogStore::append, reopening to the
// first page, full-text queries (3+ characters, a 2-character Japanese word)
// against LIKE in the same run, a jump to random rows, collecting every day
// into a zip (ログ収集: the day databases), deleting a day, peak memory and
// the size on disk against the size of the same records as text lines (the
// uncompressed size of a text export of everything, timed apart). MADOGUCHI_BENCH_LOG_ROWS sets a smaller row count,
// MADOGUCHI_BENCH_LOG_DAYS fewer days.

#include "app/logs/logarchive.h"
#include "app/logs/logfilter.h"
#include "app/logs/logreader.h"
#include "app/logs/logstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <sys/resource.h>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

constexpr int Readers = 8;
// About 4 GB at the full size: in the build tree, on the disk that holds
// the build, rather than in /tmp, which is often a small tmpfs.
// $MADOGUCHI_BENCH_DIR chooses another place.
QString benchDirectory()
{
    const QString chosen = qEnvironmentVariable("MADOGUCHI_BENCH_DIR");
    return chosen.isEmpty() ? QCoreApplication::applicationDirPath() + u"/bench-log"_s : chosen;
}

struct Template
{
    LogLevel level;
    const char *category;
    const char *code;
    const char *message; // %1, %2: numbers
    int weight;
};

// What readers log during a clinic day: patient flows, card and chip,
// online qualification checks, the link; outcomes, codes and timings only.
const Template Templates[] = {
    {LogLevel::Info, "flow", "", "顔認証に成功しました (スコア 0.%1, %2 ms)", 30},
    {LogLevel::Info, "flow", "", "Face verification passed: score 0.%1 in %2 ms", 10},
    {LogLevel::Warning, "flow", "F102", "顔認証に失敗しました。照合スコアが閾値未満です (0.%1)", 6},
    {LogLevel::Info, "card", "", "カードを検出しました: マイナンバーカード (ATR %1, %2 ms)", 20},
    {LogLevel::Warning, "card", "C201", "カードの読み取りに失敗しました。カードを置き直してください (retry %1)", 5},
    {LogLevel::Info, "chip", "", "PIN verification succeeded after %1 attempt(s), %2 ms", 8},
    {LogLevel::Warning, "chip", "R301", "暗証番号の照合に失敗しました (残り回数 %1)", 2},
    {LogLevel::Info, "online", "001", "資格確認の応答を受信しました (HTTP 200, %2 ms, 保険者 %1)", 15},
    {LogLevel::Error, "online", "0x81000001", "オンライン資格確認サーバーへの接続がタイムアウトしました (%2 ms)", 2},
    {LogLevel::Error, "online", "0x81000002", "Qualification service returned an error: session expired after %2 ms", 1},
    {LogLevel::Info, "consent", "", "同意確認: 薬剤情報 同意あり / 特定健診情報 同意なし (%1 s)", 8},
    {LogLevel::Debug, "link", "", "heartbeat ok rtt=%1 ms queue=%2", 25},
    {LogLevel::Info, "state", "", "状態が変わりました: 停止中 -> 稼働中 (要求 %1)", 2},
    {LogLevel::Warning, "link", "L206", "Link heartbeat timeout after %2 ms; reconnecting (attempt %1)", 1},
    {LogLevel::Info, "screen", "", "待機画面を表示しました (メッセージ %1 件, 輝度 %2%)", 4},
    {LogLevel::Critical, "device", "E1002", "カメラの初期化に失敗しました。再起動します (errno %1)", 1},
};

class Generator
{
public:
    Generator()
    {
        for (int i = 0; i < Readers; ++i)
            m_sources.append(u"MDG-%1"_s.arg(1001 + i));
        for (const Template &t : Templates) {
            m_categories.append(QString::fromLatin1(t.category));
            m_codes.append(QString::fromLatin1(t.code));
            m_messages.append(QString::fromUtf8(t.message));
            m_totalWeight += t.weight;
        }
        m_keys = {u"session"_s, u"ms"_s, u"step"_s};
    }

    // Records [first, first + count) of a day that has perDay of them, in
    // time order, spread over the clinic's opening hours (07:30–19:30 JST).
    QList<LogRecord> chunk(qint64 day, qint64 first, int count, qint64 perDay)
    {
        QList<LogRecord> records;
        records.reserve(count);
        const qint64 open = logDayStartMs(day) + (7 * 60 + 30) * 60000;
        const qint64 span = 12 * 3600 * 1000;
        for (int i = 0; i < count; ++i) {
            const qint64 n = first + i;
            LogRecord r;
            r.timeMs = open + n * span / perDay + qint64(m_random.bounded(40));
            r.source = m_sources.at(int(m_random.bounded(Readers)));
            int pick = int(m_random.bounded(m_totalWeight));
            int index = 0;
            while (pick >= Templates[index].weight)
                pick -= Templates[index++].weight;
            r.level = Templates[index].level;
            r.category = m_categories.at(index);
            r.code = m_codes.at(index);
            r.message = QString(m_messages.at(index))
                            .replace(u"%1"_s, QString::number(m_random.bounded(10, 99)))
                            .replace(u"%2"_s, QString::number(m_random.bounded(20, 4000)));
            r.fields = {{m_keys.at(0), QString::number(m_random.generate() & 0xFFFFFF, 16)}};
            if (index % 3 == 0)
                r.fields.append({m_keys.at(2), QString::number(m_random.bounded(1, 9))});
            records.append(std::move(r));
        }
        return records;
    }

private:
    QRandomGenerator m_random{20261202};
    QStringList m_sources;
    QStringList m_categories;
    QStringList m_codes;
    QStringList m_messages;
    QStringList m_keys;
    int m_totalWeight = 0;
};

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// CPU seconds of the whole process so far: with other work on the machine,
// wall time alone overstates what the store costs.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : 0;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

[[noreturn]] void fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "benchlog: %s: %s\n", qPrintable(what), qPrintable(error.toLogString()));
    QDir(benchDirectory()).removeRecursively();
    std::exit(1);
}

// A full-text or LIKE query's first page of 100 rows, the best of three.
double firstPage(LogReader &reader, const QString &text, LogFilter::TextMode mode, qint64 *rows = nullptr)
{
    LogFilter filter;
    filter.text = text;
    filter.textMode = mode;
    double best = 1e18;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        Result<QList<LogRecord>> page = reader.fetch(filter, 0, 100);
        const double ms = msSince(timer);
        if (!page)
            fail(u"query "_s + text, page.error());
        if (rows)
            *rows = page->size();
        best = std::min(best, ms);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = qEnvironmentVariableIsSet("MADOGUCHI_BENCH_LOG_ROWS")
        ? qEnvironmentVariable("MADOGUCHI_BENCH_LOG_ROWS").toLongLong()
        : 10'000'000;
    // Fewer days with fewer rows keep the density of the full run.
    const int Days = qEnvironmentVariableIsSet("MADOGUCHI_BENCH_LOG_DAYS")
        ? std::clamp(qEnvironmentVariableIntValue("MADOGUCHI_BENCH_LOG_DAYS"), 1, LogStore::RetentionDays)
        : LogStore::RetentionDays;
    const qint64 perDay = (rows + Days - 1) / Days;
    QDir(benchDirectory()).removeRecursively();
    const QString directory = benchDirectory() + u"/logs"_s;
    const qint64 today = logDayNumber(QDateTime::currentMSecsSinceEpoch());

    // Ingest: the producer makes the next chunk while the writer stores the
    // current one; memory stays bounded to two chunks.
    Generator generator;
    double ingestMs = 0;
    double ingestCpu = cpuSeconds();
    {
        Result<std::unique_ptr<LogStore>> opened = LogStore::open(directory);
        if (!opened)
            fail(u"open"_s, opened.error());
        std::unique_ptr<LogStore> store = std::move(opened).value();
        constexpr int Chunk = 40000;
        QElapsedTimer timer;
        timer.start();
        qint64 produced = 0;
        for (int d = 0; d < Days && produced < rows; ++d) {
            const qint64 day = today - (Days - 1) + d;
            for (qint64 first = 0; first < perDay && produced < rows; first += Chunk) {
                const int count = int(std::min<qint64>({Chunk, perDay - first, rows - produced}));
                QList<LogRecord> chunk = generator.chunk(day, first, count, perDay);
                produced += count;
                if (Result<void> flushed = store->flush(); !flushed)
                    fail(u"flush"_s, flushed.error());
                store->append(std::move(chunk));
            }
        }
        if (Result<void> flushed = store->flush(); !flushed)
            fail(u"flush"_s, flushed.error());
        ingestMs = msSince(timer);
    }
    ingestCpu = cpuSeconds() - ingestCpu;

    // Reopen: what the console does at start-up, up to the newest page.
    QElapsedTimer openTimer;
    openTimer.start();
    Result<std::unique_ptr<LogStore>> reopened = LogStore::open(directory);
    if (!reopened)
        fail(u"reopen"_s, reopened.error());
    std::unique_ptr<LogStore> store = std::move(reopened).value();
    std::unique_ptr<LogReader> reader = store->createReader();
    Result<qint64> total = reader->count({});
    if (!total)
        fail(u"count"_s, total.error());
    Result<QList<LogRecord>> last = reader->fetch({}, std::max<qint64>(0, total.value() - 100), 100);
    if (!last || last->isEmpty())
        fail(u"first page"_s, last ? Error(ErrorCode::LogQueryFailed, u"empty"_s) : last.error());
    const double openMs = msSince(openTimer);
    const qint64 diskBytes = store->diskSize();

    qint64 ftsRows = 0;
    qint64 fts2Rows = 0;
    qint64 likeRows = 0;
    const double ftsMs = firstPage(*reader, u"タイムアウト"_s, LogFilter::TextMode::FullText, &ftsRows);
    const double fts2Ms = firstPage(*reader, u"認証"_s, LogFilter::TextMode::FullText, &fts2Rows);
    const double likeMs = firstPage(*reader, u"タイムアウト"_s, LogFilter::TextMode::Like, &likeRows);
    const double ftsCodeMs = firstPage(*reader, u"0x81000001"_s, LogFilter::TextMode::FullText);
    const double fts1Ms = firstPage(*reader, u"顔"_s, LogFilter::TextMode::FullText);

    LogFilter timeoutFilter;
    timeoutFilter.text = u"タイムアウト"_s;
    QElapsedTimer countTimer;
    countTimer.start();
    Result<qint64> ftsCount = reader->count(timeoutFilter);
    const double ftsCountMs = msSince(countTimer);
    timeoutFilter.textMode = LogFilter::TextMode::Like;
    countTimer.start();
    Result<qint64> likeCount = reader->count(timeoutFilter);
    const double likeCountMs = msSince(countTimer);
    if (!ftsCount || !likeCount || ftsCount.value() != likeCount.value())
        fail(u"full-text and LIKE disagree"_s, Error(ErrorCode::LogQueryFailed));

    // Jumps to random rows of the whole log, 50 of them: the mean.
    QRandomGenerator random(7);
    double scrollTotal = 0;
    constexpr int Jumps = 50;
    for (int i = 0; i < Jumps; ++i) {
        const qint64 position = qint64(random.bounded(quint64(total.value())));
        QElapsedTimer timer;
        timer.start();
        Result<QList<LogRecord>> page = reader->fetch({}, position, 100);
        scrollTotal += msSince(timer);
        if (!page || page->isEmpty())
            fail(u"scroll"_s, page ? Error(ErrorCode::LogQueryFailed) : page.error());
    }
    const double scrollMs = scrollTotal / Jumps;

    // ログ収集 as the console does it: every reader, every day, the day
    // databases (LogArchive::Format::Database).
    double collectCpu = cpuSeconds();
    QElapsedTimer collectTimer;
    collectTimer.start();
    const QString zipPath = benchDirectory() + u"/collected.zip"_s;
    LogArchive::Selection everything;
    everything.format = LogArchive::Format::Database;
    Result<LogArchive::Totals> collected = LogArchive::write(*store, zipPath, everything);
    const double collectS = msSince(collectTimer) / 1000;
    collectCpu = cpuSeconds() - collectCpu;
    if (!collected)
        fail(u"collect"_s, collected.error());
    const qint64 zipBytes = QFileInfo(zipPath).size();
    QFile::remove(zipPath);

    // The same records as text lines: the size db_text_ratio compares with,
    // and what a text export of everything costs.
    QElapsedTimer textTimer;
    textTimer.start();
    const QString textZipPath = benchDirectory() + u"/collected-text.zip"_s;
    Result<qint64> textCollected = LogArchive::write(*store, textZipPath);
    const double textCollectS = msSince(textTimer) / 1000;
    if (!textCollected)
        fail(u"text collect"_s, textCollected.error());
    qint64 textBytes = 0;
    {
        QuaZip zip(textZipPath);
        zip.open(QuaZip::mdUnzip);
        for (const QuaZipFileInfo64 &info : zip.getFileInfoList64())
            textBytes += qint64(info.uncompressedSize);
    }
    const qint64 textZipBytes = QFileInfo(textZipPath).size();
    QFile::remove(textZipPath);

    reader.reset();
    const QDate oldest = store->days().first();
    QElapsedTimer purgeTimer;
    purgeTimer.start();
    if (Result<void> deleted = store->deleteDay(oldest); !deleted)
        fail(u"delete day"_s, deleted.error());
    const double purgeMs = msSince(purgeTimer);
    store.reset();

    const double rssMb = double(peakRssKb()) / 1024;
    QDir(benchDirectory()).removeRecursively();

    std::printf("DETAIL log stored=%lld collected=%lld text_bytes=%lld db_bytes=%lld zip_bytes=%lld ingest_s=%.1f "
                "fts_rows=%lld fts2_rows=%lld like_rows=%lld fts_code_ms=%.2f fts1_ms=%.2f fts_count_ms=%.1f "
                "like_count_ms=%.1f matches=%lld ingest_cpu_s=%.1f collect_cpu_s=%.1f text_collect_s=%.1f text_zip_bytes=%lld "
                "load1=%.2f\n",
                qlonglong(total.value()), qlonglong(collected->records), qlonglong(textBytes), qlonglong(diskBytes),
                qlonglong(zipBytes), ingestMs / 1000, qlonglong(ftsRows), qlonglong(fts2Rows), qlonglong(likeRows),
                ftsCodeMs, fts1Ms, ftsCountMs, likeCountMs, qlonglong(ftsCount.value()), ingestCpu, collectCpu, textCollectS,
                qlonglong(textZipBytes), loadAverage());
    std::printf("BENCH log rows=%lld ingest_rows_per_s=%.0f open_ms=%.1f fts_ms=%.2f fts2_ms=%.2f like_ms=%.2f "
                "scroll_ms=%.2f purge_day_ms=%.1f rss_mb=%.0f db_text_ratio=%.2f collect_s=%.1f\n",
                qlonglong(total.value()), double(total.value()) / (ingestMs / 1000), openMs, ftsMs, fts2Ms, likeMs,
                scrollMs, purgeMs, rssMb, textBytes > 0 ? double(diskBytes) / double(textBytes) : 0.0, collectS);
    return 0;
}
