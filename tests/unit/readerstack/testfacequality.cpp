// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/facealigner.h"
#include "readerstack/face/facequality.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace ReaderStack;

namespace {

const cv::Size Camera(640, 480);

// A frontal face whose box is width pixels wide, centred at centre (or
// turned: the nose moved sideways by yaw eye distances).
struct Face
{
    DetectedFace detected;
    FaceLandmarks landmarks{};
};

Face frontal(float width, cv::Point2f centre = cv::Point2f(320, 240), float yaw = 0)
{
    Face face;
    face.detected.box = cv::Rect2f(centre.x - width / 2, centre.y - width / 2, width, width);
    face.detected.score = 0.9f;
    const float scale = width / 112.0f;
    auto place = [&](cv::Point2f r) { return (r - cv::Point2f(56, 56)) * scale + centre; };
    const FivePoints &ref = FaceAligner::reference();
    face.landmarks.fill(centre);
    for (size_t i : {37, 38, 40, 41})
        face.landmarks[i] = place(ref[0]);
    for (size_t i : {43, 44, 46, 47})
        face.landmarks[i] = place(ref[1]);
    face.landmarks[30] = place(ref[2] + cv::Point2f(yaw * (ref[1].x - ref[0].x), 0));
    face.landmarks[48] = face.landmarks[60] = place(ref[3]);
    face.landmarks[54] = face.landmarks[64] = place(ref[4]);
    return face;
}

// A sharp, evenly lit face texture.
cv::Mat textured(double mean = 128, double spread = 40)
{
    cv::Mat grey(FaceAligner::Size, FaceAligner::Size, CV_8UC1);
    cv::theRNG().state = 20260417;
    cv::randn(grey, mean, spread);
    return grey;
}

FaceGuidance guidanceFor(const Face &face, const cv::Mat &aligned)
{
    return FaceQuality::assess(Camera, face.detected, face.landmarks, aligned).guidance;
}

} // namespace

class TestFaceQuality final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodFramePasses()
    {
        const Face face = frontal(220);
        const FaceQualityReport report = FaceQuality::assess(Camera, face.detected, face.landmarks, textured());
        QCOMPARE(report.guidance, FaceGuidance::Ok);
        QVERIFY(std::abs(report.yaw) < 0.01);
        QVERIFY(std::abs(report.pitch) < 0.02);
        QVERIFY(std::abs(report.rollDegrees) < 1);
        QVERIFY(FaceQuality::text(FaceGuidance::Ok).isEmpty());
    }

    void faceSizeForThirtyToFiftyCentimetres_data()
    {
        QTest::addColumn<float>("width");
        QTest::addColumn<FaceGuidance>("expected");
        QTest::newRow("a metre away") << 80.0f << FaceGuidance::MoveCloser;
        QTest::newRow("just too far") << float(FaceQuality::MinFaceWidth * 640 - 2) << FaceGuidance::MoveCloser;
        QTest::newRow("50 cm") << 0.26f * 640 << FaceGuidance::Ok;
        QTest::newRow("30 cm") << 0.43f * 640 << FaceGuidance::Ok;
        QTest::newRow("too close") << float(FaceQuality::MaxFaceWidth * 640 + 4) << FaceGuidance::MoveBack;
    }

    void faceSizeForThirtyToFiftyCentimetres()
    {
        QFETCH(float, width);
        QFETCH(FaceGuidance, expected);
        QCOMPARE(guidanceFor(frontal(width), textured()), expected);
    }

    void offCentreAndTurnedFaces()
    {
        QCOMPARE(guidanceFor(frontal(200, cv::Point2f(500, 240)), textured()), FaceGuidance::CentreFace);
        QCOMPARE(guidanceFor(frontal(200, cv::Point2f(320, 240), 0.4f), textured()), FaceGuidance::LookStraight);
        QCOMPARE(guidanceFor(frontal(200, cv::Point2f(320, 240), -0.4f), textured()), FaceGuidance::LookStraight);
        QCOMPARE(guidanceFor(frontal(200, cv::Point2f(320, 240), 0.1f), textured()), FaceGuidance::Ok);
    }

    void darkAndBrightFaces()
    {
        QCOMPARE(guidanceFor(frontal(200), textured(30, 15)), FaceGuidance::MoreLight);
        QCOMPARE(guidanceFor(frontal(200), textured(230, 15)), FaceGuidance::LessLight);
    }

    void blurredFaceAsksToHoldStill()
    {
        cv::Mat blurred;
        cv::GaussianBlur(textured(), blurred, cv::Size(0, 0), 2.5);
        const Face face = frontal(200);
        const FaceQualityReport report = FaceQuality::assess(Camera, face.detected, face.landmarks, blurred);
        QVERIFY(report.sharpness < FaceQuality::MinSharpness);
        QCOMPARE(report.guidance, FaceGuidance::HoldStill);
    }

    void everyGuidanceHasText()
    {
        for (FaceGuidance g : {FaceGuidance::NoFace, FaceGuidance::MoveCloser, FaceGuidance::MoveBack,
                               FaceGuidance::CentreFace, FaceGuidance::LookStraight, FaceGuidance::MoreLight,
                               FaceGuidance::LessLight, FaceGuidance::HoldStill, FaceGuidance::LowerMask,
                               FaceGuidance::Blink})
            QVERIFY(!FaceQuality::text(g).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFaceQuality)
#include "testfacequality.moc"
