// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace Console {

// The full-text index's view of text, shared by indexing and querying.
//
// Why a tokenizer of our own: FTS5's trigram tokenizer cannot find terms
// shorter than three characters (認証, 失敗, 顔), and unicode61 treats a whole
// run of kanji and kana as one word. This one emits, for every run of CJK
// characters c1..cn, the bigrams c1c2 .. c(n-1)cn and the unigram cn: every
// occurrence of a character starts a bigram or is a run's last character, so
// a one-character query is a prefix query ("顔"*), a two-character query is
// one token, and a longer one is the AND of its bigrams. Runs of ASCII
// letters and digits (and other alphabets) are lower-cased words, so
// 0x81000001 and R301 are one token each; full-width letters and digits
// count as ASCII. That is about one token per CJK character instead of three
// (trigram), which keeps the index small and ingest fast. Terms the index
// can only narrow down (3+ CJK characters, punctuation) are confirmed with
// the SQL function mdg_contains over the stored text.
class LogTokenizer
{
public:
    // The tokens the index stores for text, in order (for tests and tools).
    static QStringList tokens(const QString &text);

    // ASCII case folding plus full-width letters and digits to ASCII: the
    // form in which the index and mdg_contains compare text.
    static QByteArray fold(const QByteArray &utf8);

    // A user's search text compiled for one query.
    struct Match
    {
        QByteArray expression;  // FTS5 MATCH expression; empty: the index cannot help
        QByteArray needles;     // folded terms, separated by '\x1f', for mdg_contains
        bool needsCheck = false; // the index result is a superset: confirm with mdg_contains
        QStringList terms;      // the terms as typed, for highlighting
    };
    static Match compile(const QString &text);

    // Registers the tokenizer "madoguchi" and mdg_contains(message, code,
    // needles) on a connection. Needed on every connection that
    // touches a day file. SQLite result code.
    static int registerWith(sqlite3 *db);
};

} // namespace Console
