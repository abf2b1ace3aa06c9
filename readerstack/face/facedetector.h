// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <memory>
#include <vector>

namespace ReaderStack {

struct DetectedFace
{
    cv::Rect2f box; // in frame pixels, as the detector drew it
    float score = 0;

    // The square the landmark and liveness models expect: the box's height
    // on a side, centred on the box, scaled by factor and moved (not
    // shrunk) to stay inside a frame of size where it fits.
    cv::Rect square(cv::Size size, double factor = 1.0) const;
};

// Faces in a frame, by the RFB-320 detector of faceplugin-face-recognition-js
// (models/fr_detect.onnx): the frame squeezed to 320×240, (x−127)/128 per
// channel, boxes already decoded to 0–1. The package's thresholds: score
// 0.65, non-maximum suppression at IoU 0.4. One thread at a time.
class FaceDetector
{
public:
    static constexpr float ScoreThreshold = 0.65f;
    static constexpr float NmsThreshold = 0.4f;

    static DeviceLink::Result<std::unique_ptr<FaceDetector>> load(const QString &dataDirectory);

    // frame: 8-bit, 3 channels. Best score first; empty when no face.
    DeviceLink::Result<std::vector<DetectedFace>> detect(const cv::Mat &frame);

private:
    explicit FaceDetector(cv::dnn::Net net) : m_net(std::move(net)) {}

    cv::dnn::Net m_net;
};

} // namespace ReaderStack
