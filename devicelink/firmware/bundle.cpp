// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/firmware/bundle.h"

#include "devicelink/firmware/sha256.h"
#include "devicelink/signature.h"

#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace DeviceLink {

using namespace Qt::StringLiterals;

namespace {

constexpr int ManifestFormat = 1;
constexpr qsizetype MaxModels = 32;
constexpr qsizetype MaxModelLength = 32;
constexpr qint64 HashChunkBytes = 256 * 1024;
const QByteArray Magic = QByteArray::fromRawData(BundleMagic, sizeof BundleMagic - 1);

Error malformed(const QString &detail)
{
    return Error(ErrorCode::BundleMalformed, detail);
}

Error truncated(const QString &detail)
{
    return Error(ErrorCode::BundleTruncated, detail);
}

// Hashes length bytes from the device's position, copying them to out when
// given; false when the device ends early or out does not take them.
bool hashRange(QIODevice *device, qint64 length, Sha256 *hash, QIODevice *out = nullptr)
{
    QByteArray buffer(qMin(length, HashChunkBytes), Qt::Uninitialized);
    while (length > 0) {
        const qint64 got = device->read(buffer.data(), qMin<qint64>(length, buffer.size()));
        if (got <= 0)
            return false;
        const QByteArrayView chunk(buffer.constData(), got);
        hash->addData(chunk);
        if (out && out->write(chunk.data(), got) != got)
            return false;
        length -= got;
    }
    return true;
}

bool isModel(const QString &model)
{
    if (model.isEmpty() || model.size() > MaxModelLength)
        return false;
    for (QChar c : model) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

QByteArray BundleManifest::toJson() const
{
    QJsonObject object;
    object.insert(u"format"_s, ManifestFormat);
    object.insert(u"version"_s, version.toString());
    object.insert(u"models"_s, QJsonArray::fromStringList(models));
    object.insert(u"minimumConsole"_s, minimumConsole.toString());
    object.insert(u"payloadSize"_s, payloadSize);
    object.insert(u"payloadSha256"_s, QString::fromLatin1(payloadSha256.toHex()));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<BundleManifest> BundleManifest::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return malformed(u"manifest is not a JSON object: "_s + parseError.errorString());
    const QJsonObject object = document.object();
    if (object.value(u"format"_s).toInt(-1) != ManifestFormat)
        return malformed(u"manifest format is not 1"_s);

    BundleManifest manifest;
    const std::optional<VendorVersion> version = VendorVersion::parse(object.value(u"version"_s).toString());
    if (!version || version->product.isEmpty())
        return malformed(u"version is missing or not like MADOGUCHI_RDR_1.2.0"_s);
    manifest.version = *version;

    const QJsonArray models = object.value(u"models"_s).toArray();
    if (models.isEmpty() || models.size() > MaxModels)
        return malformed(u"models is missing or empty"_s);
    for (const QJsonValue &model : models) {
        if (!isModel(model.toString()))
            return malformed(u"a model name is invalid"_s);
        manifest.models.append(model.toString());
    }

    const std::optional<VendorVersion> console = VendorVersion::parse(object.value(u"minimumConsole"_s).toString());
    if (!console)
        return malformed(u"minimumConsole is missing or not like 0.1.0"_s);
    manifest.minimumConsole = *console;

    const QJsonValue size = object.value(u"payloadSize"_s);
    const double sizeValue = size.toDouble(-1);
    if (!size.isDouble() || sizeValue < 0 || sizeValue > double(MaxBundlePayloadBytes)
        || sizeValue != double(qint64(sizeValue))) {
        return malformed(u"payloadSize is missing or out of range"_s);
    }
    manifest.payloadSize = qint64(sizeValue);

    const QString sha = object.value(u"payloadSha256"_s).toString();
    manifest.payloadSha256 = QByteArray::fromHex(sha.toLatin1());
    if (sha.size() != 64 || manifest.payloadSha256.size() != 32
        || QString::fromLatin1(manifest.payloadSha256.toHex()) != sha.toLower()) {
        return malformed(u"payloadSha256 is not 64 hexadecimal digits"_s);
    }
    return manifest;
}

QByteArray BundleInfo::signedMessage() const
{
    return Magic + manifestBytes + manifest.payloadSha256;
}

namespace Bundle {

Result<BundleInfo> read(QIODevice *device)
{
    if (!device || !device->isOpen() || device->isSequential())
        return malformed(u"not a readable file"_s);
    const qint64 size = device->size();
    if (!device->seek(0))
        return malformed(u"cannot seek"_s);
    const QByteArray header = device->read(BundleHeaderBytes);
    if (!header.startsWith(Magic)) {
        if (header.size() < Magic.size() && Magic.startsWith(header) && !header.isEmpty())
            return truncated(u"file ends inside the header"_s);
        return malformed(u"not a Madoguchi bundle"_s);
    }
    if (header.size() < BundleHeaderBytes)
        return truncated(u"file ends inside the header"_s);
    const qint64 manifestLength = qFromBigEndian<quint32>(header.constData() + Magic.size());
    if (manifestLength == 0 || manifestLength > MaxBundleManifestBytes)
        return malformed(u"manifest length %1 out of range"_s.arg(manifestLength));
    if (size < BundleHeaderBytes + manifestLength)
        return truncated(u"file ends inside the manifest"_s);

    BundleInfo info;
    info.manifestBytes = device->read(manifestLength);
    if (info.manifestBytes.size() != manifestLength)
        return truncated(u"file ends inside the manifest"_s);
    Result<BundleManifest> manifest = BundleManifest::fromJson(info.manifestBytes);
    if (!manifest)
        return manifest.error();
    info.manifest = std::move(manifest).value();
    info.payloadOffset = BundleHeaderBytes + manifestLength;

    const qint64 trailing = size - info.signatureOffset();
    if (trailing < 0)
        return truncated(u"file ends %1 bytes before the payload does"_s.arg(-trailing));
    if (trailing > 0 && trailing < SignatureBytes)
        return truncated(u"file ends inside the signature"_s);
    if (trailing > SignatureBytes)
        return malformed(u"%1 bytes after the signature"_s.arg(trailing - SignatureBytes));

    Sha256 hash;
    if (!hashRange(device, info.manifest.payloadSize, &hash))
        return truncated(u"payload could not be read to its end"_s);
    if (hash.result() != info.manifest.payloadSha256)
        return Error(ErrorCode::BundlePayloadMismatch, u"payload does not match the manifest's SHA-256"_s);
    if (trailing == SignatureBytes) {
        info.signature = device->read(SignatureBytes);
        if (info.signature.size() != SignatureBytes)
            return truncated(u"file ends inside the signature"_s);
    }
    return info;
}

Result<BundleInfo> verify(QIODevice *device, const QByteArray &publicKey)
{
    Result<BundleInfo> info = read(device);
    if (!info)
        return info;
    if (info->signature.isEmpty())
        return Error(ErrorCode::BundleSignatureInvalid, u"bundle is not signed"_s);
    if (!verifyDetached(info->signature, info->signedMessage(), publicKey))
        return Error(ErrorCode::BundleSignatureInvalid, u"signature does not match a trusted key"_s);
    return info;
}

Result<BundleInfo> verifyFile(const QString &path, const QByteArray &publicKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return malformed(path + u": "_s + file.errorString());
    return verify(&file, publicKey);
}

Result<void> write(QIODevice *out, BundleManifest manifest, QIODevice *payload)
{
    if (!payload || payload->isSequential() || !payload->seek(0))
        return malformed(u"payload is not a readable file"_s);
    manifest.payloadSize = payload->size();
    if (manifest.payloadSize > MaxBundlePayloadBytes)
        return malformed(u"payload larger than 1 GiB"_s);
    Sha256 hash;
    if (!hashRange(payload, manifest.payloadSize, &hash) || !payload->seek(0))
        return truncated(u"payload could not be read"_s);
    manifest.payloadSha256 = hash.result();
    if (manifest.version.product.isEmpty() || manifest.models.isEmpty())
        return malformed(u"version needs a product prefix and at least one model"_s);

    const QByteArray manifestBytes = manifest.toJson();
    QByteArray header = Magic;
    header.resize(BundleHeaderBytes);
    qToBigEndian<quint32>(quint32(manifestBytes.size()), header.data() + Magic.size());
    Sha256 again;
    if (out->write(header) != header.size() || out->write(manifestBytes) != manifestBytes.size()
        || !hashRange(payload, manifest.payloadSize, &again, out)) {
        return malformed(u"bundle could not be written: "_s + out->errorString());
    }
    if (again.result() != manifest.payloadSha256)
        return Error(ErrorCode::BundlePayloadMismatch, u"payload changed while it was written"_s);
    return Result<void>::success();
}

Result<void> signFile(const QString &path, const QByteArray &secretKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return malformed(path + u": "_s + file.errorString());
    Result<BundleInfo> info = read(&file);
    if (!info)
        return info.error();
    const QByteArray signature = signDetached(info->signedMessage(), secretKey);
    if (signature.isEmpty())
        return Error(ErrorCode::BundleSignatureInvalid, u"not an Ed25519 secret key"_s);
    if (!file.resize(info->signatureOffset()) || !file.seek(info->signatureOffset())
        || file.write(signature) != signature.size() || !file.flush()) {
        return malformed(path + u": "_s + file.errorString());
    }
    return Result<void>::success();
}

Result<void> extractPayload(QIODevice *bundle, const BundleInfo &info, QIODevice *out)
{
    if (!bundle->seek(info.payloadOffset))
        return truncated(u"cannot seek to the payload"_s);
    Sha256 hash;
    if (!hashRange(bundle, info.manifest.payloadSize, &hash, out))
        return truncated(u"payload could not be copied: "_s + out->errorString());
    if (hash.result() != info.manifest.payloadSha256)
        return Error(ErrorCode::BundlePayloadMismatch, u"payload changed since it was verified"_s);
    return Result<void>::success();
}

QByteArray trustedPublicKey()
{
    return QByteArray::fromBase64(QByteArrayLiteral(MADOGUCHI_BUNDLE_PUBLIC_KEY));
}

} // namespace Bundle

Result<void> checkInstallable(const BundleManifest &manifest, const QString &model, const VendorVersion &installed,
                              DowngradePolicy policy)
{
    if (!manifest.models.contains(model))
        return Error(ErrorCode::BundleWrongModel,
                     u"bundle is for %1, this reader is %2"_s.arg(manifest.models.join(u", "_s), model));
    if (manifest.version.product != installed.product)
        return Error(ErrorCode::BundleWrongModel,
                     u"bundle is %1, this reader runs %2"_s.arg(manifest.version.toString(), installed.toString()));
    if (policy == DowngradePolicy::Allow)
        return Result<void>::success();
    const std::strong_ordering order = compareNumbers(manifest.version, installed);
    if (order == std::strong_ordering::equal)
        return Error(ErrorCode::BundleDowngrade, installed.toString() + u" is already installed"_s);
    if (order == std::strong_ordering::less)
        return Error(ErrorCode::BundleDowngrade,
                     manifest.version.toString() + u" is older than the installed "_s + installed.toString());
    return Result<void>::success();
}

Result<void> checkConsoleSupports(const BundleManifest &manifest, const VendorVersion &console)
{
    if (compareNumbers(console, manifest.minimumConsole) == std::strong_ordering::less)
        return Error(
            ErrorCode::BundleConsoleTooOld,
            u"bundle needs console %1, this is %2"_s.arg(manifest.minimumConsole.toString(), console.toString()));
    return Result<void>::success();
}

} // namespace DeviceLink
