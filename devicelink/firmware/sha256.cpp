// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/firmware/sha256.h"

#include <QIODevice>
#include <openssl/evp.h>

namespace DeviceLink {

namespace {

constexpr qint64 ReadBytes = 1024 * 1024;

} // namespace

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    // Without a context or the digest nothing can be verified: no bundle
    // would ever be accepted, so this is not a state to carry on in.
    if (!m_context || EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1)
        qFatal("libcrypto has no SHA-256");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_context, data.data(), size_t(data.size()));
}

bool Sha256::addData(QIODevice *device)
{
    QByteArray buffer(ReadBytes, Qt::Uninitialized);
    qint64 got = 0;
    while ((got = device->read(buffer.data(), buffer.size())) > 0)
        addData(QByteArrayView(buffer.constData(), got));
    return got == 0;
}

QByteArray Sha256::result()
{
    QByteArray digest(Bytes, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char *>(digest.data()), &length);
    EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr);
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

} // namespace DeviceLink
