// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logtokenizer.h"

#include <QTest>

using namespace Console;
using namespace Qt::StringLiterals;

class TestLogTokenizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("kanji run: bigrams and the last character")
            << u"顔認証"_s << QStringList{u"顔認"_s, u"認証"_s, u"証"_s};
        QTest::newRow("one character") << u"顔"_s << QStringList{u"顔"_s};
        QTest::newRow("kana and punctuation")
            << u"失敗しました。再試行"_s
            << QStringList{u"失敗"_s, u"敗し"_s, u"しま"_s, u"まし"_s, u"した"_s, u"た"_s, u"再試"_s, u"試行"_s, u"行"_s};
        QTest::newRow("codes are words, lower-cased")
            << u"R301 0x81000001"_s << QStringList{u"r301"_s, u"0x81000001"_s};
        QTest::newRow("mixed scripts split") << u"エラーR301発生"_s
                                            << QStringList{u"エラ"_s, u"ラー"_s, u"ー"_s, u"r301"_s, u"発生"_s, u"生"_s};
        QTest::newRow("full-width ASCII") << u"ＡＢＣ１２３"_s << QStringList{u"abc123"_s};
        QTest::newRow("separators only") << u" ,.!? 　「」"_s << QStringList{};
    }
    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QCOMPARE(LogTokenizer::tokens(text), tokens);
    }

    void compile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expression");
        QTest::addColumn<bool>("needsCheck");
        QTest::newRow("one character: prefix") << u"顔"_s << QByteArray("\"顔\" *") << false;
        QTest::newRow("two characters: one token") << u"認証"_s << QByteArray("\"認証\"") << false;
        QTest::newRow("three: bigrams, confirmed") << u"照合値"_s << QByteArray("\"照合\" AND \"合値\"") << true;
        QTest::newRow("code: word prefix") << u"0x81000001"_s << QByteArray("\"0x81000001\" *") << false;
        QTest::newRow("terms AND") << u"認証　R301"_s << QByteArray("\"認証\" AND \"r301\" *") << false;
        QTest::newRow("punctuation confirmed") << u"R301:"_s << QByteArray("\"r301\" *") << true;
        QTest::newRow("nothing to index") << u"--"_s << QByteArray() << true;
    }
    void compile()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expression);
        QFETCH(bool, needsCheck);
        const LogTokenizer::Match match = LogTokenizer::compile(text);
        QCOMPARE(match.expression, expression);
        QCOMPARE(match.needsCheck, needsCheck);
    }

    void foldsAsciiAndFullWidth()
    {
        QCOMPARE(LogTokenizer::fold(u"R301 ＡＢＣ 認証"_s.toUtf8()), u"r301 abc 認証"_s.toUtf8());
        const LogTokenizer::Match match = LogTokenizer::compile(u"Timeout  認証"_s);
        QCOMPARE(match.needles, QByteArray("timeout\x1f") + u"認証"_s.toUtf8());
        QCOMPARE(match.terms, (QStringList{u"Timeout"_s, u"認証"_s}));
    }
};

QTEST_APPLESS_MAIN(TestLogTokenizer)
#include "testlogtokenizer.moc"
