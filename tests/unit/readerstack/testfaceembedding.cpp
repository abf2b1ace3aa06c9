// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/faceembedding.h"

#include <QTest>

#include <cmath>

using namespace ReaderStack;

class TestFaceEmbedding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesAreNormalised()
    {
        const FaceEmbedding e({3, 4, 0});
        QCOMPARE(e.values().size(), size_t(3));
        QVERIFY(std::abs(e.values()[0] - 0.6f) < 1e-6f);
        QVERIFY(std::abs(e.values()[1] - 0.8f) < 1e-6f);
    }

    void cosineSimilarity_data()
    {
        QTest::addColumn<QList<float>>("a");
        QTest::addColumn<QList<float>>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("same direction, other length") << QList<float>{1, 2, 3} << QList<float>{2, 4, 6} << 1.0;
        QTest::newRow("opposite") << QList<float>{1, -1} << QList<float>{-1, 1} << -1.0;
        QTest::newRow("orthogonal") << QList<float>{1, 0, 0} << QList<float>{0, 5, 0} << 0.0;
        QTest::newRow("60 degrees") << QList<float>{1, 0} << QList<float>{0.5f, float(std::sqrt(3.0) / 2)} << 0.5;
        // A shared offset is part of the vectors, not removed as the
        // package's matchFeature() does.
        QTest::newRow("common offset kept") << QList<float>{10, 11} << QList<float>{11, 10} << (220.0 / 221.0);
    }

    void cosineSimilarity()
    {
        QFETCH(QList<float>, a);
        QFETCH(QList<float>, b);
        QFETCH(double, expected);
        const FaceEmbedding ea(std::vector<float>(a.begin(), a.end()));
        const FaceEmbedding eb(std::vector<float>(b.begin(), b.end()));
        QVERIFY(std::abs(ReaderStack::cosineSimilarity(ea, eb) - expected) < 1e-6);
        QVERIFY(std::abs(ReaderStack::cosineSimilarity(eb, ea) - expected) < 1e-6);
    }

    void emptyOrMismatchedScoresZero()
    {
        const FaceEmbedding zero({0, 0, 0});
        QVERIFY(zero.isEmpty());
        const FaceEmbedding three({1, 2, 3});
        const FaceEmbedding two({1, 2});
        QCOMPARE(ReaderStack::cosineSimilarity(zero, three), 0.0);
        QCOMPARE(ReaderStack::cosineSimilarity(three, two), 0.0);
    }

    void wipeClearsTheValues()
    {
        FaceEmbedding e({1, 2, 3});
        FaceEmbedding copy = e;
        e.wipe();
        QVERIFY(e.isEmpty());
        QVERIFY(!copy.isEmpty());
        FaceEmbedding moved = std::move(copy);
        QVERIFY(copy.isEmpty());
        QCOMPARE(moved.values().size(), size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestFaceEmbedding)
#include "testfaceembedding.moc"
