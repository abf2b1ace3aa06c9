// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logcollection.h"

#include "app/logs/logrecord.h"
#include "app/logs/logstore.h"
#include "devicelink/readerregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>
#include <utility>
#include <QTimeZone>

#include <sqlite3.h>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone &tokyo()
{
    static const QTimeZone zone(int(LogDayOffsetMs / 1000));
    return zone;
}

QString tokyoTime(qint64 utcMs, const QString &format = u"yyyy-MM-dd HH:mm:ss"_s)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, tokyo()).toString(format);
}

struct ReaderSnapshot
{
    QString serial;
    QString model;
    QString software;
    QString firmware;
    QString state;
    QString errorCode;
    QString address;
};

QByteArray versionsText(const QList<ReaderSnapshot> &readers)
{
    QString text = u"Madoguchi %1\nQt %2\n%3 (%4 %5)\n\n"_s.arg(QStringLiteral(MADOGUCHI_VERSION),
                                                               QString::fromLatin1(qVersion()),
                                                               QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                                                               QSysInfo::kernelVersion());
    text += u"serial\tmodel\tsoftware\tfirmware\tstate\terror\taddress\n"_s;
    for (const ReaderSnapshot &r : readers)
        text += QStringList{r.serial, r.model, r.software, r.firmware, r.state, r.errorCode, r.address}.join(u'\t')
            + u'\n';
    return text.toUtf8();
}

// Keys that name something secret, and values that look like key material,
// never leave the PC.
bool isSecret(const QString &key, const QString &value)
{
    static const QRegularExpression secretKey(u"pass|secret|token|key|pin|salt|hash|licen|cert|account|credential"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keyMaterial(u"^[A-Za-z0-9+/=_-]{24,}$"_s);
    return secretKey.match(key).hasMatch() || keyMaterial.match(value).hasMatch();
}

// A My Number (12 digits, half- or full-width) typed into a setting or a
// screen message, or logged by mistake, must still not leave the PC: the
// text entries made here are scrubbed of any such run.
QByteArray withoutMyNumbers(const QByteArray &text)
{
    static const QRegularExpression twelveDigits(u"(?<!\\d)\\d{12}(?!\\d)"_s);
    QString decoded = QString::fromUtf8(text);
    if (!twelveDigits.match(decoded).hasMatch())
        return text;
    return decoded.replace(twelveDigits, u"(removed)"_s).toUtf8();
}

// config.db read-only, through its own connection: the settings table with
// secrets removed and the registered readers' addresses (never their
// certificates, nor login names).
QByteArray settingsText(const QString &configPath)
{
    QString text = u"# settings (config.db); secrets removed\n"_s;
    sqlite3 *db = nullptr;
    if (configPath.isEmpty()
        || sqlite3_open_v2(configPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
            != SQLITE_OK) {
        sqlite3_close_v2(db);
        return (text + u"(config.db not readable)\n"_s).toUtf8();
    }
    sqlite3_busy_timeout(db, 2000);
    auto rows = [db](const char *sql, const std::function<void(sqlite3_stmt *)> &row) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW)
                row(statement);
        }
        sqlite3_finalize(statement);
    };
    auto column = [](sqlite3_stmt *s, int i) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, i)), sqlite3_column_bytes(s, i));
    };
    rows("SELECT key, value FROM settings ORDER BY key", [&](sqlite3_stmt *s) {
        const QString key = column(s, 0);
        const QString value = column(s, 1);
        text += key + u" = "_s + (isSecret(key, value) ? u"(removed)"_s : QString(value).replace(u'\n', u"\\n"_s))
            + u'\n';
    });
    text += u"\n# registered readers\nserial\tmodel\taddress\n"_s;
    rows("SELECT serial, model, host, port FROM readers ORDER BY serial", [&](sqlite3_stmt *s) {
        text += column(s, 0) + u'\t' + column(s, 1) + u'\t' + column(s, 2) + u':' + column(s, 3) + u'\n';
    });
    sqlite3_close_v2(db);
    return text.toUtf8();
}

// The lines of a text log (installLogFile: ISO local time first) of the
// chosen days; a line without a time belongs to the one before it.
QByteArray textLogOfDays(const QString &path, QDate from, QDate to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray out;
    bool keep = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (line.size() >= 10 && line.at(4) == '-' && line.at(7) == '-') {
            const QDate day = QDate::fromString(QString::fromLatin1(line.left(10)), Qt::ISODate);
            if (day.isValid())
                keep = day >= from && day <= to;
        }
        if (keep)
            out += line;
    }
    return out;
}

QByteArray errorsText(const QList<LogArchive::ErrorCount> &errors)
{
    QString text = u"serial\tcode\tcount\tlast (+0900)\tlast message\n"_s;
    for (const LogArchive::ErrorCount &e : errors)
        text += QStringList{e.source, e.code, QString::number(e.count), tokyoTime(e.lastMs),
                            QString(e.lastMessage).replace(u'\n', u' ')}
                    .join(u'\t')
            + u'\n';
    return text.toUtf8();
}

// For support, in both languages whatever the UI language is: the person
// who reads it is not the one who collected it.
QByteArray summaryText(const LogCollection::Request &request, const QList<ReaderSnapshot> &readers,
                       const LogArchive::Totals &totals, const QStringList &entries)
{
    QString text;
    text += u"Madoguchi ログ収集 / Log collection\n\n"_s;
    text += u"作成日時 / Created: %1 +0900\n"_s.arg(request.at.toTimeZone(tokyo()).toString(u"yyyy-MM-dd HH:mm"_s));
    text += u"期間 / Period: %1 – %2 (Asia/Tokyo)\n"_s.arg(request.from.toString(Qt::ISODate),
                                                            request.to.toString(Qt::ISODate));
    text += u"コンソール / Console: Madoguchi %1\n"_s.arg(QStringLiteral(MADOGUCHI_VERSION));
    text += u"記録数 / Records: %1\n\n"_s.arg(totals.records);
    text += u"カードリーダー / Card readers:\n"_s;
    for (const ReaderSnapshot &r : readers) {
        if (!request.serials.contains(r.serial))
            continue;
        text += u"  %1  %2  software %3  firmware %4  records %5%6\n"_s.arg(
            r.serial, r.state, r.software.isEmpty() ? u"-"_s : r.software, r.firmware.isEmpty() ? u"-"_s : r.firmware,
            QString::number(totals.recordsBySource.value(r.serial)),
            r.errorCode.isEmpty() ? QString() : u"  error "_s + r.errorCode);
    }
    text += u"\n最近のエラーコード / Recent error codes:\n"_s;
    if (totals.errors.isEmpty())
        text += u"  なし / none\n"_s;
    for (qsizetype i = 0; i < std::min<qsizetype>(totals.errors.size(), 20); ++i) {
        const LogArchive::ErrorCount &e = totals.errors.at(i);
        text += u"  %1  %2  %3件 / %3 times  最終 / last %4\n"_s.arg(e.source, e.code).arg(e.count).arg(
            tokyoTime(e.lastMs, u"yyyy-MM-dd HH:mm"_s));
    }
    text += u"\n内容 / Contents:\n"_s;
    for (const QString &entry : entries)
        text += u"  "_s + entry + u'\n';
    text += u"\nこの zip ファイルを、エラーコードとカードリーダーのシリアル番号を添えてサポート窓口へお送りください。"
            "個人情報（マイナンバー、暗証番号、照合番号B、氏名、顔写真・券面画像）は含まれていません。\n"
            "Please send this zip file to support with the error code and the card reader's serial number. "
            "It contains no personal data (My Number, PIN, collation number B, names, face or card images).\n"
            "logs/*.db: SQLite; \"sqlite3 logs-YYYYMMDD.db 'SELECT * FROM lines'\" prints the records.\n"_s;
    return text.toUtf8();
}

} // namespace

LogCollection::LogCollection(const LogStore &store, const ReaderRegistry *registry, Sources sources, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_registry(registry)
    , m_sources(std::move(sources))
{
}

LogCollection::~LogCollection()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

QString LogCollection::fileName(const QStringList &serials, const QDateTime &at)
{
    QStringList sorted = serials;
    sorted.sort();
    const QString who = sorted.isEmpty() ? u"console"_s : sorted.join(u'-');
    return u"madoguchi-logs_%1_%2.zip"_s.arg(who, at.toTimeZone(tokyo()).toString(u"yyyyMMdd-HHmm"_s));
}

QStringList LogCollection::leadingEntryNames()
{
    return {u"versions.txt"_s, u"settings.txt"_s, u"console/console.log"_s};
}

QStringList LogCollection::trailingEntryNames()
{
    return {u"errors.txt"_s, u"summary.txt"_s};
}

Result<void> LogCollection::start(const Request &given)
{
    if (m_thread)
        return Error(ErrorCode::LogCollectFailed, u"a collection is running"_s);
    const QFileInfo folder(given.folder);
    if (!folder.isDir() || !folder.isWritable())
        return Error(ErrorCode::LogCollectFailed, given.folder + u": not a writable folder"_s);

    Request request = given;
    if (!request.at.isValid())
        request.at = QDateTime::currentDateTime();
    request.serials.sort();
    QList<ReaderSnapshot> readers;
    for (int row = 0; row < m_registry->rowCount(); ++row) {
        const ReaderEntry &e = m_registry->entryAt(row);
        readers.append({e.description.serial, e.description.model, e.description.software, e.description.firmware,
                        ReaderRegistry::stateLabel(e), e.error.isError() ? e.error.codeString() : QString(),
                        e.address()});
    }
    const QString path = QDir(given.folder).filePath(fileName(request.serials, request.at));

    const QByteArray supportSummary = std::exchange(m_supportSummary, {});
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    const Sources sources = m_sources;
    const LogStore &store = m_store;
    m_thread = QThread::create([this, request, readers, path, sources, cancel, supportSummary, &store] {
        LogArchive::Selection selection;
        selection.from = request.from;
        selection.to = request.to;
        selection.sources = request.serials;
        selection.sources.append(LogRecord::ConsoleSource);
        selection.format = LogArchive::Format::Database;
        selection.textExportLimit = TextExportLimit;
        QByteArray consoleLog = textLogOfDays(sources.consoleLogPath + u".1"_s, request.from, request.to);
        consoleLog += textLogOfDays(sources.consoleLogPath, request.from, request.to);
        selection.leadingEntries = {{u"versions.txt"_s, withoutMyNumbers(versionsText(readers))},
                                    {u"settings.txt"_s, withoutMyNumbers(settingsText(sources.configPath))},
                                    {u"console/console.log"_s, withoutMyNumbers(consoleLog)}};
        if (!supportSummary.isEmpty())
            selection.leadingEntries.append({u"support-summary.json"_s, withoutMyNumbers(supportSummary)});
        for (const QString &serial : request.serials) {
            const QString readerLog = QDir(sources.emulatedRoot).filePath(serial + u"/reader.log"_s);
            if (!sources.emulatedRoot.isEmpty() && QFile::exists(readerLog)) {
                const QString name = u"readers/%1/reader.log"_s.arg(serial);
                selection.leadingEntries.append(
                    {name, withoutMyNumbers(textLogOfDays(readerLog, request.from, request.to))});
            }
        }
        selection.trailingEntries = [&](const LogArchive::Totals &totals) {
            const QStringList entries = totals.entries + trailingEntryNames();
            return QList<LogArchive::Entry>{
                {u"errors.txt"_s, withoutMyNumbers(errorsText(totals.errors))},
                {u"summary.txt"_s, withoutMyNumbers(summaryText(request, readers, totals, entries))}};
        };
        Result<LogArchive::Totals> written = LogArchive::write(store, path, selection, cancel.get(),
                                                               [this](LogArchive::Progress p) {
            QMetaObject::invokeMethod(this, [this, p] { Q_EMIT progress(p.daysDone, p.daysTotal); },
                                      Qt::QueuedConnection);
        });
        Result<Summary> result = Error();
        if (written) {
            Summary summary;
            summary.path = path;
            summary.bytes = QFileInfo(path).size();
            summary.records = written->records;
            summary.serials = request.serials;
            summary.from = request.from;
            summary.to = request.to;
            summary.errors = written->errors;
            result = summary;
        } else {
            result = written.error();
        }
        QMetaObject::invokeMethod(this, [this, result] { finish(result); }, Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
    return {};
}

void LogCollection::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void LogCollection::finish(const Result<Summary> &result)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (result)
        Q_EMIT succeeded(result.value());
    else
        Q_EMIT failed(result.error());
}

} // namespace Console
