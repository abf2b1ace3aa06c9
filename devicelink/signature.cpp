// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/signature.h"

#include <sodium.h>

namespace DeviceLink {

static_assert(SigningPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(SigningSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(SignatureBytes == crypto_sign_BYTES);

namespace {

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

} // namespace

SigningKeyPair generateSigningKeyPair()
{
    if (sodium_init() < 0)
        return {};
    SigningKeyPair pair;
    pair.publicKey.resize(SigningPublicKeyBytes);
    pair.secretKey.resize(SigningSecretKeyBytes);
    crypto_sign_keypair(bytes(pair.publicKey), bytes(pair.secretKey));
    return pair;
}

QByteArray signingPublicKey(const QByteArray &secretKey)
{
    if (sodium_init() < 0 || secretKey.size() != SigningSecretKeyBytes)
        return {};
    QByteArray publicKey(SigningPublicKeyBytes, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(bytes(publicKey), bytes(secretKey));
    return publicKey;
}

QByteArray signDetached(const QByteArray &message, const QByteArray &secretKey)
{
    if (sodium_init() < 0 || secretKey.size() != SigningSecretKeyBytes)
        return {};
    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), quint64(message.size()), bytes(secretKey));
    return signature;
}

bool verifyDetached(const QByteArray &signature, const QByteArray &message, const QByteArray &publicKey)
{
    if (sodium_init() < 0 || signature.size() != SignatureBytes || publicKey.size() != SigningPublicKeyBytes)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()), bytes(publicKey))
        == 0;
}

} // namespace DeviceLink
