// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"

#include <QByteArray>

namespace DeviceLink {

// Ed25519 (libsodium crypto_sign_*) for everything the vendor signs and the
// product checks: licence files and update bundles. Keys and signatures are
// raw bytes; files carry them as Base64.
inline constexpr int SigningPublicKeyBytes = 32;
inline constexpr int SigningSecretKeyBytes = 64;
inline constexpr int SignatureBytes = 64;

struct SigningKeyPair {
    QByteArray publicKey;
    QByteArray secretKey;
};

// For the vendor's tools and tests; empty keys if libsodium cannot start.
DEVICELINK_EXPORT SigningKeyPair generateSigningKeyPair();
// The public half of a secret key; empty when the key has the wrong size.
DEVICELINK_EXPORT QByteArray signingPublicKey(const QByteArray &secretKey);
// A detached signature; empty when the key has the wrong size.
DEVICELINK_EXPORT QByteArray signDetached(const QByteArray &message, const QByteArray &secretKey);
// False for a wrong signature as for keys or signatures of the wrong size.
DEVICELINK_EXPORT bool verifyDetached(const QByteArray &signature, const QByteArray &message,
                                      const QByteArray &publicKey);

} // namespace DeviceLink
