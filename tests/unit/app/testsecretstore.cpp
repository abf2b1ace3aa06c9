// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/secrets/secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Password = "Sakura-Pass-0451";

// Every byte under dir, to look for a secret in.
QByteArray everything(const QString &dir)
{
    QByteArray bytes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

// The encrypted fallback for login-name passwords: what is on disk, who may
// read it, what a changed file gives, and the asynchronous contract.
class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripAcrossInstances()
    {
        QTemporaryDir dir;
        {
            EncryptedFileSecretStore store(dir.path());
            QVERIFY(store.writeNow(u"login/F0clinic01"_s, Password).ok());
            QVERIFY(store.writeNow(u"login/F0clinic02"_s, "other").ok());
        }
        EncryptedFileSecretStore again(dir.path());
        Result<QByteArray> read = again.readNow(u"login/F0clinic01"_s);
        QVERIFY(read.ok());
        QCOMPARE(read.value(), Password);
        QCOMPARE(again.readNow(u"login/F0missing"_s).value(), QByteArray());
        QVERIFY(again.removeNow(u"login/F0clinic01"_s).ok());
        QCOMPARE(again.readNow(u"login/F0clinic01"_s).value(), QByteArray());
        QCOMPARE(again.readNow(u"login/F0clinic02"_s).value(), QByteArrayLiteral("other"));
    }

    void nothingInPlainTextAndOwnerOnly()
    {
        QTemporaryDir dir;
        EncryptedFileSecretStore store(dir.path());
        QVERIFY(store.writeNow(u"login/F0clinic01"_s, Password).ok());
        const QByteArray disk = everything(dir.path());
        QVERIFY(!disk.isEmpty());
        QVERIFY(!disk.contains(Password));
        QVERIFY(!disk.contains(Password.toBase64()));
        for (const QString &path : {store.keyPath(), store.boxesPath()})
            QCOMPARE(QFile::permissions(path) & 0x0077, QFile::Permissions());
    }

    void sameSecretTwiceLooksDifferent()
    {
        QTemporaryDir dir;
        EncryptedFileSecretStore store(dir.path());
        QVERIFY(store.writeNow(u"a"_s, Password).ok());
        const QByteArray first = everything(dir.path());
        QVERIFY(store.writeNow(u"a"_s, Password).ok());
        QVERIFY(everything(dir.path()) != first);
    }

    void changedKeyIsReported()
    {
        QTemporaryDir dir;
        EncryptedFileSecretStore store(dir.path());
        QVERIFY(store.writeNow(u"login/F0clinic01"_s, Password).ok());
        QFile key(store.keyPath());
        QVERIFY(key.open(QIODevice::ReadWrite));
        QByteArray bytes = key.readAll();
        bytes[0] = char(bytes[0] ^ 0x55);
        key.seek(0);
        key.write(bytes);
        key.close();
        Result<QByteArray> read = store.readNow(u"login/F0clinic01"_s);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code(), ErrorCode::SecretStoreDamaged);
        QVERIFY(!read.error().detail().contains(QString::fromLatin1(Password)));
    }

    void missingKeyWithBoxesIsDamage()
    {
        QTemporaryDir dir;
        EncryptedFileSecretStore store(dir.path());
        QVERIFY(store.writeNow(u"a"_s, Password).ok());
        QVERIFY(QFile::remove(store.keyPath()));
        QCOMPARE(store.readNow(u"a"_s).error().code(), ErrorCode::SecretStoreDamaged);
    }

    void unwritableFolderIsUnavailable()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"secrets"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        EncryptedFileSecretStore store(dir.filePath(u"secrets"_s));
        QCOMPARE(store.writeNow(u"a"_s, Password).error().code(), ErrorCode::SecretStoreUnavailable);
    }

    void asynchronousCallsAnswerLater()
    {
        QTemporaryDir dir;
        std::unique_ptr<SecretStore> store = SecretStore::create(u"file"_s, dir.path());
        QCOMPARE(store->backend(), u"file"_s);
        bool written = false;
        store->write(u"k"_s, Password, this, [&](const Result<void> &r) { written = r.ok(); });
        QVERIFY(!written);
        QTRY_VERIFY(written);
        QByteArray value;
        store->read(u"k"_s, this, [&](const Result<QByteArray> &r) { value = r.value(); });
        QTRY_COMPARE(value, Password);
    }

    void noAnswerAfterContextIsGone()
    {
        QTemporaryDir dir;
        EncryptedFileSecretStore store(dir.path());
        bool called = false;
        {
            QObject context;
            store.write(u"k"_s, Password, &context, [&](const Result<void> &) { called = true; });
        }
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "testsecretstore.moc"
