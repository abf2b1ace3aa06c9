// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/charts/usagestatistics.h"
#include "app/configstore.h"
#include "app/logs/logcollection.h"
#include "app/logs/logdayfile.h"
#include "app/logs/logstore.h"
#include "devicelink/readerregistry.h"
#include "views/logs/logcollectdialog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Console;
using namespace DeviceLink;
using namespace Views;
using namespace Qt::StringLiterals;

namespace {

const QString ReaderA = u"MDG-COL-0001"_s;
const QString ReaderB = u"MDG-COL-0002"_s;
// Planted where the console keeps them; none may reach the zip.
const QByteArray PlantedPassword = "Planted-Pa55word!";
const QByteArray PlantedAccountSecret = "acct-secret-Q7ZK";
const QByteArray PlantedKeyMaterial = "c2VjcmV0IGtleSBtYXRlcmlhbCBwbGFudGVk";
const QByteArray PlantedMyNumber = "123456789018";
constexpr int Days = 7;
constexpr int RecordsPerReaderDay = 6000;

} // namespace

// The ログ収集 dialog on the offscreen platform over a console's data: a
// store with a week of two readers' records, config.db with secrets planted
// among the settings, console.log and an emulated reader's log with a My
// Number-shaped number in them. Cancel leaves nothing behind; a finished zip
// holds the expected entries and none of what was planted.
class TestLogCollectDialog final : public QObject
{
    Q_OBJECT

private:
    QString dataPath(const QString &name) const { return QDir(m_dir->filePath(u"data"_s)).filePath(name); }
    QString outFolder() const { return m_dir->filePath(u"out"_s); }

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    // name → content of every entry, in the zip's order.
    static QList<std::pair<QString, QByteArray>> unzip(const QString &path)
    {
        QList<std::pair<QString, QByteArray>> entries;
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdUnzip))
            return entries;
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::ReadOnly))
                return {};
            entries.append({zip.getCurrentFileName(), file.readAll()});
        }
        return entries;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConfigStore> m_config;
    std::unique_ptr<LogStore> m_store;
    std::unique_ptr<ReaderRegistry> m_registry;
    std::unique_ptr<LogCollection> m_collection;
    QDate m_today;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(outFolder()));
        QVERIFY(QDir().mkpath(dataPath({})));
        m_today = UsageStatistics::today();

        Result<std::unique_ptr<ConfigStore>> config = ConfigStore::open(dataPath(u"config.db"_s));
        QVERIFY(config);
        m_config = std::move(config).value();
        QVERIFY(m_config->setSetting(u"readers/startupDelayS"_s, u"30"_s));
        QVERIFY(m_config->setSetting(u"admin/password"_s, QString::fromLatin1(PlantedPassword)));
        QVERIFY(m_config->setSetting(u"licence/accountSecret"_s, QString::fromLatin1(PlantedAccountSecret)));
        QVERIFY(m_config->setSetting(u"upload/id"_s, QString::fromLatin1(PlantedKeyMaterial)));
        QVERIFY(m_config->setSetting(u"readers/message/"_s + ReaderA,
                                     u"お問い合わせ "_s + QString::fromLatin1(PlantedMyNumber)));

        const QByteArray today = m_today.toString(Qt::ISODate).toLatin1();
        writeFile(dataPath(u"logs/console.log"_s),
                  today + "T09:00:00.000 madoguchi.console: started\n" + today
                      + "T09:00:01.000 madoguchi.registration: card " + PlantedMyNumber + " seen\n");
        writeFile(dataPath(u"emulated/"_s + ReaderA + u"/reader.log"_s),
                  today + "T09:00:02.000 reader: number " + PlantedMyNumber + " in a line\n");

        m_store = LogStore::open(dataPath(u"logstore"_s)).value();
        const qint64 todayNumber = logDayNumber(QDateTime::currentMSecsSinceEpoch());
        for (int day = 0; day < Days; ++day) {
            QList<LogRecord> records;
            const qint64 start = logDayStartMs(todayNumber - day) + 8 * 3600 * 1000;
            for (int i = 0; i < RecordsPerReaderDay; ++i) {
                for (const QString &serial : {ReaderA, ReaderB}) {
                    LogRecord r;
                    r.timeMs = start + qint64(i) * 1000;
                    r.source = serial;
                    r.level = i % 500 == 0 ? LogLevel::Error : LogLevel::Info;
                    r.category = u"flow"_s;
                    r.code = i % 500 == 0 ? u"0x81000001"_s : QString();
                    r.message = i % 500 == 0 ? u"接続がタイムアウトしました"_s : u"顔認証に成功しました"_s;
                    r.fields = {{u"ms"_s, QString::number(i % 4000)}};
                    records.append(r);
                }
            }
            m_store->append(std::move(records));
        }
        QVERIFY(m_store->flush());

        m_registry = std::make_unique<ReaderRegistry>();
        m_registry->addReader(ReaderA);
        m_registry->addReader(ReaderB);
        m_collection = std::make_unique<LogCollection>(
            *m_store, m_registry.get(),
            LogCollection::Sources{dataPath(u"config.db"_s), dataPath(u"logs/console.log"_s), dataPath(u"emulated"_s)});
    }

    void cleanup()
    {
        m_collection.reset();
        m_registry.reset();
        m_store.reset();
        m_config.reset();
        m_dir.reset();
    }

    void cancelLeavesNoFile()
    {
        LogCollectDialog dialog(m_collection.get(), m_registry.get());
        dialog.show();
        QCOMPARE(dialog.checkedSerials(), (QStringList{ReaderA, ReaderB}));
        dialog.setFolder(outFolder());
        dialog.setDays(m_today.addDays(-(Days - 1)), m_today);
        QSignalSpy failed(&dialog, &LogCollectDialog::collectFailed);
        QSignalSpy collected(&dialog, &LogCollectDialog::collected);
        // 中止 once the first day is in the zip.
        auto *cancel = dialog.findChild<QPushButton *>(u"collectCancel"_s);
        QVERIFY(cancel);
        connect(m_collection.get(), &LogCollection::progress, cancel, [cancel](int done, int) {
            if (done == 1 && cancel->isEnabled())
                QTest::mouseClick(cancel, Qt::LeftButton);
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"collectStart"_s), Qt::LeftButton);
        QVERIFY(m_collection->isRunning());
        QVERIFY(cancel->isVisible());

        QVERIFY(failed.wait(30000));
        QCOMPARE(collected.count(), 0);
        QCOMPARE(failed.first().at(0).value<Error>().code(), ErrorCode::LogQueryCancelled);
        QVERIFY(!m_collection->isRunning());
        QCOMPARE(dialog.resultText(), u"Log collection cancelled. No file was written."_s);
        QVERIFY(dialog.zipPath().isEmpty());
        // Neither the zip nor the temporary file it was being written to.
        QCOMPARE(QDir(outFolder()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
        QVERIFY(dialog.findChild<QPushButton *>(u"collectStart"_s)->isVisible());
    }

    void finishedZipHoldsTheEntriesAndNoSecret()
    {
        LogCollectDialog dialog(m_collection.get(), m_registry.get());
        dialog.show();
        dialog.setFolder(outFolder());
        dialog.setDays(m_today.addDays(-1), m_today);
        QSignalSpy collected(&dialog, &LogCollectDialog::collected);
        dialog.startCollection();
        QVERIFY(collected.wait(30000));
        const QString path = collected.first().at(0).toString();
        QCOMPARE(dialog.zipPath(), path);
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(outFolder()).absoluteFilePath());
        QVERIFY2(QRegularExpression(u"^madoguchi-logs_MDG-COL-0001-MDG-COL-0002_\\d{8}-\\d{4}\\.zip$"_s)
                     .match(QFileInfo(path).fileName())
                     .hasMatch(),
                 qPrintable(path));
        QVERIFY(dialog.resultText().contains(QDir::toNativeSeparators(path)));
        QVERIFY(dialog.resultText().contains(u"MDG-COL-0001 0x81000001"_s));
        QCOMPARE(QDir(outFolder()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(path).fileName()});

        const QList<std::pair<QString, QByteArray>> entries = unzip(path);
        QStringList names;
        for (const auto &[name, content] : entries)
            names << name;
        QStringList expected = LogCollection::leadingEntryNames();
        expected << u"readers/%1/reader.log"_s.arg(ReaderA);
        // 2 days of 2 readers: 24,000 records, so text lines come too.
        for (QDate day : {m_today.addDays(-1), m_today}) {
            expected << u"logs/"_s + LogDayFile::fileName(LogStore::dayNumber(day))
                     << u"logs/"_s + day.toString(Qt::ISODate) + u".log"_s;
        }
        expected << LogCollection::trailingEntryNames();
        QCOMPARE(names, expected);

        QMap<QString, QByteArray> content;
        for (const auto &[name, data] : entries)
            content.insert(name, data);
        const QString settings = QString::fromUtf8(content.value(u"settings.txt"_s));
        QVERIFY2(settings.contains(u"readers/startupDelayS = 30\n"_s), qPrintable(settings));
        QVERIFY(settings.contains(u"admin/password = (removed)\n"_s));
        QVERIFY(settings.contains(u"licence/accountSecret = (removed)\n"_s));
        QVERIFY(settings.contains(u"upload/id = (removed)\n"_s));
        QVERIFY(content.value(u"console/console.log"_s).contains("madoguchi.console: started"));
        const QByteArray today = content.value(u"logs/"_s + m_today.toString(Qt::ISODate) + u".log"_s);
        QCOMPARE(today.count('\n'), 2 * RecordsPerReaderDay);
        const QByteArray errorLine = ReaderA.toUtf8() + "\t0x81000001\t" + QByteArray::number(2 * 12) + '\t';
        QVERIFY(content.value(u"errors.txt"_s).contains(errorLine));
        const QString summary = QString::fromUtf8(content.value(u"summary.txt"_s));
        QVERIFY(summary.contains(u"記録数 / Records: %1"_s.arg(2 * 2 * RecordsPerReaderDay)));
        QVERIFY(summary.contains(ReaderA) && summary.contains(ReaderB));

        // Every byte of every entry, the databases included.
        static const QRegularExpression twelveDigits(u"(?<![0-9])[0-9]{12}(?![0-9])"_s);
        for (const auto &[name, data] : entries) {
            for (const QByteArray &planted : {PlantedPassword, PlantedAccountSecret, PlantedKeyMaterial, PlantedMyNumber})
                QVERIFY2(!data.contains(planted), qPrintable(name + u" holds "_s + QString::fromLatin1(planted)));
            const QRegularExpressionMatch number = twelveDigits.match(QString::fromLatin1(data));
            QVERIFY2(!number.hasMatch(), qPrintable(name + u" holds "_s + number.captured()));
        }
    }

    // A troubleshooting run's summary goes into the next zip only.
    void supportSummaryGoesIntoTheNextZip()
    {
        m_collection->setSupportSummary(R"({"flowId":"log-collection","outcome":"contactSupport"})");
        LogCollectDialog dialog(m_collection.get(), m_registry.get());
        dialog.show();
        dialog.setFolder(outFolder());
        dialog.setDays(m_today, m_today);
        QSignalSpy collected(&dialog, &LogCollectDialog::collected);
        dialog.startCollection();
        QVERIFY(collected.wait(30000));
        QMap<QString, QByteArray> content;
        for (const auto &[name, data] : unzip(collected.first().at(0).toString()))
            content.insert(name, data);
        QVERIFY(content.value(u"support-summary.json"_s).contains("\"flowId\":\"log-collection\""));

        QDir(outFolder()).removeRecursively();
        QDir().mkpath(outFolder());
        LogCollectDialog again(m_collection.get(), m_registry.get());
        again.show();
        again.setFolder(outFolder());
        again.setDays(m_today, m_today);
        QSignalSpy second(&again, &LogCollectDialog::collected);
        again.startCollection();
        QVERIFY(second.wait(30000));
        for (const auto &[name, data] : unzip(second.first().at(0).toString()))
            QVERIFY(name != u"support-summary.json"_s);
    }
};

QTEST_MAIN(TestLogCollectDialog)
#include "testlogcollectdialog.moc"
