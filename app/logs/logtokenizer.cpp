// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logtokenizer.h"

#include <sqlite3.h>

#include <cstring>
#include <string>
#include <string_view>

namespace Console {

using namespace Qt::StringLiterals;

namespace {

enum class CharClass { Separator, Word, Cjk };

enum class TokenKind {
    Word,    // an ASCII (or other alphabet) word
    Bigram,  // two adjacent CJK characters
    RunEnd,  // the last character of a CJK run of two or more
    Sole,    // a CJK run of one character
};

// Longer words (hex dumps) are cut: the index only needs their beginning.
constexpr int MaxWordBytes = 64;

char32_t decode(const unsigned char *&p, const unsigned char *end)
{
    const unsigned c = *p++;
    if (c < 0x80)
        return c;
    int extra;
    char32_t cp;
    if ((c & 0xE0) == 0xC0) {
        extra = 1;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        cp = c & 0x07;
    } else {
        return 0xFFFD;
    }
    for (int i = 0; i < extra; ++i) {
        if (p >= end || (*p & 0xC0) != 0x80)
            return 0xFFFD;
        cp = (cp << 6) | (*p++ & 0x3F);
    }
    return cp;
}

int encode(char32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = char(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = char(0xC0 | (cp >> 6));
        out[1] = char(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = char(0xE0 | (cp >> 12));
        out[1] = char(0x80 | ((cp >> 6) & 0x3F));
        out[2] = char(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (cp >> 18));
    out[1] = char(0x80 | ((cp >> 12) & 0x3F));
    out[2] = char(0x80 | ((cp >> 6) & 0x3F));
    out[3] = char(0x80 | (cp & 0x3F));
    return 4;
}

char32_t foldChar(char32_t cp)
{
    if (cp >= 'A' && cp <= 'Z')
        return cp + 32;
    if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF41 && cp <= 0xFF5A))
        return cp - 0xFEE0;
    if (cp >= 0xFF21 && cp <= 0xFF3A)
        return cp - 0xFEE0 + 32;
    return cp;
}

CharClass classify(char32_t cp)
{
    if (cp < 0x80) {
        const bool alnum = (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        return alnum ? CharClass::Word : CharClass::Separator;
    }
    if ((cp >= 0x3005 && cp <= 0x3007) || (cp >= 0x3041 && cp <= 0x309F) || (cp >= 0x30A1 && cp <= 0x30FA)
        || (cp >= 0x30FC && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF66 && cp <= 0xFF9F)
        || (cp >= 0x20000 && cp <= 0x3FFFF))
        return CharClass::Cjk;
    if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp <= 0x52F))
        return CharClass::Word;
    return CharClass::Separator;
}

// Calls emit(kind, bytes, length, start, end) for every token of text, where
// start and end are byte offsets into text.
template<typename Emit>
int tokenize(const char *text, int length, Emit &&emit)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(text);
    const auto *end = begin + length;
    const auto *p = begin;

    char word[MaxWordBytes + 4];
    int wordLength = 0;
    int wordStart = -1;
    int wordEnd = 0;

    char previous[4];
    int previousLength = 0; // 0: no CJK run open
    int previousStart = 0;
    int runLength = 0;

    auto endWord = [&]() -> int {
        int rc = SQLITE_OK;
        if (wordStart >= 0)
            rc = emit(TokenKind::Word, word, wordLength, wordStart, wordEnd);
        wordStart = -1;
        wordLength = 0;
        return rc;
    };
    auto endRun = [&]() -> int {
        int rc = SQLITE_OK;
        if (previousLength > 0) {
            rc = emit(runLength == 1 ? TokenKind::Sole : TokenKind::RunEnd, previous, previousLength, previousStart,
                      previousStart + previousLength);
        }
        previousLength = 0;
        runLength = 0;
        return rc;
    };

    while (p < end) {
        const int start = int(p - begin);
        const char32_t raw = decode(p, end);
        const int stop = int(p - begin);
        const char32_t cp = foldChar(raw);
        int rc = SQLITE_OK;
        switch (classify(cp)) {
        case CharClass::Word:
            if ((rc = endRun()) != SQLITE_OK)
                return rc;
            if (wordStart < 0)
                wordStart = start;
            wordEnd = stop;
            if (wordLength < MaxWordBytes)
                wordLength += encode(cp, word + wordLength);
            break;
        case CharClass::Cjk: {
            if ((rc = endWord()) != SQLITE_OK)
                return rc;
            char current[4];
            const int currentLength = encode(cp, current);
            if (previousLength > 0) {
                char bigram[8];
                std::memcpy(bigram, previous, size_t(previousLength));
                std::memcpy(bigram + previousLength, current, size_t(currentLength));
                if ((rc = emit(TokenKind::Bigram, bigram, previousLength + currentLength, previousStart, stop))
                    != SQLITE_OK)
                    return rc;
            }
            std::memcpy(previous, current, size_t(currentLength));
            previousLength = currentLength;
            previousStart = start;
            ++runLength;
            break;
        }
        case CharClass::Separator:
            if ((rc = endWord()) != SQLITE_OK || (rc = endRun()) != SQLITE_OK)
                return rc;
            break;
        }
    }
    int rc = endWord();
    if (rc == SQLITE_OK)
        rc = endRun();
    return rc;
}

// FTS5 tokenizer: documents through tokenize(); query strings come
// pre-tokenized from LogTokenizer::compile() and pass unchanged.
struct Fts5Tokenizer
{
};

int tokenizerCreate(void *, const char **, int, ::Fts5Tokenizer **out)
{
    *out = reinterpret_cast<::Fts5Tokenizer *>(new Fts5Tokenizer);
    return SQLITE_OK;
}

void tokenizerDelete(::Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Fts5Tokenizer *>(tokenizer);
}

int tokenizerTokenize(::Fts5Tokenizer *, void *context, int flags, const char *text, int length,
                      int (*token)(void *, int, const char *, int, int, int))
{
    if (flags & FTS5_TOKENIZE_QUERY)
        return length > 0 ? token(context, 0, text, length, 0, length) : SQLITE_OK;
    return tokenize(text, length, [&](TokenKind, const char *bytes, int n, int start, int stop) {
        return token(context, 0, bytes, n, start, stop);
    });
}

void foldInto(std::string &out, const unsigned char *text, int length)
{
    const unsigned char *p = text;
    const unsigned char *end = text + length;
    while (p < end) {
        if (*p < 0x80) {
            const char c = char(*p++);
            out.push_back(c >= 'A' && c <= 'Z' ? char(c + 32) : c);
            continue;
        }
        char buffer[4];
        out.append(buffer, size_t(encode(foldChar(decode(p, end)), buffer)));
    }
}

// mdg_contains(message, code, needles): 1 when every needle ('\x1f'-separated,
// folded) occurs in the folded text of the columns.
void containsFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    thread_local std::string haystack;
    haystack.clear();
    for (int i = 0; i < argc - 1; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        foldInto(haystack, sqlite3_value_text(argv[i]), sqlite3_value_bytes(argv[i]));
        haystack.push_back('\n');
    }
    const auto *needles = reinterpret_cast<const char *>(sqlite3_value_text(argv[argc - 1]));
    const std::string_view all(needles ? needles : "", size_t(sqlite3_value_bytes(argv[argc - 1])));
    size_t from = 0;
    while (from <= all.size()) {
        size_t to = all.find('\x1f', from);
        if (to == std::string_view::npos)
            to = all.size();
        const std::string_view needle = all.substr(from, to - from);
        if (!needle.empty() && std::string_view(haystack).find(needle) == std::string_view::npos) {
            sqlite3_result_int(context, 0);
            return;
        }
        from = to + 1;
    }
    sqlite3_result_int(context, 1);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

QByteArray quoted(const char *bytes, int length)
{
    QByteArray out;
    out.reserve(length + 2);
    out.append('"');
    for (int i = 0; i < length; ++i) {
        if (bytes[i] == '"')
            out.append('"');
        out.append(bytes[i]);
    }
    out.append('"');
    return out;
}

} // namespace

QStringList LogTokenizer::tokens(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList out;
    tokenize(utf8.constData(), int(utf8.size()), [&](TokenKind, const char *bytes, int n, int, int) {
        out.append(QString::fromUtf8(bytes, n));
        return SQLITE_OK;
    });
    return out;
}

QByteArray LogTokenizer::fold(const QByteArray &utf8)
{
    std::string out;
    foldInto(out, reinterpret_cast<const unsigned char *>(utf8.constData()), int(utf8.size()));
    return QByteArray(out.data(), qsizetype(out.size()));
}

LogTokenizer::Match LogTokenizer::compile(const QString &text)
{
    Match match;
    QString normalized = text;
    normalized.replace(QChar(0x3000), u' ');
    const QStringList terms = normalized.simplified().split(u' ', Qt::SkipEmptyParts);
    QByteArrayList parts;
    QByteArrayList needles;
    for (const QString &term : terms) {
        const QByteArray utf8 = term.toUtf8();
        const QByteArray folded = fold(utf8);
        QByteArrayList termParts;
        QByteArray onlyToken;
        tokenize(utf8.constData(), int(utf8.size()), [&](TokenKind kind, const char *bytes, int n, int, int) {
            switch (kind) {
            case TokenKind::Word:
            case TokenKind::Sole:
                termParts.append(quoted(bytes, n) + " *");
                break;
            case TokenKind::Bigram:
                termParts.append(quoted(bytes, n));
                break;
            case TokenKind::RunEnd:
                return SQLITE_OK;
            }
            onlyToken = QByteArray(bytes, n);
            return SQLITE_OK;
        });
        // One token that is the whole term: the index answer is exact.
        if (termParts.size() != 1 || onlyToken != folded)
            match.needsCheck = true;
        parts += termParts;
        needles.append(folded);
        match.terms.append(term);
    }
    match.expression = parts.join(" AND ");
    match.needles = needles.join('\x1f');
    return match;
}

int LogTokenizer::registerWith(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return SQLITE_ERROR;
    fts5_tokenizer tokenizer = {tokenizerCreate, tokenizerDelete, tokenizerTokenize};
    int rc = api->xCreateTokenizer(api, "madoguchi", nullptr, &tokenizer, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    return sqlite3_create_function_v2(db, "mdg_contains", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, containsFunction, nullptr, nullptr, nullptr);
}

} // namespace Console
