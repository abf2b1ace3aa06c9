// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/facepipeline.h"

#include "readerstack/face/facealigner.h"

#include <opencv2/imgproc.hpp>

namespace ReaderStack {

using namespace Qt::StringLiterals;

void FaceObservation::wipe()
{
    full.wipe();
    upper.wipe();
    landmarks.fill(cv::Point2f());
}

FacePipeline::FacePipeline(std::unique_ptr<FaceDetector> detector, std::unique_ptr<FaceLandmarker> landmarker,
                           std::unique_ptr<FaceEmbedder> embedder)
    : m_detector(std::move(detector))
    , m_landmarker(std::move(landmarker))
    , m_embedder(std::move(embedder))
{
}

FacePipeline::~FacePipeline() = default;

DeviceLink::Result<std::unique_ptr<FacePipeline>> FacePipeline::load(const QString &dataDirectory)
{
    DeviceLink::Result<std::unique_ptr<FaceDetector>> detector = FaceDetector::load(dataDirectory);
    if (!detector)
        return detector.error();
    DeviceLink::Result<std::unique_ptr<FaceLandmarker>> landmarker = FaceLandmarker::load(dataDirectory);
    if (!landmarker)
        return landmarker.error();
    DeviceLink::Result<std::unique_ptr<FaceEmbedder>> embedder = FaceEmbedder::load(dataDirectory);
    if (!embedder)
        return embedder.error();
    return std::unique_ptr<FacePipeline>(new FacePipeline(std::move(detector.value()), std::move(landmarker.value()),
                                                          std::move(embedder.value())));
}

cv::Mat FacePipeline::blankLowerFace(const cv::Mat &aligned)
{
    if (aligned.rows != FaceAligner::Size)
        return {};
    cv::Mat upper = aligned.clone();
    upper.rowRange(UpperFaceRows, upper.rows).setTo(cv::Scalar::all(127));
    return upper;
}

cv::Mat FacePipeline::toBgr(const QImage &image)
{
    if (image.isNull())
        return {};
    if (image.isGrayscale()) {
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
        const cv::Mat view(grey.height(), grey.width(), CV_8UC1, const_cast<uchar *>(grey.constBits()),
                           size_t(grey.bytesPerLine()));
        cv::Mat bgr;
        cv::cvtColor(view, bgr, cv::COLOR_GRAY2BGR);
        return bgr;
    }
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()),
                       size_t(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

DeviceLink::Result<FaceObservation> FacePipeline::observe(const QImage &image, Embeddings embeddings)
{
    cv::Mat bgr = toBgr(image);
    DeviceLink::Result<FaceObservation> observation = observe(bgr, embeddings);
    bgr.setTo(0);
    return observation;
}

DeviceLink::Result<FaceObservation> FacePipeline::observe(const cv::Mat &frame, Embeddings embeddings)
{
    if (frame.empty() || frame.depth() != CV_8U || (frame.channels() != 3 && frame.channels() != 1)
        || frame.cols < 32 || frame.rows < 32)
        return DeviceLink::Error(DeviceLink::ErrorCode::FaceImageUnusable, u"frame must be 8-bit grey or BGR, at least 32x32"_s);
    cv::Mat grey;
    if (frame.channels() == 3)
        cv::cvtColor(frame, grey, cv::COLOR_BGR2GRAY);
    else
        grey = frame.clone();
    cv::Mat grey3;
    cv::cvtColor(grey, grey3, cv::COLOR_GRAY2BGR);

    DeviceLink::Result<std::vector<DetectedFace>> faces = m_detector->detect(grey3);
    if (!faces)
        return faces.error();
    if (faces->empty())
        return DeviceLink::Error(DeviceLink::ErrorCode::NoFaceFound, u"no face found"_s);
    const DetectedFace *largest = &faces->front();
    for (const DetectedFace &face : faces.value()) {
        if (face.box.area() > largest->box.area())
            largest = &face;
    }

    FaceObservation observation;
    observation.face = *largest;
    DeviceLink::Result<FaceLandmarks> landmarks = m_landmarker->locate(grey3, observation.face);
    if (!landmarks)
        return landmarks.error();
    observation.landmarks = landmarks.value();

    const FivePoints five = FaceAligner::fivePoints(observation.landmarks);
    cv::Mat aligned = FaceAligner::align(grey3, five);
    if (aligned.empty())
        return DeviceLink::Error(DeviceLink::ErrorCode::NoFaceFound, u"landmarks unusable for alignment"_s);
    cv::Mat alignedGrey;
    cv::extractChannel(aligned, alignedGrey, 0);
    observation.quality = FaceQuality::assess(frame.size(), observation.face, observation.landmarks, alignedGrey);

    // The mask check places its regions by the eyes alone: under a mask
    // the mouth landmarks are guesses that would move them.
    cv::Mat alignedColour = FaceAligner::align(frame.channels() == 3 ? frame : grey3, five, FaceAligner::Fit::Eyes);
    observation.mask = MaskDetector::read(alignedColour);

    DeviceLink::Result<FaceEmbedding> full = m_embedder->embed(aligned);
    if (!full)
        return full.error();
    observation.full = std::move(full.value());
    cv::Mat upperOnly;
    if (embeddings == Embeddings::Both || observation.mask.masked) {
        upperOnly = blankLowerFace(aligned);
        DeviceLink::Result<FaceEmbedding> upper = m_embedder->embed(upperOnly);
        if (!upper)
            return upper.error();
        observation.upper = std::move(upper.value());
    }

    for (cv::Mat *buffer : {&grey, &grey3, &aligned, &alignedGrey, &alignedColour, &upperOnly})
        buffer->setTo(0);
    return observation;
}

} // namespace ReaderStack
