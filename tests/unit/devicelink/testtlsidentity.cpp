// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/tlsidentity.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DeviceLink;
using namespace Qt::StringLiterals;

class TestTlsIdentity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesSelfSignedP256()
    {
        Result<TlsIdentity> identity = TlsIdentity::generate(u"MDG-0001"_s);
        QVERIFY(identity.ok());
        QCOMPARE(identity->certificate().subjectInfo(QSslCertificate::CommonName), QStringList{u"MDG-0001"_s});
        QCOMPARE(identity->privateKey().algorithm(), QSsl::Ec);
        QCOMPARE(identity->fingerprint().size(), 32);
        QVERIFY(identity->certificate().expiryDate() > QDateTime::currentDateTimeUtc().addYears(20));
        QVERIFY(identity->certificate().isSelfSigned());
        // Two readers never share a key.
        QVERIFY(identity->fingerprint() != TlsIdentity::generate(u"MDG-0001"_s)->fingerprint());
    }

    void keepsItsIdentityAcrossRestarts()
    {
        QTemporaryDir dir;
        Error replaced;
        Result<TlsIdentity> first = TlsIdentity::loadOrCreate(dir.path(), u"MDG-0002"_s, &replaced);
        QVERIFY(first.ok());
        QVERIFY(!replaced.isError());
        Result<TlsIdentity> second = TlsIdentity::loadOrCreate(dir.path(), u"MDG-0002"_s, &replaced);
        QVERIFY(second.ok());
        QVERIFY(!replaced.isError());
        QCOMPARE(second->fingerprint(), first->fingerprint());
        // The private key is readable by its owner only.
        const QFileDevice::Permissions key = QFile::permissions(QDir(dir.path()).filePath(u"identity.key"_s));
        QVERIFY(key.testFlag(QFileDevice::ReadOwner));
        QVERIFY(!(key & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                         | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther)));
    }

    void replacesDamagedFilesAndSaysSo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("contents");
        QTest::addRow("garbage key") << u"identity.key"_s << QByteArray("not a key");
        QTest::addRow("garbage certificate") << u"identity.crt"_s << QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n");
        QTest::addRow("empty key") << u"identity.key"_s << QByteArray();
        QTest::addRow("key of another identity") << u"identity.key"_s
                                                 << TlsIdentity::generate(u"X"_s)->privateKey().toPem();
    }

    void replacesDamagedFilesAndSaysSo()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        const QByteArray original = TlsIdentity::loadOrCreate(dir.path(), u"MDG-0003"_s)->fingerprint();
        QFile damaged(QDir(dir.path()).filePath(file));
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write(contents);
        damaged.close();

        Error replaced;
        Result<TlsIdentity> reloaded = TlsIdentity::loadOrCreate(dir.path(), u"MDG-0003"_s, &replaced);
        QVERIFY(reloaded.ok());
        QCOMPARE(replaced.code(), ErrorCode::IdentityUnusable);
        QVERIFY(reloaded->fingerprint() != original);
        QVERIFY(!QDir(dir.path()).entryList({u"identity.*.damaged-*"_s}).isEmpty());
    }

    void unwritableDirectoryIsATypedError()
    {
        Result<TlsIdentity> identity = TlsIdentity::loadOrCreate(u"/proc/madoguchi-no-such-dir"_s, u"X"_s);
        QVERIFY(!identity);
        QCOMPARE(identity.error().code(), ErrorCode::StateDirectoryUnusable);
    }
};

QTEST_GUILESS_MAIN(TestTlsIdentity)
#include "testtlsidentity.moc"
