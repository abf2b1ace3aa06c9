// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/face/facedetector.h"

namespace ReaderStack {

// Presentation-attack score of one frame by faceplugin-face-recognition-js's
// models/fr_liveness.onnx (a MiniFASNet-style net: three classes). As its
// lib/fr_liveness.js does: the detector's square widened 2.7 times (face
// plus surroundings, where screen borders and paper edges show), 128×128,
// raw 0–255 RGB, softmax. It needs the colour frame: moiré and print
// colour casts are its cues. One thread at a time.
class LivenessModel
{
public:
    static constexpr double CropScale = 2.7;
    // The even odds of the softmax; a filmed live face scores 0.87 and more.
    static constexpr double MinLiveProbability = 0.5;

    static DeviceLink::Result<std::unique_ptr<LivenessModel>> load(const QString &dataDirectory);

    // The probability (0–1) that the face is a live person; frame is BGR.
    DeviceLink::Result<double> liveProbability(const cv::Mat &frame, const DetectedFace &face);

private:
    explicit LivenessModel(cv::dnn::Net net) : m_net(std::move(net)) {}

    cv::dnn::Net m_net;
};

} // namespace ReaderStack
