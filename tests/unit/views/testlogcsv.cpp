// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/logs/logcsv.h"

#include <QTest>
#include <QTimeZone>

using namespace Console;
using namespace Views;
using namespace Qt::StringLiterals;

class TestLogCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesFields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"R301"_s << u"R301"_s;
        QTest::newRow("japanese") << u"顔認証に失敗しました"_s << u"顔認証に失敗しました"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("japanese comma is plain") << u"失敗、再試行"_s << u"失敗、再試行"_s;
        QTest::newRow("quote") << u"say \"ok\""_s << u"\"say \"\"ok\"\"\""_s;
        QTest::newRow("newline") << u"line1\nline2"_s << u"\"line1\nline2\""_s;
        QTest::newRow("carriage return") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void escapesFields()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(LogCsv::field(value), field);
    }

    void writesRecordsWithHeaderAndBom()
    {
        LogRecord r;
        r.timeMs = QDateTime(QDate(2026, 12, 2), QTime(9, 5, 3, 7), QTimeZone("Asia/Tokyo")).toMSecsSinceEpoch();
        r.source = u"MDG-1001"_s;
        r.level = LogLevel::Warning;
        r.category = u"card"_s;
        r.code = u"0x81000001"_s;
        r.message = u"読み取り失敗, \"再試行\"\n2回目"_s;
        r.fields = {{u"retry"_s, u"2"_s}, {u"ms"_s, u"120"_s}};
        const QString csv = LogCsv::toCsv({r});
        QCOMPARE(csv, u"time,reader,level,category,code,message,fields\r\n"
                      "2026-12-02T09:05:03.007+09:00,MDG-1001,WARN,card,0x81000001,"
                      "\"読み取り失敗, \"\"再試行\"\"\n2回目\",retry=2 ms=120\r\n"_s);
        const QByteArray file = LogCsv::toFileContents({r});
        QVERIFY(file.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(file.mid(3)), csv);
    }
};

QTEST_APPLESS_MAIN(TestLogCsv)
#include "testlogcsv.moc"
