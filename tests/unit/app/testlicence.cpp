// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/licence/licence.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

// Signed licence files: signature, fields, counting, and which readers may
// be started.
class TestLicence final : public QObject
{
    Q_OBJECT

private:
    QByteArray m_public;
    QByteArray m_secret;

    Licence licence(const QString &id, int readers) const
    {
        Licence l;
        l.id = id;
        l.licensee = u"さくら内科"_s;
        l.readers = readers;
        l.issued = QDate(2026, 12, 1);
        return l;
    }

    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        m_public.resize(crypto_sign_PUBLICKEYBYTES);
        m_secret.resize(crypto_sign_SECRETKEYBYTES);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(m_public.data()),
                            reinterpret_cast<unsigned char *>(m_secret.data()));
    }

    // Emulated setups and demos use licence files signed with the
    // development key; a release is configured with the vendor's key.
    void developmentKeyIsTheOneBuiltIn()
    {
        QFile keyFile(qEnvironmentVariable("MADOGUCHI_SOURCE_DIR") + u"/resources/devkeys/licence-dev.key"_s);
        QVERIFY2(keyFile.open(QIODevice::ReadOnly), qPrintable(keyFile.fileName()));
        const QByteArray secret = QByteArray::fromBase64(keyFile.readAll().trimmed());
        QCOMPARE(secret.size(), qsizetype(crypto_sign_SECRETKEYBYTES));
        Result<Licence> verified = Licence::verify(Licence::sign(licence(u"L-DEV"_s, 3), secret),
                                                   Licence::vendorPublicKey());
        QVERIFY2(verified.ok(), qPrintable(verified ? QString() : verified.error().toLogString()));
        QCOMPARE(verified->readers, 3);
        // Any other key is refused by the built-in one.
        QVERIFY(!Licence::verify(Licence::sign(licence(u"L-DEV"_s, 3), m_secret), Licence::vendorPublicKey()));
    }

    void signedLicenceVerifies()
    {
        Result<Licence> verified = Licence::verify(Licence::sign(licence(u"L-0001"_s, 2), m_secret), m_public);
        QVERIFY2(verified.ok(), qPrintable(verified ? QString() : verified.error().toLogString()));
        QCOMPARE(verified->readers, 2);
        QCOMPARE(verified->licensee, u"さくら内科"_s);
        QCOMPARE(verified->issued, QDate(2026, 12, 1));
    }

    void tamperingIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("more readers") << u"readers"_s << QJsonValue(20);
        QTest::newRow("other licensee") << u"licensee"_s << QJsonValue(u"other"_s);
        QTest::newRow("other product") << u"product"_s << QJsonValue(u"caora"_s);
    }

    void tamperingIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject file = QJsonDocument::fromJson(Licence::sign(licence(u"L-0001"_s, 2), m_secret)).object();
        QJsonObject body = file.value(u"licence"_s).toObject();
        body.insert(field, value);
        file.insert(u"licence"_s, body);
        Result<Licence> verified = Licence::verify(QJsonDocument(file).toJson(), m_public);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code(), ErrorCode::LicenceInvalid);
    }

    void otherKeyOrJunkIsRefused()
    {
        const QByteArray file = Licence::sign(licence(u"L-0001"_s, 2), m_secret);
        QCOMPARE(Licence::verify(file, Licence::vendorPublicKey()).error().code(), ErrorCode::LicenceInvalid);
        QCOMPARE(Licence::verify("not json", m_public).error().code(), ErrorCode::LicenceInvalid);
        QCOMPARE(Licence::verify(R"({"licence":{"readers":2}})", m_public).error().code(), ErrorCode::LicenceInvalid);
    }

    void countsOutOfRangeAreRefused()
    {
        for (int readers : {0, -1, 65}) {
            Result<Licence> verified =
                Licence::verify(Licence::sign(licence(u"L-0001"_s, readers), m_secret), m_public);
            QVERIFY2(!verified.ok(), qPrintable(QString::number(readers)));
        }
    }

    void limitGrowsWithEachLicence()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(u"licences"_s);
        LicenceManager manager(store, m_public);
        QCOMPARE(manager.readerLimit(), 1);
        const QStringList registered = {u"EMU-0003"_s, u"EMU-0001"_s, u"EMU-0002"_s};
        QVERIFY(!manager.check(u"EMU-0001"_s, registered).isError());
        const Error over = manager.check(u"EMU-0002"_s, registered);
        QCOMPARE(over.code(), ErrorCode::ReaderOverLicence);
        QCOMPARE(over.codeString(), u"S522"_s);

        QVERIFY(manager.install(write(dir, u"a.lic"_s, Licence::sign(licence(u"L-0001"_s, 1), m_secret))).ok());
        QCOMPARE(manager.readerLimit(), 2);
        QVERIFY(!manager.check(u"EMU-0002"_s, registered).isError());
        QVERIFY(manager.check(u"EMU-0003"_s, registered).isError());
        // The same licence twice counts once; a second one adds its readers.
        QVERIFY(manager.install(write(dir, u"b.lic"_s, Licence::sign(licence(u"L-0001"_s, 1), m_secret))).ok());
        QCOMPARE(manager.readerLimit(), 2);
        QVERIFY(manager.install(write(dir, u"c.lic"_s, Licence::sign(licence(u"L-0002"_s, 3), m_secret))).ok());
        QCOMPARE(manager.readerLimit(), 5);

        // Kept: a console started again counts the same.
        LicenceManager again(store, m_public);
        QCOMPARE(again.readerLimit(), 5);
    }

    void invalidFileIsNotInstalled()
    {
        QTemporaryDir dir;
        LicenceManager manager(dir.filePath(u"licences"_s), m_public);
        QCOMPARE(manager.install(write(dir, u"x.lic"_s, "junk")).error().code(), ErrorCode::LicenceInvalid);
        QVERIFY(!QDir(dir.filePath(u"licences"_s)).exists() || QDir(dir.filePath(u"licences"_s)).isEmpty());
        QCOMPARE(manager.readerLimit(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLicence)
#include "testlicence.moc"
