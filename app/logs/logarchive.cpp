// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logarchive.h"

#include "app/logs/logreader.h"
#include "app/logs/logstore.h"

#include <QSaveFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <zlib.h>

#include <algorithm>
#include <array>
#include <deque>
#include <future>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// Days formatted and compressed at once: one per core of the target PCs.
constexpr int Workers = 2;

void appendEscapedMessage(QByteArray &out, QByteArrayView message)
{
    qsizetype from = 0;
    for (qsizetype at = message.indexOf('\n'); at >= 0; at = message.indexOf('\n', from)) {
        out.append(message.sliced(from, at - from)).append("\\n");
        from = at + 1;
    }
    out.append(message.sliced(from));
}

// One line as LogRecord::toLine() writes it, straight from the stored
// UTF-8: the day's date is formatted once, the time of day by arithmetic.
void appendLine(QByteArray &out, const QByteArray &date, qint64 dayStartMs, const LogReader::RawRecord &record)
{
    const qint64 ms = std::clamp<qint64>(record.timeMs - dayStartMs, 0, LogDayMs - 1);
    char time[] = " 00:00:00.000 +0900 ";
    auto two = [&time](int at, int value) {
        time[at] = char('0' + value / 10);
        time[at + 1] = char('0' + value % 10);
    };
    two(1, int(ms / 3600000));
    two(4, int(ms / 60000 % 60));
    two(7, int(ms / 1000 % 60));
    const int millis = int(ms % 1000);
    time[10] = char('0' + millis / 100);
    two(11, millis % 100);
    static const std::array<QByteArray, LogLevelCount> levels = [] {
        std::array<QByteArray, LogLevelCount> names;
        for (int i = 0; i < LogLevelCount; ++i)
            names[size_t(i)] = logLevelName(LogLevel(i)).toLatin1();
        return names;
    }();
    out.append(date).append(QByteArrayView(time, sizeof time - 1)).append(record.source).append(' ').append(levels[size_t(record.level)]).append(' ');
    out.append(record.category).append(' ');
    if (record.code.isEmpty())
        out.append('-');
    else
        out.append(record.code);
    out.append(' ');
    appendEscapedMessage(out, record.message);
    if (!record.fields.isEmpty()) {
        out.append(' ');
        const qsizetype start = out.size();
        out.append(record.fields);
        std::replace(out.begin() + start, out.end(), '\n', ' ');
    }
    out.append('\n');
}

struct CompressedDay
{
    Result<qint64> records = qint64(0);
    QByteArray deflated; // raw deflate stream
    quint32 crc = 0;
    qint64 size = 0;     // uncompressed bytes
};

// Level 1: text still shrinks about five times, and collection stays fast.
bool deflateRaw(const QByteArray &text, QByteArray &out)
{
    z_stream stream{};
    if (deflateInit2(&stream, 1, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return false;
    out.resize(qsizetype(deflateBound(&stream, uLong(text.size()))));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.constData()));
    stream.avail_in = uInt(text.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END;
}

} // namespace

Result<qint64> LogArchive::write(const LogStore &store, const QString &zipPath, const std::atomic<bool> *cancel,
                                 const std::function<void(Progress)> &progress)
{
    const QList<QDate> days = store.days();
    auto cancelled = [cancel] { return cancel && cancel->load(); };

    QSaveFile output(zipPath);
    if (!output.open(QIODevice::WriteOnly))
        return Error(ErrorCode::LogCollectFailed, zipPath + u": "_s + output.errorString());
    QuaZip zip(&output);
    zip.setUtf8Enabled(true);
    zip.setAutoClose(false); // QSaveFile commits it
    if (!zip.open(QuaZip::mdCreate))
        return Error(ErrorCode::LogCollectFailed, zipPath + u": cannot start the archive"_s);

    // Day i is formatted and compressed by worker i % Workers, each with its
    // own reader; at most one task per worker runs at a time.
    std::array<std::unique_ptr<LogReader>, Workers> readers;
    for (auto &reader : readers)
        reader = store.createReader();
    auto compress = [&cancelled](LogReader *reader, QDate date) {
        CompressedDay day;
        const qint64 number = LogStore::dayNumber(date);
        const QByteArray dateText = date.toString(u"yyyy-MM-dd"_s).toLatin1();
        const qint64 start = logDayStartMs(number);
        QByteArray text;
        qint64 lines = 0;
        day.records = reader->forEachRawOfDay(number, [&](const LogReader::RawRecord &record) {
            appendLine(text, dateText, start, record);
            return (++lines & 0xFFF) != 0 || !cancelled();
        });
        if (!day.records || cancelled())
            return day;
        day.size = text.size();
        day.crc = quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(text.constData()), uInt(text.size())));
        if (!deflateRaw(text, day.deflated))
            day.records = Error(ErrorCode::LogCollectFailed, u"compression failed"_s);
        return day;
    };

    std::deque<std::future<CompressedDay>> running;
    int launched = 0;
    auto launch = [&] {
        while (launched < days.size() && running.size() < size_t(Workers)) {
            running.push_back(std::async(std::launch::async, compress, readers[size_t(launched % Workers)].get(),
                                         days.at(launched)));
            ++launched;
        }
    };
    auto abandon = [&](Error error) {
        for (auto &task : running)
            task.wait();
        output.cancelWriting();
        return error;
    };

    qint64 total = 0;
    launch();
    for (int i = 0; i < days.size(); ++i) {
        CompressedDay day = running.front().get();
        running.pop_front();
        if (cancelled())
            return abandon(Error(ErrorCode::LogQueryCancelled, u"log collection"_s));
        if (!day.records)
            return abandon(Error(ErrorCode::LogCollectFailed, day.records.error().detail()));
        launch();
        QuaZipFile entry(&zip);
        QuaZipNewInfo info(u"logs/"_s + days.at(i).toString(u"yyyy-MM-dd"_s) + u".log"_s);
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                            | QFileDevice::ReadOther);
        info.uncompressedSize = ulong(day.size);
        if (!entry.open(QIODevice::WriteOnly, info, nullptr, day.crc, Z_DEFLATED, 1, true)
            || entry.write(day.deflated) != day.deflated.size()) {
            return abandon(Error(ErrorCode::LogCollectFailed, zipPath + u": "_s + entry.errorString()));
        }
        entry.close();
        if (entry.getZipError() != ZIP_OK)
            return abandon(Error(ErrorCode::LogCollectFailed, zipPath + u": cannot write the entry"_s));
        total += day.records.value();
        if (progress)
            progress({i + 1, int(days.size())});
    }
    zip.close();
    if (zip.getZipError() != 0 || !output.commit())
        return Error(ErrorCode::LogCollectFailed, zipPath + u": "_s + output.errorString());
    return total;
}

} // namespace Console
