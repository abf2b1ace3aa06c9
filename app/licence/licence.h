// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Console {

// A licence file for more card readers (複数台接続). One reader needs no
// licence; each licence file adds the number of readers it states, so a
// clinic that buys more later just adds another file. The file is JSON:
//
//   {"licence": {"product": "madoguchi", "id": "...", "licensee": "...",
//                "readers": 2, "issued": "2026-12-01"},
//    "signature": "<base64 Ed25519 signature of the licence object>"}
//
// signed over the licence object as compact JSON with sorted keys (what
// QJsonDocument writes), with the vendor's Ed25519 key (libsodium).
struct Licence
{
    QString id;
    QString licensee;
    int readers = 0;
    QDate issued;

    // LicenceInvalid (bad JSON, wrong product, missing fields, bad signature).
    static DeviceLink::Result<Licence> verify(const QByteArray &file, const QByteArray &publicKey);
    // For the vendor's signing tool and tests: the signed file.
    static QByteArray sign(const Licence &licence, const QByteArray &secretKey);
    // The vendor's public key built into this console (32 bytes).
    static QByteArray vendorPublicKey();
};

// The licences in <data>/licences/*.lic and what they allow: the first
// readerLimit() registered readers in serial order may be started; the
// others are listed but refused with ReaderOverLicence.
//
// Thread: GUI thread.
class LicenceManager : public QObject
{
    Q_OBJECT

public:
    LicenceManager(QString directory, QByteArray publicKey = Licence::vendorPublicKey(), QObject *parent = nullptr);

    // Reads every licence file again; invalid ones are skipped and listed
    // in problems().
    void reload();
    // Copies a licence file in after verifying it (LicenceInvalid, or
    // DatabaseError when it cannot be copied); duplicates count once.
    DeviceLink::Result<Licence> install(const QString &path);

    int readerLimit() const;
    const QList<Licence> &licences() const { return m_licences; }
    const QStringList &problems() const { return m_problems; }
    // ReaderOverLicence when serial is beyond the limit among registered.
    DeviceLink::Error check(const QString &serial, const QStringList &registeredSerials) const;

Q_SIGNALS:
    void changed();

private:
    QString m_directory;
    QByteArray m_publicKey;
    QList<Licence> m_licences;
    QStringList m_problems;
};

} // namespace Console
