// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/camerafaceverifier.h"
#include "readerstack/face/facedetector.h"
#include "readerstack/face/facemodel.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <optional>

using namespace ReaderStack;

namespace {

QString dataFile(const QString &name)
{
    return QDir(faceDataDirectory()).filePath(QStringLiteral("photos/") + name);
}

// franck.mp4 (a person talking, 360×288) framed as the reader's camera
// would: 4:3 around his face, at 640×480, the face a third of the width.
class FramedVideo final : public FrameSource
{
public:
    FramedVideo()
        : m_video(QFile::encodeName(dataFile(QStringLiteral("franck.mp4"))).toStdString())
    {
        m_video.set(cv::CAP_PROP_POS_FRAMES, m_video.get(cv::CAP_PROP_FRAME_COUNT) / 3);
    }

    cv::Mat next() override
    {
        cv::Mat frame;
        if (!m_video.read(frame))
            return {};
        if (m_crop.empty()) {
            DeviceLink::Result<std::unique_ptr<FaceDetector>> detector = FaceDetector::load(faceDataDirectory());
            if (!detector)
                return {};
            DeviceLink::Result<std::vector<DetectedFace>> faces = detector.value()->detect(frame);
            if (!faces || faces->empty())
                return {};
            const cv::Rect2f box = faces->front().box;
            const float width = box.width * 2.8f;
            m_crop = cv::Rect(cvRound(box.x + box.width / 2 - width / 2),
                              cvRound(box.y + box.height / 2 - width * 3 / 8), cvRound(width), cvRound(width * 3 / 4))
                & cv::Rect(0, 0, frame.cols, frame.rows);
        }
        cv::Mat framed;
        cv::resize(frame(m_crop), framed, cv::Size(640, 480), 0, 0, cv::INTER_LINEAR);
        ++m_frames;
        return framed;
    }

    int frames() const { return m_frames; }

private:
    cv::VideoCapture m_video;
    cv::Rect m_crop;
    int m_frames = 0;
};

// The chip side: a grey portrait of one of the packaged photos.
QImage chipPhoto(const QString &name)
{
    QImage photo(dataFile(name));
    return photo.convertToFormat(QImage::Format_Grayscale8).scaledToWidth(240, Qt::SmoothTransformation);
}

struct Outcome
{
    std::optional<FaceVerdict> verdict;
    int previews = 0;
    QList<FaceGuidance> guidance;
};

void startRun(CameraFaceVerifier &verifier, const QImage &reference, Outcome &outcome)
{
    verifier.setGuidanceHandler([&outcome](FaceGuidance g) { outcome.guidance << g; });
    verifier.start(
        reference, [&outcome](const QImage &) { ++outcome.previews; },
        [&outcome](FaceVerdict v) {
            QVERIFY(!outcome.verdict); // once
            outcome.verdict = v;
        });
}

} // namespace

class TestCameraFaceVerifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(dataFile(QStringLiteral("franck.mp4"))),
                 "face data missing: configure the build (scripts/fetch-face-data.sh)");
    }

    void genuineFaceMatches()
    {
        CameraFaceVerifier verifier([] { return std::make_unique<FramedVideo>(); });
        Outcome outcome;
        startRun(verifier, chipPhoto(QStringLiteral("franck_01829.jpg")), outcome);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.verdict.has_value(), 60000);
        QCOMPARE(*outcome.verdict, FaceVerdict::Match);
        QVERIFY(outcome.previews > 0);
        // This stretch of the video starts with him sitting still: the face
        // matches at once and he is asked to blink until he moves.
        QVERIFY(outcome.guidance.contains(FaceGuidance::Ok));
        QVERIFY(outcome.guidance.contains(FaceGuidance::Blink));
    }

    void impostorDoesNotMatch()
    {
        CameraFaceVerifier::Options options;
        options.maxComparedFrames = 20;
        CameraFaceVerifier verifier([] { return std::make_unique<FramedVideo>(); }, options);
        Outcome outcome;
        startRun(verifier, chipPhoto(QStringLiteral("cage.jpg")), outcome);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.verdict.has_value(), 60000);
        QCOMPARE(*outcome.verdict, FaceVerdict::NoMatch);
    }

    void noChipPhotoIsNoMatch()
    {
        CameraFaceVerifier verifier([] { return std::make_unique<FramedVideo>(); });
        Outcome outcome;
        startRun(verifier, QImage(), outcome);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.verdict.has_value(), 30000);
        QCOMPARE(*outcome.verdict, FaceVerdict::NoMatch);
        QCOMPARE(outcome.previews, 0);
    }

    void aSourceThatEndsTimesOut()
    {
        const QString still = dataFile(QStringLiteral("franck_02045.jpg"));
        // A still photo held up for a few frames never shows the face
        // moving: no Match, and the source runs out.
        CameraFaceVerifier verifier([still] { return FileFrameSource::images({still, still, still, still}); });
        Outcome outcome;
        startRun(verifier, chipPhoto(QStringLiteral("franck_01829.jpg")), outcome);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.verdict.has_value(), 30000);
        QCOMPARE(*outcome.verdict, FaceVerdict::Timeout);
        QCOMPARE(outcome.previews, 4);
    }

    void aCancelledRunNeverAnswers()
    {
        CameraFaceVerifier verifier([] { return std::make_unique<FramedVideo>(); });
        Outcome first;
        startRun(verifier, chipPhoto(QStringLiteral("franck_01829.jpg")), first);
        verifier.cancel();
        // The next run answers at once; by then anything the first had
        // queued has been delivered or dropped.
        Outcome second;
        startRun(verifier, QImage(), second);
        QTRY_VERIFY_WITH_TIMEOUT(second.verdict.has_value(), 30000);
        QVERIFY(!first.verdict.has_value());
        QCOMPARE(first.previews, 0);
    }
};

QTEST_GUILESS_MAIN(TestCameraFaceVerifier)
#include "testcamerafaceverifier.moc"
