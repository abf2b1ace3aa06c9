// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"

#include <QSslCertificate>
#include <QSslKey>

namespace DeviceLink {

// A key pair and its self-signed certificate: who a reader or a console is.
// Readers and consoles each make their own on first start and keep it in
// their state directory; peers recognise each other by the certificate's
// SHA-256 fingerprint (pinning), never by a certificate authority.
class DEVICELINK_EXPORT TlsIdentity
{
public:
    // A fresh P-256 key and a certificate with the given common name (the
    // reader's serial number, or the console's name).
    static Result<TlsIdentity> generate(const QString &commonName);

    // Loads identity.key and identity.crt from a directory, creating them if
    // neither exists. Damaged or mismatched files are moved aside (".damaged")
    // and replaced; *replaced then receives IdentityUnusable so the caller can
    // tell the user that pairings made with the old identity are void.
    static Result<TlsIdentity> loadOrCreate(const QString &directory, const QString &commonName,
                                            Error *replaced = nullptr);

    Result<void> save(const QString &directory) const;

    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &privateKey() const { return m_key; }
    QByteArray fingerprint() const;
    bool isNull() const { return m_certificate.isNull() || m_key.isNull(); }

private:
    static Result<TlsIdentity> fromPem(const QByteArray &keyPem, const QByteArray &certificatePem);

    QSslCertificate m_certificate;
    QSslKey m_key;
};

// SHA-256 of the DER certificate: the pinned value.
DEVICELINK_EXPORT QByteArray certificateFingerprint(const QSslCertificate &certificate);
// "AB:CD:…" for showing to a person, who compares it with the reader's screen.
DEVICELINK_EXPORT QString formatFingerprint(const QByteArray &fingerprint);

} // namespace DeviceLink
