// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/tlsidentity.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace DeviceLink {

using namespace Qt::StringLiterals;

namespace {

const QString KeyFile = u"identity.key"_s;
const QString CertificateFile = u"identity.crt"_s;
constexpr long ValidityDays = 365L * 30;

struct OpenSslDeleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};
template<typename T>
using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter>;

QString lastOpenSslError()
{
    const unsigned long code = ERR_get_error();
    if (code == 0)
        return u"unknown OpenSSL error"_s;
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    return QString::fromLatin1(buffer);
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

Error identityError(const QString &detail)
{
    return Error(ErrorCode::IdentityUnusable, detail);
}

Result<void> writeFile(const QString &path, const QByteArray &contents, QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::StateDirectoryUnusable, path + u": "_s + file.errorString());
    file.setPermissions(permissions);
    if (file.write(contents) != contents.size() || !file.commit())
        return Error(ErrorCode::StateDirectoryUnusable, path + u": "_s + file.errorString());
    return {};
}

} // namespace

Result<TlsIdentity> TlsIdentity::generate(const QString &commonName)
{
    OpenSslPtr<EVP_PKEY> key(EVP_EC_gen("P-256"));
    if (!key)
        return identityError(u"key generation: "_s + lastOpenSslError());

    OpenSslPtr<X509> certificate(X509_new());
    OpenSslPtr<BIGNUM> serial(BN_new());
    if (!certificate || !serial || !X509_set_version(certificate.get(), 2)
        || !BN_rand(serial.get(), 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY)
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()))
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -24L * 3600)
        || !X509_time_adj_ex(X509_getm_notAfter(certificate.get()), int(ValidityDays), 0, nullptr)
        || !X509_set_pubkey(certificate.get(), key.get())) {
        return identityError(u"certificate fields: "_s + lastOpenSslError());
    }
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    if (!X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Madoguchi"),
                                    -1, -1, 0)
        || !X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0)
        || !X509_set_issuer_name(certificate.get(), name)
        || !X509_sign(certificate.get(), key.get(), EVP_sha256())) {
        return identityError(u"certificate signature: "_s + lastOpenSslError());
    }

    OpenSslPtr<BIO> keyBio(BIO_new(BIO_s_mem()));
    OpenSslPtr<BIO> certificateBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
        || !PEM_write_bio_X509(certificateBio.get(), certificate.get())) {
        return identityError(u"PEM encoding: "_s + lastOpenSslError());
    }
    return fromPem(bioContents(keyBio.get()), bioContents(certificateBio.get()));
}

Result<TlsIdentity> TlsIdentity::fromPem(const QByteArray &keyPem, const QByteArray &certificatePem)
{
    // Qt parses the PEM for use in QSslSocket; OpenSSL checks that the key
    // really belongs to the certificate, which Qt cannot.
    OpenSslPtr<BIO> keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    OpenSslPtr<BIO> certificateBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    OpenSslPtr<EVP_PKEY> key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    OpenSslPtr<X509> certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    if (!key || !certificate)
        return identityError(u"unreadable key or certificate: "_s + lastOpenSslError());
    if (X509_check_private_key(certificate.get(), key.get()) != 1)
        return identityError(u"key does not match certificate"_s);

    TlsIdentity identity;
    identity.m_certificate = QSslCertificate(certificatePem, QSsl::Pem);
    identity.m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (identity.isNull())
        return identityError(u"Qt cannot use the key or certificate"_s);
    return identity;
}

Result<TlsIdentity> TlsIdentity::loadOrCreate(const QString &directory, const QString &commonName, Error *replaced)
{
    const QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        return Error(ErrorCode::StateDirectoryUnusable, directory + u": cannot create"_s);

    QFile keyFile(dir.filePath(KeyFile));
    QFile certificateFile(dir.filePath(CertificateFile));
    if (keyFile.exists() || certificateFile.exists()) {
        QByteArray keyPem;
        QByteArray certificatePem;
        if (keyFile.open(QIODevice::ReadOnly))
            keyPem = keyFile.readAll();
        if (certificateFile.open(QIODevice::ReadOnly))
            certificatePem = certificateFile.readAll();
        keyFile.close();
        certificateFile.close();
        Result<TlsIdentity> loaded = fromPem(keyPem, certificatePem);
        if (loaded)
            return loaded;
        const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s);
        for (QFile *file : {&keyFile, &certificateFile}) {
            if (file->exists())
                file->rename(file->fileName() + u".damaged-"_s + stamp);
        }
        if (replaced)
            *replaced = loaded.error();
    }

    Result<TlsIdentity> created = generate(commonName);
    if (!created)
        return created;
    if (Result<void> saved = created->save(directory); !saved)
        return saved.error();
    return created;
}

Result<void> TlsIdentity::save(const QString &directory) const
{
    const QDir dir(directory);
    if (Result<void> r = writeFile(dir.filePath(KeyFile), m_key.toPem(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        !r) {
        return r;
    }
    return writeFile(dir.filePath(CertificateFile), m_certificate.toPem(),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

QByteArray TlsIdentity::fingerprint() const
{
    return certificateFingerprint(m_certificate);
}

QByteArray certificateFingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

QString formatFingerprint(const QByteArray &fingerprint)
{
    return QString::fromLatin1(fingerprint.toHex(':').toUpper());
}

} // namespace DeviceLink
