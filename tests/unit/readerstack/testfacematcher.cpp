// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/facematcher.h"

#include <QTest>

#include <cmath>

using namespace ReaderStack;

namespace {

// A unit vector at a chosen cosine to the reference direction (1, 0, …).
FaceEmbedding atCosine(double cosine)
{
    std::vector<float> v(512, 0.0f);
    v[0] = float(cosine);
    v[1] = float(std::sqrt(1 - cosine * cosine));
    return FaceEmbedding(std::move(v));
}

FaceObservation observation(double fullCosine, double upperCosine, bool masked)
{
    FaceObservation o;
    o.full = atCosine(fullCosine);
    o.upper = atCosine(upperCosine);
    o.mask.masked = masked;
    return o;
}

} // namespace

class TestFaceMatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisionsAtTheThresholds()
    {
        QCOMPARE(FaceMatcher::decide(FaceMatcher::Threshold, false), FaceMatcher::Decision::Match);
        QCOMPARE(FaceMatcher::decide(FaceMatcher::Threshold - 0.001, false), FaceMatcher::Decision::NoMatch);
        QCOMPARE(FaceMatcher::decide(FaceMatcher::MaskedThreshold, true), FaceMatcher::Decision::Match);
        QCOMPARE(FaceMatcher::decide(FaceMatcher::MaskedThreshold - 0.001, true), FaceMatcher::Decision::NoMatch);
        // The upper face carries less: a masked face needs the higher score.
        QVERIFY(FaceMatcher::MaskedThreshold > FaceMatcher::Threshold);
        QCOMPARE(FaceMatcher::decide((FaceMatcher::Threshold + FaceMatcher::MaskedThreshold) / 2, true),
                 FaceMatcher::Decision::NoMatch);
    }

    void bestFrameDecides()
    {
        FaceMatcher matcher(observation(1, 1, false));
        matcher.offer(observation(0.1, 0.1, false));
        QCOMPARE(matcher.decision(), FaceMatcher::Decision::NoMatch);
        matcher.offer(observation(FaceMatcher::Threshold + 0.05, 0.1, false));
        matcher.offer(observation(0.2, 0.2, false)); // a blink later does not undo it
        QCOMPARE(matcher.frames(), 3);
        QVERIFY(std::abs(matcher.bestScore() - (FaceMatcher::Threshold + 0.05)) < 1e-6);
        QCOMPARE(matcher.decision(), FaceMatcher::Decision::Match);
    }

    void maskedFramesUseTheUpperFace()
    {
        FaceMatcher matcher(observation(1, 1, false));
        // Full face low (the mask), upper face high: compared on the upper face.
        const FaceObservation masked = observation(0.1, FaceMatcher::MaskedThreshold + 0.02, true);
        QVERIFY(std::abs(matcher.score(masked) - (FaceMatcher::MaskedThreshold + 0.02)) < 1e-6);
        matcher.offer(masked);
        QVERIFY(matcher.bestWasMasked());
        QCOMPARE(matcher.decision(), FaceMatcher::Decision::Match);
    }

    void aMaskedScoreAboveTheFullThresholdIsNoMatch()
    {
        FaceMatcher matcher(observation(1, 1, false));
        matcher.offer(observation(0.1, FaceMatcher::Threshold + 0.02, true));
        QCOMPARE(matcher.decision(), FaceMatcher::Decision::NoMatch);
        // An unmasked frame clearing its own threshold wins over it.
        matcher.offer(observation(FaceMatcher::Threshold + 0.01, 0.1, false));
        QVERIFY(!matcher.bestWasMasked());
        QCOMPARE(matcher.decision(), FaceMatcher::Decision::Match);
    }

    void missingUpperEmbeddingScoresZero()
    {
        FaceMatcher matcher(observation(1, 1, false));
        FaceObservation masked = observation(0.9, 0.9, true);
        masked.upper.wipe();
        QCOMPARE(matcher.score(masked), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestFaceMatcher)
#include "testfacematcher.moc"
