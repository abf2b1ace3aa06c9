// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/firmware/bundle.h"
#include "devicelink/signature.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

BundleManifest manifest(const QString &version = u"MADOGUCHI_RDR_1.2.0"_s)
{
    BundleManifest m;
    m.version = *VendorVersion::parse(version);
    m.models = { u"MDG-R1"_s };
    m.minimumConsole = *VendorVersion::parse(u"0.1.0");
    return m;
}

QByteArray unsignedBundle(const BundleManifest &m, const QByteArray &payload)
{
    QByteArray payloadCopy = payload;
    QBuffer in(&payloadCopy);
    in.open(QIODevice::ReadOnly);
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    if (const Result<void> written = Bundle::write(&out, m, &in); !written)
        qFatal("%s", qPrintable(written.error().toLogString()));
    return bytes;
}

Result<BundleInfo> readBytes(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return Bundle::read(&buffer);
}

Result<BundleInfo> verifyBytes(QByteArray bytes, const QByteArray &publicKey)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return Bundle::verify(&buffer, publicKey);
}

QByteArray signBytes(const QByteArray &bundle, const QByteArray &secretKey)
{
    const Result<BundleInfo> info = readBytes(bundle);
    if (!info)
        qFatal("%s", qPrintable(info.error().toLogString()));
    return bundle.left(info->signatureOffset()) + signDetached(info->signedMessage(), secretKey);
}

// A bundle whose manifest is exactly the given bytes, with a payload of
// payloadSize zero bytes, unsigned.
QByteArray rawBundle(const QByteArray &manifestBytes, qint64 payloadSize = 0)
{
    QByteArray header(BundleMagic, BundleHeaderBytes - 4);
    header.resize(BundleHeaderBytes);
    qToBigEndian<quint32>(quint32(manifestBytes.size()), header.data() + 8);
    return header + manifestBytes + QByteArray(payloadSize, '\0');
}

QByteArray manifestWith(const QString &key, const QJsonValue &value)
{
    QJsonObject object = QJsonDocument::fromJson(manifest().toJson()).object();
    object.insert(u"payloadSha256"_s, QString::fromLatin1(QByteArray(32, '\0').toHex()));
    object.insert(u"payloadSize"_s, 0);
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// Update bundles: layout, manifest fields, signature, and what a reader may
// install (model, downgrade rules, console version).
class TestBundle final : public QObject {
    Q_OBJECT

private:
    SigningKeyPair m_keys;
    SigningKeyPair m_otherKeys;
    QByteArray m_payload;

    QByteArray signedBundle(const BundleManifest &m) const
    {
        return signBytes(unsignedBundle(m, m_payload), m_keys.secretKey);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_keys = generateSigningKeyPair();
        m_otherKeys = generateSigningKeyPair();
        QCOMPARE(m_keys.publicKey.size(), SigningPublicKeyBytes);
        m_payload.resize(700 * 1024 + 13);
        for (qsizetype i = 0; i < m_payload.size(); ++i)
            m_payload[i] = char((i * 7919) >> 3);
    }

    void signedBundleVerifies()
    {
        const Result<BundleInfo> info = verifyBytes(signedBundle(manifest()), m_keys.publicKey);
        QVERIFY2(info.ok(), qPrintable(info ? QString() : info.error().toLogString()));
        QCOMPARE(info->manifest.version.toString(), u"MADOGUCHI_RDR_1.2.0"_s);
        QCOMPARE(info->manifest.models, QStringList { u"MDG-R1"_s });
        QCOMPARE(info->manifest.minimumConsole.toString(), u"0.1.0"_s);
        QCOMPARE(info->manifest.payloadSize, m_payload.size());
        QCOMPARE(info->manifest.payloadSha256, QCryptographicHash::hash(m_payload, QCryptographicHash::Sha256));
        QCOMPARE(info->payloadOffset, BundleHeaderBytes + info->manifestBytes.size());
    }

    void manifestRoundTrips()
    {
        BundleManifest m = manifest(u"MADOGUCHI_RDR_10.0.3"_s);
        m.models = { u"MDG-R1"_s, u"MDG-R1S"_s };
        m.payloadSize = 42;
        m.payloadSha256 = QByteArray(32, '\x5a');
        const Result<BundleManifest> parsed = BundleManifest::fromJson(m.toJson());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->version, m.version);
        QCOMPARE(parsed->models, m.models);
        QCOMPARE(parsed->minimumConsole, m.minimumConsole);
        QCOMPARE(parsed->payloadSize, 42);
        QCOMPARE(parsed->payloadSha256, m.payloadSha256);
    }

    void signFileAppendsAndReplacesTheSignature()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"rdr.mdgb"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(unsignedBundle(manifest(), m_payload));
        file.close();
        QCOMPARE(Bundle::verifyFile(path, m_keys.publicKey).error().code(), ErrorCode::BundleSignatureInvalid);

        QVERIFY(Bundle::signFile(path, m_otherKeys.secretKey).ok());
        QVERIFY(Bundle::verifyFile(path, m_otherKeys.publicKey).ok());
        QVERIFY(Bundle::signFile(path, m_keys.secretKey).ok());
        QVERIFY(Bundle::verifyFile(path, m_keys.publicKey).ok());
        QCOMPARE(Bundle::verifyFile(path, m_otherKeys.publicKey).error().code(), ErrorCode::BundleSignatureInvalid);
        QCOMPARE(QFileInfo(path).size(), unsignedBundle(manifest(), m_payload).size() + SignatureBytes);
        QCOMPARE(Bundle::signFile(path, QByteArray(10, 'k')).error().code(), ErrorCode::BundleSignatureInvalid);
    }

    void extractPayloadCopiesTheVerifiedBytes()
    {
        QByteArray bytes = signedBundle(manifest());
        QBuffer bundle(&bytes);
        bundle.open(QIODevice::ReadOnly);
        const Result<BundleInfo> info = Bundle::verify(&bundle, m_keys.publicKey);
        QVERIFY(info.ok());
        QByteArray copied;
        QBuffer out(&copied);
        out.open(QIODevice::WriteOnly);
        QVERIFY(Bundle::extractPayload(&bundle, info.value(), &out).ok());
        QCOMPARE(copied, m_payload);

        // The file changed between verification and installation.
        bytes[info->payloadOffset + 5] = char(bytes[info->payloadOffset + 5] ^ 1);
        QBuffer changed(&bytes);
        changed.open(QIODevice::ReadOnly);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QCOMPARE(Bundle::extractPayload(&changed, info.value(), &sink).error().code(),
                 ErrorCode::BundlePayloadMismatch);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("not a bundle") << QByteArray("PK\x03\x04 this is a zip file");
        QTest::newRow("manifest length zero") << rawBundle(QByteArray());
        QByteArray huge = rawBundle("{}");
        qToBigEndian<quint32>(quint32(MaxBundleManifestBytes + 1), huge.data() + 8);
        QTest::newRow("manifest length too large") << huge;
        QTest::newRow("manifest not JSON") << rawBundle("{\"format\": 1,");
        QTest::newRow("manifest an array") << rawBundle("[1, 2]");
        QTest::newRow("format 2") << rawBundle(manifestWith(u"format"_s, 2));
        QTest::newRow("no format") << rawBundle(manifestWith(u"format"_s, QJsonValue::Undefined));
        QTest::newRow("no version") << rawBundle(manifestWith(u"version"_s, QJsonValue::Undefined));
        QTest::newRow("version without product") << rawBundle(manifestWith(u"version"_s, u"1.2.0"_s));
        QTest::newRow("version with two numbers") << rawBundle(manifestWith(u"version"_s, u"MADOGUCHI_RDR_1.2"_s));
        QTest::newRow("version lower case") << rawBundle(manifestWith(u"version"_s, u"madoguchi_rdr_1.2.0"_s));
        QTest::newRow("version number too long") << rawBundle(manifestWith(u"version"_s, u"MADOGUCHI_RDR_1.2.00000"_s));
        QTest::newRow("version as number") << rawBundle(manifestWith(u"version"_s, 120));
        QTest::newRow("no models") << rawBundle(manifestWith(u"models"_s, QJsonValue::Undefined));
        QTest::newRow("empty models") << rawBundle(manifestWith(u"models"_s, QJsonArray()));
        QTest::newRow("empty model name") << rawBundle(manifestWith(u"models"_s, QJsonArray { u""_s }));
        QTest::newRow("model with space") << rawBundle(manifestWith(u"models"_s, QJsonArray { u"MDG R1"_s }));
        QTest::newRow("no minimum console") << rawBundle(manifestWith(u"minimumConsole"_s, QJsonValue::Undefined));
        QTest::newRow("bad minimum console") << rawBundle(manifestWith(u"minimumConsole"_s, u"latest"_s));
        QTest::newRow("no payload size") << rawBundle(manifestWith(u"payloadSize"_s, QJsonValue::Undefined));
        QTest::newRow("negative payload size") << rawBundle(manifestWith(u"payloadSize"_s, -1));
        QTest::newRow("fractional payload size") << rawBundle(manifestWith(u"payloadSize"_s, 1.5));
        QTest::newRow("payload size as text") << rawBundle(manifestWith(u"payloadSize"_s, u"0"_s));
        QTest::newRow("payload over 1 GiB")
            << rawBundle(manifestWith(u"payloadSize"_s, double(MaxBundlePayloadBytes + 1)));
        QTest::newRow("no hash") << rawBundle(manifestWith(u"payloadSha256"_s, QJsonValue::Undefined));
        QTest::newRow("short hash") << rawBundle(manifestWith(u"payloadSha256"_s, u"abcd"_s));
        QTest::newRow("hash not hex") << rawBundle(manifestWith(u"payloadSha256"_s, QString(64, u'z')));
        QTest::newRow("bytes after the signature") << rawBundle(manifestWith(u"format"_s, 1)) + QByteArray(65, 's');
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        const Result<BundleInfo> info = readBytes(bytes);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code(), ErrorCode::BundleMalformed);
        QCOMPARE(info.error().codeString(), u"U601"_s);
        QCOMPARE(verifyBytes(bytes, m_keys.publicKey).error().code(), ErrorCode::BundleMalformed);
    }

    void truncated_data()
    {
        QTest::addColumn<qint64>("cut");
        const Result<BundleInfo> info = readBytes(unsignedBundle(manifest(), m_payload));
        QVERIFY(info.ok());
        const qint64 payloadEnd = info->signatureOffset();
        QTest::newRow("inside the magic") << qint64(4);
        QTest::newRow("after the magic") << qint64(8);
        QTest::newRow("inside the manifest length") << qint64(10);
        QTest::newRow("after the header") << BundleHeaderBytes;
        QTest::newRow("inside the manifest") << BundleHeaderBytes + info->manifestBytes.size() / 2;
        QTest::newRow("after the manifest") << info->payloadOffset;
        QTest::newRow("one payload byte") << info->payloadOffset + 1;
        QTest::newRow("half the payload") << info->payloadOffset + m_payload.size() / 2;
        QTest::newRow("one byte short of the payload") << payloadEnd - 1;
        QTest::newRow("one signature byte") << payloadEnd + 1;
        QTest::newRow("half the signature") << payloadEnd + SignatureBytes / 2;
        QTest::newRow("one byte short of the signature") << payloadEnd + SignatureBytes - 1;
    }

    void truncated()
    {
        QFETCH(qint64, cut);
        const QByteArray bytes = signedBundle(manifest()).left(cut);
        const Result<BundleInfo> info = readBytes(bytes);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code(), ErrorCode::BundleTruncated);
        QCOMPARE(verifyBytes(bytes, m_keys.publicKey).error().code(), ErrorCode::BundleTruncated);
    }

    void cutAtTheSignatureIsUnsigned()
    {
        const QByteArray signedBytes = signedBundle(manifest());
        const QByteArray cut = signedBytes.left(signedBytes.size() - SignatureBytes);
        QVERIFY(readBytes(cut).ok());
        QVERIFY(readBytes(cut)->signature.isEmpty());
        const Result<BundleInfo> verified = verifyBytes(cut, m_keys.publicKey);
        QCOMPARE(verified.error().code(), ErrorCode::BundleSignatureInvalid);
    }

    void wrongSignature_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("expected");
        const QByteArray good = signedBundle(manifest());
        const Result<BundleInfo> info = readBytes(good);
        QVERIFY(info.ok());
        const int signatureInvalid = int(ErrorCode::BundleSignatureInvalid);

        QTest::newRow("unsigned") << unsignedBundle(manifest(), m_payload) << signatureInvalid;
        QTest::newRow("another key") << signBytes(unsignedBundle(manifest(), m_payload), m_otherKeys.secretKey)
                                     << signatureInvalid;
        QByteArray flippedSignature = good;
        flippedSignature[good.size() - 1] = char(flippedSignature[good.size() - 1] ^ 0x01);
        QTest::newRow("signature bit flipped") << flippedSignature << signatureInvalid;
        QTest::newRow("zero signature") << good.left(info->signatureOffset()) + QByteArray(SignatureBytes, '\0')
                                        << signatureInvalid;

        // A manifest changed after signing that still parses: a newer version
        // or another model claimed for the same payload.
        QByteArray versionChanged = good;
        const qsizetype at = versionChanged.indexOf("RDR_1.2.0");
        versionChanged.replace(at, 9, "RDR_9.2.0");
        QTest::newRow("version changed") << versionChanged << signatureInvalid;
        QByteArray modelChanged = good;
        modelChanged.replace(modelChanged.indexOf("MDG-R1"), 6, "MDG-R2");
        QTest::newRow("model changed") << modelChanged << signatureInvalid;

        // The payload changed after signing: its hash no longer matches.
        QByteArray payloadChanged = good;
        payloadChanged[info->payloadOffset + 1000] = char(payloadChanged[info->payloadOffset + 1000] ^ 0x40);
        QTest::newRow("payload changed") << payloadChanged << int(ErrorCode::BundlePayloadMismatch);

        // Payload and the manifest's hash both replaced: the signature covers
        // the hash, so it no longer matches.
        BundleManifest forged = manifest();
        const QByteArray other = QByteArray(m_payload.size(), 'x');
        QByteArray forgedBytes = unsignedBundle(forged, other);
        forgedBytes += good.right(SignatureBytes);
        QTest::newRow("payload and hash replaced") << forgedBytes << signatureInvalid;
    }

    void wrongSignature()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, expected);
        const Result<BundleInfo> info = verifyBytes(bytes, m_keys.publicKey);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().number(), expected);
    }

    void unusablePublicKeyRefuses()
    {
        const QByteArray good = signedBundle(manifest());
        QCOMPARE(verifyBytes(good, QByteArray()).error().code(), ErrorCode::BundleSignatureInvalid);
        QCOMPARE(verifyBytes(good, m_keys.publicKey.left(31)).error().code(), ErrorCode::BundleSignatureInvalid);
    }

    void wrongModel_data()
    {
        QTest::addColumn<QStringList>("models");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("this model") << QStringList { u"MDG-R1"_s } << u"MADOGUCHI_RDR_1.3.0"_s << true;
        QTest::newRow("among others") << QStringList { u"MDG-R0"_s, u"MDG-R1"_s } << u"MADOGUCHI_RDR_1.3.0"_s << true;
        QTest::newRow("another model") << QStringList { u"MDG-R2"_s } << u"MADOGUCHI_RDR_1.3.0"_s << false;
        QTest::newRow("case differs") << QStringList { u"mdg-r1"_s } << u"MADOGUCHI_RDR_1.3.0"_s << false;
        QTest::newRow("prefix of the model") << QStringList { u"MDG-R"_s } << u"MADOGUCHI_RDR_1.3.0"_s << false;
        QTest::newRow("console bundle") << QStringList { u"MDG-R1"_s } << u"MADOGUCHI_CON_1.3.0"_s << false;
    }

    void wrongModel()
    {
        QFETCH(QStringList, models);
        QFETCH(QString, version);
        QFETCH(bool, accepted);
        BundleManifest m = manifest(version);
        m.models = models;
        const Result<void> result = checkInstallable(m, u"MDG-R1"_s, *VendorVersion::parse(u"MADOGUCHI_RDR_1.2.0"));
        QCOMPARE(result.ok(), accepted);
        if (!accepted) {
            QCOMPARE(result.error().code(), ErrorCode::BundleWrongModel);
            // Allowing a downgrade never allows another model.
            QCOMPARE(
                checkInstallable(m, u"MDG-R1"_s, *VendorVersion::parse(u"MADOGUCHI_RDR_1.2.0"), DowngradePolicy::Allow)
                    .ok(),
                false);
        }
    }

    void downgradeRules_data()
    {
        QTest::addColumn<QString>("installed");
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<bool>("refused");
        QTest::newRow("patch newer") << u"MADOGUCHI_RDR_1.2.0"_s << u"MADOGUCHI_RDR_1.2.1"_s << false;
        QTest::newRow("minor newer") << u"MADOGUCHI_RDR_1.2.0"_s << u"MADOGUCHI_RDR_1.3.0"_s << false;
        QTest::newRow("major newer") << u"MADOGUCHI_RDR_1.2.9"_s << u"MADOGUCHI_RDR_2.0.0"_s << false;
        QTest::newRow("numbers, not text") << u"MADOGUCHI_RDR_1.9.0"_s << u"MADOGUCHI_RDR_1.10.0"_s << false;
        QTest::newRow("same version") << u"MADOGUCHI_RDR_1.2.0"_s << u"MADOGUCHI_RDR_1.2.0"_s << true;
        QTest::newRow("patch older") << u"MADOGUCHI_RDR_1.2.1"_s << u"MADOGUCHI_RDR_1.2.0"_s << true;
        QTest::newRow("minor older") << u"MADOGUCHI_RDR_1.3.0"_s << u"MADOGUCHI_RDR_1.2.9"_s << true;
        QTest::newRow("major older, higher minor") << u"MADOGUCHI_RDR_2.0.0"_s << u"MADOGUCHI_RDR_1.99.99"_s << true;
        QTest::newRow("text order lies") << u"MADOGUCHI_RDR_1.10.0"_s << u"MADOGUCHI_RDR_1.9.0"_s << true;
    }

    void downgradeRules()
    {
        QFETCH(QString, installed);
        QFETCH(QString, bundle);
        QFETCH(bool, refused);
        const VendorVersion current = *VendorVersion::parse(installed);
        const Result<void> result = checkInstallable(manifest(bundle), u"MDG-R1"_s, current);
        QCOMPARE(!result.ok(), refused);
        if (refused)
            QCOMPARE(result.error().code(), ErrorCode::BundleDowngrade);
        // The vendor's way back from a bad release.
        QVERIFY(checkInstallable(manifest(bundle), u"MDG-R1"_s, current, DowngradePolicy::Allow).ok());
    }

    void consoleVersion_data()
    {
        QTest::addColumn<QString>("minimum");
        QTest::addColumn<QString>("console");
        QTest::addColumn<bool>("supported");
        QTest::newRow("same") << u"0.1.0"_s << u"0.1.0"_s << true;
        QTest::newRow("console newer") << u"0.1.0"_s << u"0.2.0"_s << true;
        QTest::newRow("console older") << u"0.2.0"_s << u"0.1.9"_s << false;
        QTest::newRow("prefixed minimum") << u"MADOGUCHI_CON_1.0.0"_s << u"0.9.0"_s << false;
    }

    void consoleVersion()
    {
        QFETCH(QString, minimum);
        QFETCH(QString, console);
        QFETCH(bool, supported);
        BundleManifest m = manifest();
        m.minimumConsole = *VendorVersion::parse(minimum);
        const Result<void> result = checkConsoleSupports(m, *VendorVersion::parse(console));
        QCOMPARE(result.ok(), supported);
        if (!supported)
            QCOMPARE(result.error().code(), ErrorCode::BundleConsoleTooOld);
    }

    void vendorVersions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("product");
        QTest::newRow("reader") << u"MADOGUCHI_RDR_1.2.0"_s << true << u"MADOGUCHI_RDR"_s;
        QTest::newRow("bare") << u"0.1.0"_s << true << QString();
        QTest::newRow("one word product") << u"RDR2_0.0.1"_s << true << u"RDR2"_s;
        QTest::newRow("largest numbers") << u"MADOGUCHI_RDR_9999.9999.9999"_s << true << u"MADOGUCHI_RDR"_s;
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("four numbers") << u"MADOGUCHI_RDR_1.2.0.1"_s << false << QString();
        QTest::newRow("sign") << u"MADOGUCHI_RDR_-1.2.0"_s << false << QString();
        QTest::newRow("space") << u"MADOGUCHI_RDR_1.2.0 "_s << false << QString();
        QTest::newRow("empty product") << u"_1.2.0"_s << false << QString();
        QTest::newRow("double underscore end") << u"MADOGUCHI__1.2.0"_s << false << QString();
        QTest::newRow("digit first") << u"9RDR_1.2.0"_s << false << QString();
        QTest::newRow("full-width digits") << u"MADOGUCHI_RDR_１.2.0"_s << false << QString();
    }

    void vendorVersions()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, product);
        const std::optional<VendorVersion> version = VendorVersion::parse(text);
        QCOMPARE(version.has_value(), valid);
        if (valid) {
            QCOMPARE(version->product, product);
            QCOMPARE(version->toString(), text);
        }
    }

    // The committed development key is the one this build trusts, so tests
    // and emulated readers can sign what readers accept.
    void developmentKeyIsTrusted()
    {
        QFile key(qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + u"/resources/devkeys/bundle-dev.key"_s);
        QVERIFY2(key.open(QIODevice::ReadOnly), qPrintable(key.fileName()));
        const QByteArray secret = QByteArray::fromBase64(key.readAll().trimmed());
        QCOMPARE(signingPublicKey(secret), Bundle::trustedPublicKey());
        QVERIFY(verifyBytes(signBytes(unsignedBundle(manifest(), m_payload), secret), Bundle::trustedPublicKey()).ok());
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "testbundle.moc"
