// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/facealigner.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace ReaderStack;

namespace {

cv::Point2f apply(const cv::Mat &m, cv::Point2f p)
{
    return cv::Point2f(float(m.at<double>(0, 0) * p.x + m.at<double>(0, 1) * p.y + m.at<double>(0, 2)),
                       float(m.at<double>(1, 0) * p.x + m.at<double>(1, 1) * p.y + m.at<double>(1, 2)));
}

// The reference moved into a frame: turned, scaled and shifted.
FivePoints placed(double degrees, double scale, cv::Point2f shift)
{
    const double a = degrees * CV_PI / 180;
    FivePoints points;
    for (size_t i = 0; i < points.size(); ++i) {
        const cv::Point2f r = FaceAligner::reference()[i] - cv::Point2f(56, 56);
        points[i] = cv::Point2f(float(scale * (std::cos(a) * r.x - std::sin(a) * r.y)),
                                float(scale * (std::sin(a) * r.x + std::cos(a) * r.y)))
            + shift;
    }
    return points;
}

} // namespace

class TestFaceAligner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownPointsMapOntoTheReference_data()
    {
        QTest::addColumn<double>("degrees");
        QTest::addColumn<double>("scale");
        QTest::newRow("upright, twice the size") << 0.0 << 2.0;
        QTest::newRow("tilted 20 degrees") << 20.0 << 3.1;
        QTest::newRow("tilted the other way, small") << -35.0 << 0.6;
    }

    void knownPointsMapOntoTheReference()
    {
        QFETCH(double, degrees);
        QFETCH(double, scale);
        const FivePoints face = placed(degrees, scale, cv::Point2f(310, 215));
        const cv::Mat m = FaceAligner::similarity(face, FaceAligner::reference());
        QVERIFY(!m.empty());
        for (size_t i = 0; i < face.size(); ++i) {
            const cv::Point2f mapped = apply(m, face[i]);
            QVERIFY2(cv::norm(mapped - FaceAligner::reference()[i]) < 1e-3, qPrintable(QString::number(i)));
        }
        // A similarity: no shear, the same scale both ways.
        QVERIFY(std::abs(m.at<double>(0, 0) - m.at<double>(1, 1)) < 1e-9);
        QVERIFY(std::abs(m.at<double>(0, 1) + m.at<double>(1, 0)) < 1e-9);
        QVERIFY(std::abs(std::hypot(m.at<double>(0, 0), m.at<double>(1, 0)) - 1 / scale) < 1e-6);
    }

    void noisyPointsGetTheLeastSquaresFit()
    {
        FivePoints face = placed(10, 2.5, cv::Point2f(100, 80));
        // One point off by 10 px: the fit spreads it instead of following it.
        face[2] += cv::Point2f(10, 0);
        const cv::Mat m = FaceAligner::similarity(face, FaceAligner::reference());
        const cv::Point2f nose = apply(m, face[2]);
        const double off = cv::norm(nose - FaceAligner::reference()[2]);
        QVERIFY(off > 1);
        QVERIFY(off < 10 / 2.5);
        QVERIFY(cv::norm(apply(m, face[0]) - FaceAligner::reference()[0]) < 1.5);
    }

    void degeneratePointsGiveNoTransform()
    {
        FivePoints same;
        same.fill(cv::Point2f(5, 5));
        QVERIFY(FaceAligner::similarity(same, FaceAligner::reference()).empty());
        QVERIFY(FaceAligner::align(cv::Mat(100, 100, CV_8UC3, cv::Scalar::all(90)), same).empty());
    }

    void fivePointsComeFromTheLandmarkGroups()
    {
        FaceLandmarks landmarks{};
        for (size_t i = 0; i < landmarks.size(); ++i)
            landmarks[i] = cv::Point2f(float(i), float(2 * i));
        const FivePoints five = FaceAligner::fivePoints(landmarks);
        QCOMPARE(five[0], cv::Point2f(39, 78)); // mean of 37, 38, 40, 41
        QCOMPARE(five[1], cv::Point2f(45, 90)); // mean of 43, 44, 46, 47
        QCOMPARE(five[2], cv::Point2f(30, 60)); // the nose tip
        QCOMPARE(five[3], cv::Point2f(54, 108)); // 48 and 60
        QCOMPARE(five[4], cv::Point2f(59, 118)); // 54 and 64
    }

    void alignedFaceLandsOnTheCanvas()
    {
        // A frame with a bright dot on each of the five points: after
        // alignment the dots sit on the reference.
        const FivePoints face = placed(-15, 2.0, cv::Point2f(320, 240));
        cv::Mat frame(480, 640, CV_8UC3, cv::Scalar::all(0));
        for (const cv::Point2f &p : face)
            cv::circle(frame, cv::Point(cvRound(p.x), cvRound(p.y)), 3, cv::Scalar::all(255), cv::FILLED);
        const cv::Mat aligned = FaceAligner::align(frame, face);
        QCOMPARE(aligned.cols, FaceAligner::Size);
        QCOMPARE(aligned.rows, FaceAligner::Size);
        for (const cv::Point2f &r : FaceAligner::reference())
            QVERIFY(aligned.at<cv::Vec3b>(cvRound(r.y), cvRound(r.x))[0] > 200);
        QCOMPARE(aligned.at<cv::Vec3b>(56, 20)[0], uchar(0));
    }
};

QTEST_GUILESS_MAIN(TestFaceAligner)
#include "testfacealigner.moc"
