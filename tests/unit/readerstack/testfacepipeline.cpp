// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/facematcher.h"
#include "readerstack/face/facemodel.h"
#include "readerstack/face/livenessmodel.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace ReaderStack;

namespace {

cv::Mat photo(const char *name)
{
    const QString path = QDir(faceDataDirectory()).filePath(QStringLiteral("photos/") + QLatin1String(name));
    return cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_COLOR);
}

// The chip side: a grey JPEG 2000, read back.
cv::Mat asChipPhoto(const cv::Mat &image, const QTemporaryDir &dir)
{
    cv::Mat grey;
    cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
    cv::resize(grey, grey, cv::Size(), 0.5, 0.5, cv::INTER_AREA);
    const std::string file = QFile::encodeName(dir.filePath(QStringLiteral("chip.jp2"))).toStdString();
    if (!cv::imwrite(file, grey))
        return {};
    return cv::imread(file, cv::IMREAD_UNCHANGED);
}

} // namespace

class TestFacePipeline final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FacePipeline> m_pipeline;

private Q_SLOTS:
    void initTestCase()
    {
        DeviceLink::Result<std::unique_ptr<FacePipeline>> pipeline = FacePipeline::load(faceDataDirectory());
        QVERIFY2(pipeline, "face models missing: configure the build (scripts/fetch-face-data.sh)");
        m_pipeline = std::move(pipeline.value());
    }

    void missingModelsAreATypedError()
    {
        QTemporaryDir empty;
        DeviceLink::Result<std::unique_ptr<FacePipeline>> pipeline = FacePipeline::load(empty.path());
        QVERIFY(!pipeline);
        QCOMPARE(pipeline.error().code(), DeviceLink::ErrorCode::FaceModelMissing);
        QVERIFY(pipeline.error().detail().contains(QStringLiteral("fr_detect.onnx")));
    }

    void aBrokenModelIsATypedError()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("models"));
        QFile bogus(dir.filePath(QStringLiteral("models/fr_detect.onnx")));
        QVERIFY(bogus.open(QIODevice::WriteOnly));
        bogus.write("not a model");
        bogus.close();
        DeviceLink::Result<std::unique_ptr<FaceDetector>> detector = FaceDetector::load(dir.path());
        QVERIFY(!detector);
        QCOMPARE(detector.error().code(), DeviceLink::ErrorCode::FaceModelUnusable);
    }

    void noFaceInAnEmptyFrame()
    {
        DeviceLink::Result<FaceObservation> none = m_pipeline->observe(cv::Mat(480, 640, CV_8UC3, cv::Scalar(90, 100, 110)));
        QVERIFY(!none);
        QCOMPARE(none.error().code(), DeviceLink::ErrorCode::NoFaceFound);
        QCOMPARE(m_pipeline->observe(cv::Mat()).error().code(), DeviceLink::ErrorCode::FaceImageUnusable);
    }

    void samePersonMatchesOtherPersonDoesNot()
    {
        QTemporaryDir dir;
        const cv::Mat chip = asChipPhoto(photo("franck_01829.jpg"), dir);
        QCOMPARE(chip.channels(), 1);
        DeviceLink::Result<FaceObservation> reference = m_pipeline->observe(chip, FacePipeline::Embeddings::Both);
        QVERIFY(reference);
        FaceMatcher matcher(reference.value());

        DeviceLink::Result<FaceObservation> same = m_pipeline->observe(photo("franck_04035.jpg"));
        QVERIFY(same);
        QVERIFY(!same->mask.masked);
        const double genuine = matcher.score(same.value());
        DeviceLink::Result<FaceObservation> other = m_pipeline->observe(photo("cage.jpg"));
        QVERIFY(other);
        const double impostor = matcher.score(other.value());
        QVERIFY2(genuine >= FaceMatcher::Threshold, qPrintable(QString::number(genuine)));
        QVERIFY2(impostor < FaceMatcher::Threshold, qPrintable(QString::number(impostor)));
    }

    void aSmallFaceInACameraFrameAsksToComeCloser()
    {
        cv::Mat small;
        cv::resize(photo("franck_02045.jpg"), small, cv::Size(), 0.25, 0.25, cv::INTER_AREA);
        cv::Mat frame(480, 640, CV_8UC3, cv::Scalar::all(60));
        small.copyTo(frame(cv::Rect(320 - small.cols / 2, 240 - small.rows / 2, small.cols, small.rows)));
        DeviceLink::Result<FaceObservation> seen = m_pipeline->observe(frame);
        QVERIFY(seen);
        QCOMPARE(seen->quality.guidance, FaceGuidance::MoveCloser);
    }

    void livenessGivesAProbability()
    {
        DeviceLink::Result<std::unique_ptr<LivenessModel>> liveness = LivenessModel::load(faceDataDirectory());
        QVERIFY(liveness);
        const cv::Mat image = photo("franck_02045.jpg");
        DeviceLink::Result<FaceObservation> seen = m_pipeline->observe(image);
        QVERIFY(seen);
        DeviceLink::Result<double> p = liveness.value()->liveProbability(image, seen->face);
        QVERIFY(p);
        QVERIFY(p.value() >= 0 && p.value() <= 1);
    }
};

QTEST_GUILESS_MAIN(TestFacePipeline)
#include "testfacepipeline.moc"
