// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/firmware/bundlechunk.h"
#include "readerstack/firmware/bundlereceiver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Chunk = BundleChunkBytes;

BundleChunk chunkOf(const QByteArray &bundle, qint64 offset)
{
    BundleChunk chunk;
    chunk.offset = offset;
    chunk.data = bundle.mid(offset, qMin(Chunk, bundle.size() - offset));
    return chunk;
}

} // namespace

// Bundle transfer in chunks: each chunk checked, and where a transfer cut at
// any point resumes.
class TestBundleReceiver final : public QObject {
    Q_OBJECT

private:
    QByteArray m_bundle;
    QByteArray m_sha;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString folder() const { return m_dir->filePath(u"incoming"_s); }
    QString file(const QString &suffix) const { return folder() + u'/' + QString::fromLatin1(m_sha.toHex()) + suffix; }

    // Sends chunks until the offset reaches until (or the end).
    void send(BundleReceiver &receiver, qint64 until)
    {
        while (receiver.offset() < qMin<qint64>(until, m_bundle.size())) {
            const Result<qint64> accepted = receiver.accept(chunkOf(m_bundle, receiver.offset()));
            QVERIFY2(accepted.ok(), qPrintable(accepted ? QString() : accepted.error().toLogString()));
        }
    }

    qint64 resume()
    {
        BundleReceiver receiver(folder());
        const Result<qint64> offset = receiver.begin(m_bundle.size(), m_sha);
        if (!offset)
            qFatal("%s", qPrintable(offset.error().toLogString()));
        return offset.value();
    }

    static void edit(const QString &path, const std::function<void(QByteArray &)> &change)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            qFatal("cannot open %s", qPrintable(path));
        QByteArray bytes = f.readAll();
        change(bytes);
        f.resize(0);
        f.seek(0);
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bundle.resize(3 * Chunk + Chunk / 2 + 7);
        for (qsizetype i = 0; i < m_bundle.size(); ++i)
            m_bundle[i] = char((i * 131) ^ (i >> 11));
        m_sha = QCryptographicHash::hash(m_bundle, QCryptographicHash::Sha256);
    }

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_dir.reset(); }

    void chunkRoundTrips()
    {
        const BundleChunk chunk = chunkOf(m_bundle, Chunk);
        const Result<BundleChunk> decoded = BundleChunk::decode(chunk.encode());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->offset, Chunk);
        QCOMPARE(decoded->data, chunk.data);
    }

    void damagedChunkIsRefused_data()
    {
        QTest::addColumn<QByteArray>("payload");
        const QByteArray good = chunkOf(m_bundle, 0).encode();
        QByteArray flipped = good;
        flipped[BundleChunk::HeaderBytes + 500] = char(flipped[BundleChunk::HeaderBytes + 500] ^ 0x04);
        QTest::newRow("data bit flipped") << flipped;
        QByteArray hash = good;
        hash[20] = char(hash[20] ^ 0x01);
        QTest::newRow("hash bit flipped") << hash;
        QTest::newRow("cut short") << good.left(good.size() - 1);
        QTest::newRow("header only") << good.left(BundleChunk::HeaderBytes - 1);
        QByteArray kind = good;
        kind[0] = char(2);
        QTest::newRow("another kind") << kind;
        BundleChunk big;
        big.data = QByteArray(Chunk + 1, 'b');
        QTest::newRow("over a chunk") << big.encode();
    }

    void damagedChunkIsRefused()
    {
        QFETCH(QByteArray, payload);
        const Result<BundleChunk> decoded = BundleChunk::decode(payload);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code(), ErrorCode::TransferChunkCorrupt);
        QCOMPARE(decoded.error().codeString(), u"U620"_s);
    }

    void wholeTransfer()
    {
        BundleReceiver receiver(folder());
        QCOMPARE(receiver.begin(m_bundle.size(), m_sha).value(), 0);
        QCOMPARE(receiver.finish().error().code(), ErrorCode::TransferIncomplete);
        send(receiver, m_bundle.size());
        QCOMPARE(receiver.offset(), m_bundle.size());
        const Result<QString> complete = receiver.finish();
        QVERIFY(complete.ok());
        QFile bundle(complete.value());
        QVERIFY(bundle.open(QIODevice::ReadOnly));
        QCOMPARE(bundle.readAll(), m_bundle);
        QVERIFY(!QFile::exists(file(u".chunks"_s)));
        QVERIFY(!QFile::exists(file(u".part"_s)));
    }

    void resumeOffsets_data()
    {
        QTest::addColumn<qint64>("sent");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("nothing sent") << qint64(0) << qint64(0);
        QTest::newRow("one chunk") << Chunk << Chunk;
        QTest::newRow("three chunks") << 3 * Chunk << 3 * Chunk;
        QTest::newRow("everything") << m_bundle.size() << m_bundle.size();
    }

    // A cut (link, process, power) after some chunks: the next begin resumes
    // exactly after the last chunk acknowledged.
    void resumeOffsets()
    {
        QFETCH(qint64, sent);
        QFETCH(qint64, expected);
        {
            BundleReceiver receiver(folder());
            QCOMPARE(receiver.begin(m_bundle.size(), m_sha).value(), 0);
            send(receiver, sent);
        }
        QCOMPARE(resume(), expected);
        BundleReceiver receiver(folder());
        QCOMPARE(receiver.begin(m_bundle.size(), m_sha).value(), expected);
        send(receiver, m_bundle.size());
        const Result<QString> complete = receiver.finish();
        QVERIFY(complete.ok());
        QFile bundle(complete.value());
        QVERIFY(bundle.open(QIODevice::ReadOnly));
        QCOMPARE(bundle.readAll(), m_bundle);
    }

    void cutBetweenDataAndJournal()
    {
        {
            BundleReceiver receiver(folder());
            receiver.begin(m_bundle.size(), m_sha);
            send(receiver, 2 * Chunk);
        }
        // The third chunk reached the data file, its journal record did not.
        edit(file(u".part"_s), [this](QByteArray &bytes) { bytes += m_bundle.mid(2 * Chunk, Chunk); });
        QCOMPARE(resume(), 2 * Chunk);
        QCOMPARE(QFileInfo(file(u".part"_s)).size(), 2 * Chunk);
    }

    void tornChunkAndTornJournalRecord()
    {
        {
            BundleReceiver receiver(folder());
            receiver.begin(m_bundle.size(), m_sha);
            send(receiver, 2 * Chunk);
        }
        edit(file(u".part"_s), [this](QByteArray &bytes) { bytes += m_bundle.mid(2 * Chunk, 1000); });
        edit(file(u".chunks"_s), [](QByteArray &bytes) { bytes += QByteArray(10, '\x7f'); });
        QCOMPARE(resume(), 2 * Chunk);
        QCOMPARE(QFileInfo(file(u".chunks"_s)).size(), 2 * 32);
    }

    void dataLostBehindTheJournal()
    {
        {
            BundleReceiver receiver(folder());
            receiver.begin(m_bundle.size(), m_sha);
            send(receiver, 3 * Chunk);
        }
        edit(file(u".part"_s), [](QByteArray &bytes) { bytes.truncate(Chunk + Chunk / 3); });
        QCOMPARE(resume(), Chunk);
    }

    void damagedChunkOnDiskResumesBeforeIt()
    {
        {
            BundleReceiver receiver(folder());
            receiver.begin(m_bundle.size(), m_sha);
            send(receiver, 3 * Chunk);
        }
        edit(file(u".part"_s), [](QByteArray &bytes) { bytes[Chunk + 12345] = char(bytes[Chunk + 12345] ^ 0x10); });
        QCOMPARE(resume(), Chunk);
    }

    void journalLostStartsOver()
    {
        {
            BundleReceiver receiver(folder());
            receiver.begin(m_bundle.size(), m_sha);
            send(receiver, 2 * Chunk);
        }
        QFile::remove(file(u".chunks"_s));
        QCOMPARE(resume(), 0);
    }

    void anotherBundleDropsThePrevious()
    {
        {
            BundleReceiver receiver(folder());
            receiver.begin(m_bundle.size(), m_sha);
            send(receiver, 2 * Chunk);
        }
        BundleReceiver other(folder());
        QCOMPARE(other.begin(5000, QByteArray(32, 'o')).value(), 0);
        QVERIFY(!QFile::exists(file(u".part"_s)));
        QVERIFY(!QFile::exists(file(u".chunks"_s)));
        QCOMPARE(QDir(folder()).entryList(QDir::Files).size(), 2);
    }

    void chunkAtTheWrongPlaceIsRefused()
    {
        BundleReceiver receiver(folder());
        QCOMPARE(receiver.accept(chunkOf(m_bundle, 0)).error().code(), ErrorCode::TransferOffsetMismatch);
        receiver.begin(m_bundle.size(), m_sha);
        send(receiver, Chunk);
        QCOMPARE(receiver.accept(chunkOf(m_bundle, 0)).error().code(), ErrorCode::TransferOffsetMismatch);
        QCOMPARE(receiver.accept(chunkOf(m_bundle, 2 * Chunk)).error().code(), ErrorCode::TransferOffsetMismatch);
        BundleChunk shortChunk = chunkOf(m_bundle, Chunk);
        shortChunk.data.chop(1);
        QCOMPARE(receiver.accept(shortChunk).error().code(), ErrorCode::TransferOffsetMismatch);
        QCOMPARE(receiver.offset(), Chunk);
        QCOMPARE(QFileInfo(file(u".part"_s)).size(), Chunk);
        send(receiver, m_bundle.size());
        QCOMPARE(receiver.accept(chunkOf(m_bundle, m_bundle.size())).error().code(), ErrorCode::TransferOffsetMismatch);
        QVERIFY(receiver.finish().ok());
    }

    void bytesThatDifferFromTheAnnouncedHashAreDropped()
    {
        BundleReceiver receiver(folder());
        const QByteArray announced = QCryptographicHash::hash("another bundle", QCryptographicHash::Sha256);
        receiver.begin(m_bundle.size(), announced);
        while (receiver.offset() < m_bundle.size())
            QVERIFY(receiver.accept(chunkOf(m_bundle, receiver.offset())).ok());
        QCOMPARE(receiver.finish().error().code(), ErrorCode::BundlePayloadMismatch);
        QCOMPARE(QDir(folder()).entryList(QDir::Files).size(), 0);
    }

    void invalidTransfersAreRefused()
    {
        BundleReceiver receiver(folder());
        QCOMPARE(receiver.begin(0, m_sha).error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(receiver.begin(m_bundle.size(), m_sha.left(31)).error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(receiver.begin(qint64(4) << 30, m_sha).error().code(), ErrorCode::InvalidArgument);
        QVERIFY(!receiver.active());
    }
};

QTEST_GUILESS_MAIN(TestBundleReceiver)
#include "testbundlereceiver.moc"
