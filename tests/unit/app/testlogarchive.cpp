// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logarchive.h"
#include "app/logs/logstore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

class TestLogArchive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOneTextEntryPerDay()
    {
        QTemporaryDir dir;
        const QTimeZone tokyo("Asia/Tokyo");
        LogStore::Options options;
        options.purgeAutomatically = false;
        const qint64 now = QDateTime(QDate(2026, 12, 2), QTime(12, 0), tokyo).toMSecsSinceEpoch();
        options.clock = [now] { return now; };
        auto store = LogStore::open(QDir(dir.path()).filePath(u"logs"_s), options).value();
        LogRecord a;
        a.timeMs = QDateTime(QDate(2026, 12, 1), QTime(23, 59, 59, 999), tokyo).toMSecsSinceEpoch();
        a.source = u"MDG-1001"_s;
        a.level = LogLevel::Error;
        a.category = u"online"_s;
        a.code = u"0x81000001"_s;
        a.message = u"接続がタイムアウトしました\n再試行します"_s;
        a.fields = {{u"ms"_s, u"3000"_s}};
        LogRecord b = a;
        b.timeMs = QDateTime(QDate(2026, 12, 2), QTime(0, 0), tokyo).toMSecsSinceEpoch();
        b.level = LogLevel::Info;
        b.code.clear();
        b.message = u"顔認証に成功しました"_s;
        b.fields.clear();
        store->append({a, b});
        QVERIFY(store->flush().ok());

        const QString zipPath = QDir(dir.path()).filePath(u"収集.zip"_s);
        std::atomic<bool> cancel{false};
        int progressCalls = 0;
        Result<qint64> written = LogArchive::write(*store, zipPath, &cancel, [&](LogArchive::Progress p) {
            ++progressCalls;
            QCOMPARE(p.daysTotal, 2);
        });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toLogString()));
        QCOMPARE(written.value(), 2);
        QCOMPARE(progressCalls, 2);

        QuaZip zip(zipPath);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QCOMPARE(zip.getFileNameList(), (QStringList{u"logs/2026-12-01.log"_s, u"logs/2026-12-02.log"_s}));
        QVERIFY(zip.setCurrentFile(u"logs/2026-12-01.log"_s));
        QuaZipFile entry(&zip);
        QVERIFY(entry.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(entry.readAll()),
                 u"2026-12-01 23:59:59.999 +0900 MDG-1001 ERROR online 0x81000001 接続がタイムアウトしました\\n再試行します ms=3000\n"_s);
        entry.close();
        QVERIFY(zip.setCurrentFile(u"logs/2026-12-02.log"_s));
        QVERIFY(entry.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(entry.readAll()), u"2026-12-02 00:00:00.000 +0900 MDG-1001 INFO online - 顔認証に成功しました\n"_s);
    }

    void aCancelledCollectionLeavesNoFile()
    {
        QTemporaryDir dir;
        auto store = LogStore::open(QDir(dir.path()).filePath(u"logs"_s)).value();
        LogRecord r;
        r.timeMs = QDateTime::currentMSecsSinceEpoch();
        r.source = LogRecord::ConsoleSource;
        r.message = u"started"_s;
        store->append(r);
        QVERIFY(store->flush().ok());
        std::atomic<bool> cancel{true};
        const QString zipPath = QDir(dir.path()).filePath(u"logs.zip"_s);
        Result<qint64> written = LogArchive::write(*store, zipPath, &cancel);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code(), ErrorCode::LogQueryCancelled);
        QVERIFY(!QFile::exists(zipPath));
    }
};

QTEST_GUILESS_MAIN(TestLogArchive)
#include "testlogarchive.moc"
