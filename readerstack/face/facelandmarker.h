// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/face/facedetector.h"

#include <array>

namespace ReaderStack {

// The 68 points of the iBUG 300-W scheme, in frame pixels: 0–16 jaw,
// 17–26 brows, 27–35 nose (30 the tip), 36–47 eyes, 48–67 mouth.
using FaceLandmarks = std::array<cv::Point2f, 68>;

// 68 landmarks by faceplugin-face-recognition-js's models/fr_landmark.onnx.
// As its lib/fr_landmark.js does: the detector's square crop, 64×64 grey,
// /256; the net answers each point as 0–1 across the crop. One thread at a
// time.
class FaceLandmarker
{
public:
    static DeviceLink::Result<std::unique_ptr<FaceLandmarker>> load(const QString &dataDirectory);

    DeviceLink::Result<FaceLandmarks> locate(const cv::Mat &frame, const DetectedFace &face);

private:
    explicit FaceLandmarker(cv::dnn::Net net) : m_net(std::move(net)) {}

    cv::dnn::Net m_net;
};

} // namespace ReaderStack
