// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/livenessmodel.h"

#include "readerstack/face/facemodel.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ReaderStack {

using namespace Qt::StringLiterals;

namespace {

// Which of the three outputs means "live": the first, as lib/fr_liveness.js
// reports it. Checked on franck.mp4, a real person filmed: class 0 gets
// 0.87–0.995 on every frame, class 1 under 0.14.
constexpr int LiveClass = 0;

} // namespace

DeviceLink::Result<std::unique_ptr<LivenessModel>> LivenessModel::load(const QString &dataDirectory)
{
    DeviceLink::Result<cv::dnn::Net> net = loadFaceModel(dataDirectory, u"fr_liveness.onnx"_s);
    if (!net)
        return net.error();
    return std::unique_ptr<LivenessModel>(new LivenessModel(std::move(net.value())));
}

DeviceLink::Result<double> LivenessModel::liveProbability(const cv::Mat &frame, const DetectedFace &face)
{
    if (frame.empty() || frame.type() != CV_8UC3)
        return DeviceLink::Error(DeviceLink::ErrorCode::FaceImageUnusable, u"liveness needs an 8-bit 3-channel frame"_s);
    const cv::Rect crop = face.square(frame.size(), CropScale);
    if (crop.width < 8 || crop.height < 8)
        return DeviceLink::Error(DeviceLink::ErrorCode::NoFaceFound, u"face too small for liveness"_s);
    cv::Mat blob = cv::dnn::blobFromImage(frame(crop), 1.0, cv::Size(128, 128), cv::Scalar(), true, false);
    DeviceLink::Result<std::vector<cv::Mat>> outputs = runFaceModel(m_net, blob, {"output"});
    blob.setTo(0);
    if (!outputs)
        return outputs.error();
    const cv::Mat &logits = outputs.value()[0];
    if (logits.total() != 3)
        return DeviceLink::Error(DeviceLink::ErrorCode::FaceModelUnusable, u"fr_liveness.onnx: unexpected output shape"_s);
    const float *l = logits.ptr<float>();
    const double top = std::max({l[0], l[1], l[2]});
    double sum = 0;
    for (int i = 0; i < 3; ++i)
        sum += std::exp(double(l[i]) - top);
    return std::exp(double(l[LiveClass]) - top) / sum;
}

} // namespace ReaderStack
