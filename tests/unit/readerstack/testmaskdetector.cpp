// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/facealigner.h"
#include "readerstack/face/facemodel.h"
#include "readerstack/face/maskdetector.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace ReaderStack;

Q_DECLARE_METATYPE(cv::Scalar)

namespace {

// A mask drawn in aligned coordinates: from cheek to cheek just below the
// nose tip (y 72) down past the chin.
void drawMask(cv::Mat &aligned, cv::Scalar colour)
{
    const std::vector<cv::Point> polygon = {{18, 74}, {40, 70}, {56, 74}, {72, 70}, {94, 74},
                                            {90, 100}, {72, 112}, {40, 112}, {22, 100}};
    cv::fillPoly(aligned, std::vector<std::vector<cv::Point>>{polygon}, colour, cv::LINE_AA);
}

} // namespace

class TestMaskDetector final : public QObject
{
    Q_OBJECT

private:
    std::vector<cv::Mat> m_faces; // aligned colour faces of packaged photos

private Q_SLOTS:
    void initTestCase()
    {
        const QString data = faceDataDirectory();
        DeviceLink::Result<std::unique_ptr<FaceDetector>> detector = FaceDetector::load(data);
        DeviceLink::Result<std::unique_ptr<FaceLandmarker>> landmarker = FaceLandmarker::load(data);
        QVERIFY2(detector && landmarker, "face models missing: configure the build (scripts/fetch-face-data.sh)");
        for (const char *name : {"franck_01829.jpg", "franck_02888.jpg", "audrey.jpg", "cage.jpg", "obama4_crop.jpg",
                                 "kim1_crop.jpg", "bieber_small.jpg"}) {
            const QString path = QDir(data).filePath(QStringLiteral("photos/") + QLatin1String(name));
            const cv::Mat image = cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_COLOR);
            QVERIFY2(!image.empty(), qPrintable(path));
            DeviceLink::Result<std::vector<DetectedFace>> faces = detector.value()->detect(image);
            QVERIFY(faces && !faces->empty());
            DeviceLink::Result<FaceLandmarks> landmarks = landmarker.value()->locate(image, faces->front());
            QVERIFY(landmarks);
            const FivePoints five = FaceAligner::fivePoints(landmarks.value());
            m_faces.push_back(FaceAligner::align(image, five, FaceAligner::Fit::Eyes));
        }
    }

    void bareFacesAreNotMasked()
    {
        for (const cv::Mat &face : m_faces) {
            const MaskReading reading = MaskDetector::read(face);
            QVERIFY2(!reading.masked, qPrintable(QStringLiteral("chroma %1 brightness %2")
                                                     .arg(reading.chromaDistance)
                                                     .arg(reading.brightnessRatio)));
        }
    }

    void drawnMasksAreFound_data()
    {
        QTest::addColumn<cv::Scalar>("colour");
        QTest::newRow("surgical blue") << cv::Scalar(235, 215, 190);
        QTest::newRow("white") << cv::Scalar(245, 245, 245);
        QTest::newRow("black") << cv::Scalar(40, 40, 45);
    }

    void drawnMasksAreFound()
    {
        QFETCH(cv::Scalar, colour);
        for (const cv::Mat &face : m_faces) {
            cv::Mat masked = face.clone();
            drawMask(masked, colour);
            QVERIFY(MaskDetector::read(masked).masked);
        }
    }

    void notAnAlignedFaceReadsBare()
    {
        QVERIFY(!MaskDetector::read(cv::Mat()).masked);
        QVERIFY(!MaskDetector::read(cv::Mat(64, 64, CV_8UC3, cv::Scalar::all(255))).masked);
    }
};

QTEST_GUILESS_MAIN(TestMaskDetector)
#include "testmaskdetector.moc"
