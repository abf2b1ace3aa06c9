// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/facemotioncue.h"

#include <QTest>

#include <cmath>

using namespace ReaderStack;

namespace {

// 68 points of a plausible face around (300, 200), eyes 60 px apart.
FaceLandmarks face()
{
    FaceLandmarks l{};
    for (size_t i = 0; i < l.size(); ++i) {
        const double a = double(i) * 2.4;
        l[i] = cv::Point2f(float(300 + 50 * std::cos(a) * (0.5 + 0.5 * std::sin(3.0 * double(i)))),
                           float(200 + 60 * std::sin(a)));
    }
    l[36] = cv::Point2f(270, 180);
    l[45] = cv::Point2f(330, 180);
    return l;
}

FaceLandmarks moved(const FaceLandmarks &l, double degrees, double scale, cv::Point2f shift)
{
    const double a = degrees * CV_PI / 180;
    FaceLandmarks out{};
    for (size_t i = 0; i < l.size(); ++i) {
        const cv::Point2d p(l[i]);
        out[i] = cv::Point2f(float(scale * (std::cos(a) * p.x - std::sin(a) * p.y)) + shift.x,
                             float(scale * (std::sin(a) * p.x + std::cos(a) * p.y)) + shift.y);
    }
    return out;
}

} // namespace

class TestFaceMotionCue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPhotoMovedAsAWholeIsNotLive()
    {
        FaceMotionCue cue;
        const FaceLandmarks still = face();
        for (int i = 0; i < 20; ++i)
            cue.add(moved(still, 4 * std::sin(i), 1 + 0.1 * std::cos(i), cv::Point2f(float(5 * i), float(-3 * i))));
        QCOMPARE(cue.frames(), 20);
        QVERIFY2(cue.nonRigidMotion() < 1e-4, qPrintable(QString::number(cue.nonRigidMotion())));
        QVERIFY(!cue.isLive());
    }

    void aBlinkAndAnOpenMouthAreLive()
    {
        FaceMotionCue cue;
        const FaceLandmarks still = face();
        for (int i = 0; i < FaceMotionCue::MinFrames; ++i) {
            FaceLandmarks frame = moved(still, 1, 1.02, cv::Point2f(2, 1));
            if (i == FaceMotionCue::MinFrames / 2) {
                for (size_t p = 37; p <= 41; ++p)
                    frame[p].y += 4; // upper lids down
                for (size_t p = 56; p <= 58; ++p)
                    frame[p].y += 8; // lower lip down
            }
            cue.add(frame);
        }
        QVERIFY(cue.nonRigidMotion() >= FaceMotionCue::MinNonRigidMotion);
        QVERIFY(cue.isLive());
    }

    void tooFewFramesGiveNoVerdict()
    {
        FaceMotionCue cue;
        FaceLandmarks frame = face();
        cue.add(frame);
        frame[57].y += 20;
        cue.add(frame);
        QVERIFY(cue.nonRigidMotion() >= FaceMotionCue::MinNonRigidMotion);
        QVERIFY(!cue.isLive());
        cue.clear();
        QCOMPARE(cue.frames(), 0);
        QCOMPARE(cue.nonRigidMotion(), 0.0);
    }

    void jitterBelowTheThreshold()
    {
        // A fifth of a pixel of noise with 60 px between the eyes: about
        // the landmark model's jitter on a still picture.
        FaceMotionCue cue;
        const FaceLandmarks still = face();
        cv::RNG rng(7);
        for (int i = 0; i < 30; ++i) {
            FaceLandmarks frame = still;
            for (cv::Point2f &p : frame)
                p += cv::Point2f(float(rng.gaussian(0.2)), float(rng.gaussian(0.2)));
            cue.add(frame);
        }
        QVERIFY2(!cue.isLive(), qPrintable(QString::number(cue.nonRigidMotion())));
    }
};

QTEST_GUILESS_MAIN(TestFaceMotionCue)
#include "testfacemotioncue.moc"
