// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QString>

namespace Console {

// The face-authentication account (ログイン名) a reader is registered to. The
// clinic creates it on the payment fund's portal; the vendor documents only
// that it starts with "F0". Our rules (docs/ARCHITECTURE.md, "Login names"):
//
// - surrounding spaces are dropped and full-width letters and digits become
//   half-width (NFKC), because a Japanese IME often types "Ｆ０…";
// - it starts with "F0": capital F, digit zero (S501, the detail says when
//   it is "FO" with the letter O or a lower-case f);
// - then only A-Z, a-z, 0-9 (S503);
// - 6 to 20 characters in all (S502).
//
// The password: 1 to 128 characters, no control characters (S506).
namespace AccountRules {
inline constexpr int MinLength = 6;
inline constexpr int MaxLength = 20;
inline constexpr int MaxPasswordLength = 128;
} // namespace AccountRules

// The normalised login name, or the first rule it breaks.
DeviceLink::Result<QString> checkAccountName(const QString &input);
DeviceLink::Result<void> checkAccountPassword(const QString &password);

} // namespace Console
