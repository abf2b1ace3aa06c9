// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/face/faceembedding.h"
#include "devicelink/error.h"

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include <memory>

namespace ReaderStack {

// The 512-d embedding of an aligned face by faceplugin-face-recognition-js's
// models/fr_feature.onnx: 112×112, 3 channels, (x−127)/128. One thread at a
// time.
class FaceEmbedder
{
public:
    static DeviceLink::Result<std::unique_ptr<FaceEmbedder>> load(const QString &dataDirectory);

    // aligned: FaceAligner::Size square, 8-bit, 3 channels.
    DeviceLink::Result<FaceEmbedding> embed(const cv::Mat &aligned);

private:
    explicit FaceEmbedder(cv::dnn::Net net) : m_net(std::move(net)) {}

    cv::dnn::Net m_net;
};

} // namespace ReaderStack
