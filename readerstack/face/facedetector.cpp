// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/facedetector.h"

#include "readerstack/face/facemodel.h"

#include <QString>

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace ReaderStack {

using namespace Qt::StringLiterals;

namespace {

const cv::Size InputSize(320, 240);

} // namespace

cv::Rect DetectedFace::square(cv::Size size, double factor) const
{
    const double side = std::min({double(box.height) * factor, double(size.width), double(size.height)});
    double x = box.x + box.width / 2.0 - side / 2;
    double y = box.y + box.height / 2.0 - side / 2;
    x = std::clamp(x, 0.0, size.width - side);
    y = std::clamp(y, 0.0, size.height - side);
    const cv::Rect rect(cvRound(x), cvRound(y), std::max(1, cvRound(side)), std::max(1, cvRound(side)));
    return rect & cv::Rect(cv::Point(0, 0), size);
}

DeviceLink::Result<std::unique_ptr<FaceDetector>> FaceDetector::load(const QString &dataDirectory)
{
    DeviceLink::Result<cv::dnn::Net> net = loadFaceModel(dataDirectory, u"fr_detect.onnx"_s);
    if (!net)
        return net.error();
    return std::unique_ptr<FaceDetector>(new FaceDetector(std::move(net.value())));
}

DeviceLink::Result<std::vector<DetectedFace>> FaceDetector::detect(const cv::Mat &frame)
{
    if (frame.empty() || frame.type() != CV_8UC3)
        return DeviceLink::Error(DeviceLink::ErrorCode::FaceImageUnusable, u"detector needs an 8-bit 3-channel frame"_s);
    // The pipeline feeds grey in three channels, so channel order is moot.
    const cv::Mat blob = cv::dnn::blobFromImage(frame, 1.0 / 128, InputSize, cv::Scalar(127, 127, 127), false, false);
    DeviceLink::Result<std::vector<cv::Mat>> outputs = runFaceModel(m_net, blob, {"boxes", "scores"});
    if (!outputs)
        return outputs.error();
    const cv::Mat &boxes = outputs.value()[0];
    const cv::Mat &scores = outputs.value()[1];
    if (boxes.dims != 3 || scores.dims != 3 || boxes.size[2] != 4 || scores.size[2] != 2
        || boxes.size[1] != scores.size[1])
        return DeviceLink::Error(DeviceLink::ErrorCode::FaceModelUnusable, u"fr_detect.onnx: unexpected output shapes"_s);

    const int count = boxes.size[1];
    const float *box = boxes.ptr<float>();
    const float *score = scores.ptr<float>();
    std::vector<cv::Rect2d> candidates;
    std::vector<float> candidateScores;
    for (int i = 0; i < count; ++i) {
        const float faceScore = score[2 * i + 1];
        if (faceScore < ScoreThreshold)
            continue;
        const float *b = box + 4 * i;
        const double x1 = double(b[0]) * frame.cols;
        const double y1 = double(b[1]) * frame.rows;
        const double x2 = double(b[2]) * frame.cols;
        const double y2 = double(b[3]) * frame.rows;
        if (x2 <= x1 || y2 <= y1)
            continue;
        candidates.emplace_back(x1, y1, x2 - x1, y2 - y1);
        candidateScores.push_back(faceScore);
    }
    std::vector<int> kept;
    cv::dnn::NMSBoxes(candidates, candidateScores, ScoreThreshold, NmsThreshold, kept);
    std::vector<DetectedFace> faces;
    faces.reserve(kept.size());
    const cv::Rect2f frameRect(0, 0, float(frame.cols), float(frame.rows));
    for (int index : kept) {
        const cv::Rect2f clipped = cv::Rect2f(candidates[size_t(index)]) & frameRect;
        if (clipped.width > 0 && clipped.height > 0)
            faces.push_back({clipped, candidateScores[size_t(index)]});
    }
    std::sort(faces.begin(), faces.end(),
              [](const DetectedFace &a, const DetectedFace &b) { return a.score > b.score; });
    return faces;
}

} // namespace ReaderStack
