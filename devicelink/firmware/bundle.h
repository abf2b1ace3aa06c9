// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"
#include "devicelink/firmware/vendorversion.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace DeviceLink {

// What a bundle says about its payload (JSON, compact, sorted keys):
//
//   {"format": 1, "version": "MADOGUCHI_RDR_1.2.0", "models": ["MDG-R1"],
//    "minimumConsole": "0.1.0", "payloadSize": 1234, "payloadSha256": "<hex>"}
struct DEVICELINK_EXPORT BundleManifest {
    VendorVersion version; // always with a product prefix
    QStringList models; // reader models the payload runs on, at least one
    VendorVersion minimumConsole; // the oldest console that may install it
    qint64 payloadSize = 0;
    QByteArray payloadSha256; // 32 raw bytes

    QByteArray toJson() const;
    // BundleMalformed: not JSON, another format, missing or invalid fields.
    static Result<BundleManifest> fromJson(const QByteArray &json);
};

// A bundle file, every number big-endian:
//
//   "MDGBNDL1" | u32 manifest length | manifest | payload | signature
//
// The signature (Ed25519, 64 bytes) covers the magic, the manifest and the
// SHA-256 of the payload, so a reader checks the payload as it streams it
// through the hash and never needs it in memory. `madoguchi-bundle create`
// writes a bundle without signature; `sign` appends it.
struct DEVICELINK_EXPORT BundleInfo {
    BundleManifest manifest;
    QByteArray manifestBytes; // exactly as stored and signed
    qint64 payloadOffset = 0;
    QByteArray signature; // empty: not signed

    QByteArray signedMessage() const;
    qint64 signatureOffset() const { return payloadOffset + manifest.payloadSize; }
};

inline constexpr char BundleMagic[] = "MDGBNDL1";
inline constexpr qint64 BundleHeaderBytes = 12;
inline constexpr qint64 MaxBundleManifestBytes = 16 * 1024;
inline constexpr qint64 MaxBundlePayloadBytes = qint64(1) << 30;

namespace Bundle {

// Reads the layout and hashes the payload: BundleMalformed, BundleTruncated
// (the file ends before the manifest, the payload or the signature does),
// BundlePayloadMismatch. Does not judge the signature. The device must be
// random-access; it is left positioned anywhere.
DEVICELINK_EXPORT Result<BundleInfo> read(QIODevice *device);
// read(), then the signature against publicKey: BundleSignatureInvalid for
// a wrong or missing signature.
DEVICELINK_EXPORT Result<BundleInfo> verify(QIODevice *device, const QByteArray &publicKey);
DEVICELINK_EXPORT Result<BundleInfo> verifyFile(const QString &path, const QByteArray &publicKey);
// Writes an unsigned bundle. The manifest's payload size and hash are
// taken from the payload (random-access, read from its start).
DEVICELINK_EXPORT Result<void> write(QIODevice *out, BundleManifest manifest, QIODevice *payload);
// Replaces any signature of the bundle at path with one made with secretKey.
DEVICELINK_EXPORT Result<void> signFile(const QString &path, const QByteArray &secretKey);
// Copies the payload of a bundle read() before to out, hashing it again on
// the way: BundlePayloadMismatch if the bundle changed in the meantime.
DEVICELINK_EXPORT Result<void> extractPayload(QIODevice *bundle, const BundleInfo &info, QIODevice *out);

// The key whose signatures readers accept: compiled in from
// MADOGUCHI_BUNDLE_PUBLIC_KEY (resources/devkeys/ unless the vendor's).
DEVICELINK_EXPORT QByteArray trustedPublicKey();

} // namespace Bundle

enum class DowngradePolicy { Refuse, Allow };

// Whether a reader of model that runs installed may take the bundle:
// BundleWrongModel (model not listed, or another product's bundle),
// BundleDowngrade (not newer than installed, unless policy allows it: the
// vendor's way back from a bad release).
DEVICELINK_EXPORT Result<void> checkInstallable(const BundleManifest &manifest, const QString &model,
                                                const VendorVersion &installed,
                                                DowngradePolicy policy = DowngradePolicy::Refuse);
// BundleConsoleTooOld when console is older than the manifest's minimum.
DEVICELINK_EXPORT Result<void> checkConsoleSupports(const BundleManifest &manifest, const VendorVersion &console);

} // namespace DeviceLink
