// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QByteArray>
#include <QString>

namespace ReaderStack {

// The reader's admin password, set from the console (setAdminPassword) and
// entered on the reader's number pad after the corner taps. Kept only as a
// libsodium crypto_pwhash string (Argon2id, interactive limits, own salt),
// in state.json; never logged.
namespace AdminPasswordRules {
inline constexpr int MinLength = 6;
inline constexpr int MaxLength = 16;
} // namespace AdminPasswordRules

// AdminPasswordInvalid unless 6 to 16 ASCII digits.
DeviceLink::Result<void> checkAdminPassword(const QString &password);
// The crypto_pwhash string, or AdminPasswordInvalid / StateDirectoryUnusable
// (out of memory for the hash).
DeviceLink::Result<QByteArray> hashAdminPassword(const QString &password);
bool verifyAdminPassword(const QByteArray &hash, const QString &password);

// Tries limited: MaxTries wrong passwords in a row lock the admin screen for
// LockMs; the count starts over after a right one or after the lock.
class AdminGate
{
public:
    static constexpr int MaxTries = 5;
    static constexpr qint64 LockMs = 5 * 60 * 1000;

    // No error when accepted; AdminPasswordNotSet, AdminPasswordWrong (detail:
    // tries left), AdminLocked.
    DeviceLink::Error attempt(const QByteArray &hash, const QString &password, qint64 nowMs);
    int triesLeft() const { return MaxTries - m_failures; }
    bool isLocked(qint64 nowMs) const { return m_lockedUntilMs > nowMs; }

private:
    int m_failures = 0;
    qint64 m_lockedUntilMs = 0;
};

} // namespace ReaderStack
