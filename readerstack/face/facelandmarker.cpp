// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/facelandmarker.h"

#include "readerstack/face/facemodel.h"

#include <opencv2/imgproc.hpp>

namespace ReaderStack {

using namespace Qt::StringLiterals;

DeviceLink::Result<std::unique_ptr<FaceLandmarker>> FaceLandmarker::load(const QString &dataDirectory)
{
    DeviceLink::Result<cv::dnn::Net> net = loadFaceModel(dataDirectory, u"fr_landmark.onnx"_s);
    if (!net)
        return net.error();
    return std::unique_ptr<FaceLandmarker>(new FaceLandmarker(std::move(net.value())));
}

DeviceLink::Result<FaceLandmarks> FaceLandmarker::locate(const cv::Mat &frame, const DetectedFace &face)
{
    if (frame.empty() || frame.type() != CV_8UC3)
        return DeviceLink::Error(DeviceLink::ErrorCode::FaceImageUnusable, u"landmarker needs an 8-bit 3-channel frame"_s);
    const cv::Rect crop = face.square(frame.size());
    if (crop.width < 8 || crop.height < 8)
        return DeviceLink::Error(DeviceLink::ErrorCode::NoFaceFound, u"face too small for landmarks"_s);
    cv::Mat grey;
    cv::cvtColor(frame(crop), grey, cv::COLOR_BGR2GRAY);
    cv::resize(grey, grey, cv::Size(64, 64), 0, 0, cv::INTER_AREA);
    const cv::Mat blob = cv::dnn::blobFromImage(grey, 1.0 / 256);
    DeviceLink::Result<std::vector<cv::Mat>> outputs = runFaceModel(m_net, blob, {"output"});
    if (!outputs)
        return outputs.error();
    const cv::Mat &points = outputs.value()[0];
    if (points.total() != 136)
        return DeviceLink::Error(DeviceLink::ErrorCode::FaceModelUnusable, u"fr_landmark.onnx: unexpected output shape"_s);
    const float *p = points.ptr<float>();
    FaceLandmarks landmarks;
    for (size_t i = 0; i < landmarks.size(); ++i)
        landmarks[i] = cv::Point2f(crop.x + p[2 * i] * crop.width, crop.y + p[2 * i + 1] * crop.height);
    return landmarks;
}

} // namespace ReaderStack
