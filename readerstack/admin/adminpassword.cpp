// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/admin/adminpassword.h"

#include <sodium.h>

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

Result<void> checkAdminPassword(const QString &password)
{
    if (password.size() < AdminPasswordRules::MinLength || password.size() > AdminPasswordRules::MaxLength)
        return Error(ErrorCode::AdminPasswordInvalid, u"%1 characters"_s.arg(password.size()));
    for (QChar c : password) {
        if (c < u'0' || c > u'9')
            return Error(ErrorCode::AdminPasswordInvalid, u"not only digits"_s);
    }
    return {};
}

Result<QByteArray> hashAdminPassword(const QString &password)
{
    if (Result<void> checked = checkAdminPassword(password); !checked)
        return checked.error();
    if (sodium_init() < 0)
        return Error(ErrorCode::StateDirectoryUnusable, u"libsodium unavailable"_s);
    QByteArray plain = password.toLatin1();
    char hash[crypto_pwhash_STRBYTES];
    const int failed = crypto_pwhash_str(hash, plain.constData(), quint64(plain.size()),
                                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (failed != 0)
        return Error(ErrorCode::StateDirectoryUnusable, u"not enough memory to hash the admin password"_s);
    return QByteArray(hash);
}

bool verifyAdminPassword(const QByteArray &hash, const QString &password)
{
    if (hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES || sodium_init() < 0)
        return false;
    QByteArray plain = password.toLatin1();
    const bool ok = crypto_pwhash_str_verify(hash.constData(), plain.constData(), quint64(plain.size())) == 0;
    sodium_memzero(plain.data(), size_t(plain.size()));
    return ok;
}

Error AdminGate::attempt(const QByteArray &hash, const QString &password, qint64 nowMs)
{
    if (hash.isEmpty())
        return Error(ErrorCode::AdminPasswordNotSet);
    if (isLocked(nowMs))
        return Error(ErrorCode::AdminLocked, u"%1 s left"_s.arg((m_lockedUntilMs - nowMs + 999) / 1000));
    if (m_lockedUntilMs != 0) {
        m_lockedUntilMs = 0;
        m_failures = 0;
    }
    if (verifyAdminPassword(hash, password)) {
        m_failures = 0;
        return {};
    }
    if (++m_failures >= MaxTries) {
        m_lockedUntilMs = nowMs + LockMs;
        return Error(ErrorCode::AdminLocked, u"locked after %1 tries"_s.arg(MaxTries));
    }
    return Error(ErrorCode::AdminPasswordWrong, u"%1 tries left"_s.arg(triesLeft()));
}

} // namespace ReaderStack
