// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/licence/licence.h"

#include "devicelink/signature.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcLicence, "madoguchi.licence")

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// Licences are counted per clinic PC; more than this in one file is a typo.
constexpr int MaxReadersPerLicence = 64;

QJsonObject toJson(const Licence &licence)
{
    QJsonObject object;
    object.insert(u"product"_s, u"madoguchi"_s);
    object.insert(u"id"_s, licence.id);
    object.insert(u"licensee"_s, licence.licensee);
    object.insert(u"readers"_s, licence.readers);
    object.insert(u"issued"_s, licence.issued.toString(Qt::ISODate));
    return object;
}

} // namespace

QByteArray Licence::vendorPublicKey()
{
    return QByteArray::fromBase64(QByteArrayLiteral(MADOGUCHI_LICENCE_PUBLIC_KEY));
}

Result<Licence> Licence::verify(const QByteArray &file, const QByteArray &publicKey)
{
    if (publicKey.size() != SigningPublicKeyBytes)
        return Error(ErrorCode::LicenceInvalid, u"no usable public key"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file, &parseError);
    if (!document.isObject())
        return Error(ErrorCode::LicenceInvalid, u"not a JSON object"_s);
    const QJsonObject licenceObject = document.object().value(u"licence"_s).toObject();
    const QByteArray signature = QByteArray::fromBase64(document.object().value(u"signature"_s).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (licenceObject.isEmpty() || signature.size() != SignatureBytes)
        return Error(ErrorCode::LicenceInvalid, u"licence or signature missing"_s);
    const QByteArray signedBytes = QJsonDocument(licenceObject).toJson(QJsonDocument::Compact);
    if (!verifyDetached(signature, signedBytes, publicKey))
        return Error(ErrorCode::LicenceInvalid, u"signature does not match"_s);
    Licence licence;
    licence.id = licenceObject.value(u"id"_s).toString();
    licence.licensee = licenceObject.value(u"licensee"_s).toString();
    licence.readers = licenceObject.value(u"readers"_s).toInt(-1);
    licence.issued = QDate::fromString(licenceObject.value(u"issued"_s).toString(), Qt::ISODate);
    if (licenceObject.value(u"product"_s).toString() != u"madoguchi"_s || licence.id.isEmpty() || licence.readers < 1
        || licence.readers > MaxReadersPerLicence || !licence.issued.isValid()) {
        return Error(ErrorCode::LicenceInvalid, u"fields missing or out of range"_s);
    }
    return licence;
}

QByteArray Licence::sign(const Licence &licence, const QByteArray &secretKey)
{
    const QJsonObject object = toJson(licence);
    const QByteArray signature = signDetached(QJsonDocument(object).toJson(QJsonDocument::Compact), secretKey);
    if (signature.isEmpty())
        return {};
    QJsonObject file;
    file.insert(u"licence"_s, object);
    file.insert(u"signature"_s, QString::fromLatin1(signature.toBase64()));
    return QJsonDocument(file).toJson();
}

LicenceManager::LicenceManager(QString directory, QByteArray publicKey, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
    , m_publicKey(std::move(publicKey))
{
    reload();
}

void LicenceManager::reload()
{
    m_licences.clear();
    m_problems.clear();
    QSet<QString> ids;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({u"*.lic"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems << name;
            continue;
        }
        Result<Licence> licence = Licence::verify(file.read(64 * 1024), m_publicKey);
        if (!licence) {
            qCWarning(lcLicence).noquote() << name << licence.error().toLogString();
            m_problems << name;
            continue;
        }
        if (!ids.contains(licence->id)) {
            ids.insert(licence->id);
            m_licences.append(licence.value());
        }
    }
    Q_EMIT changed();
}

Result<Licence> LicenceManager::install(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::LicenceInvalid, path + u": "_s + file.errorString());
    const QByteArray bytes = file.read(64 * 1024);
    Result<Licence> licence = Licence::verify(bytes, m_publicKey);
    if (!licence)
        return licence;
    if (!QDir().mkpath(m_directory))
        return Error(ErrorCode::DatabaseError, m_directory + u": cannot create"_s);
    QFile target(QDir(m_directory).filePath(licence->id + u".lic"_s));
    if (!target.open(QIODevice::WriteOnly) || target.write(bytes) != bytes.size())
        return Error(ErrorCode::DatabaseError, target.fileName() + u": "_s + target.errorString());
    target.close();
    qCInfo(lcLicence).noquote() << "licence" << licence->id << "for" << licence->readers << "readers installed";
    reload();
    return licence;
}

int LicenceManager::readerLimit() const
{
    int limit = 1;
    for (const Licence &licence : m_licences)
        limit += licence.readers;
    return limit;
}

Error LicenceManager::check(const QString &serial, const QStringList &registeredSerials) const
{
    QStringList sorted = registeredSerials;
    sorted.sort();
    const qsizetype position = sorted.indexOf(serial);
    if (position < readerLimit())
        return {};
    return Error(ErrorCode::ReaderOverLicence,
                 u"%1 is reader %2, the licences allow %3"_s.arg(serial).arg(position + 1).arg(readerLimit()));
}

} // namespace Console
