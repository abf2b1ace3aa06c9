// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/faceembedder.h"

#include "readerstack/face/facealigner.h"
#include "readerstack/face/facemodel.h"

namespace ReaderStack {

using namespace Qt::StringLiterals;

DeviceLink::Result<std::unique_ptr<FaceEmbedder>> FaceEmbedder::load(const QString &dataDirectory)
{
    DeviceLink::Result<cv::dnn::Net> net = loadFaceModel(dataDirectory, u"fr_feature.onnx"_s);
    if (!net)
        return net.error();
    return std::unique_ptr<FaceEmbedder>(new FaceEmbedder(std::move(net.value())));
}

DeviceLink::Result<FaceEmbedding> FaceEmbedder::embed(const cv::Mat &aligned)
{
    if (aligned.type() != CV_8UC3 || aligned.cols != FaceAligner::Size || aligned.rows != FaceAligner::Size)
        return DeviceLink::Error(DeviceLink::ErrorCode::FaceImageUnusable, u"embedder needs an aligned 112x112 face"_s);
    cv::Mat blob = cv::dnn::blobFromImage(aligned, 1.0 / 128, {}, cv::Scalar(127, 127, 127), false, false);
    DeviceLink::Result<std::vector<cv::Mat>> outputs = runFaceModel(m_net, blob, {"output"});
    blob.setTo(0);
    if (!outputs)
        return outputs.error();
    cv::Mat &out = outputs.value()[0];
    if (out.total() != 512 || out.type() != CV_32F)
        return DeviceLink::Error(DeviceLink::ErrorCode::FaceModelUnusable, u"fr_feature.onnx: unexpected output shape"_s);
    const float *p = out.ptr<float>();
    FaceEmbedding embedding(std::vector<float>(p, p + out.total()));
    out.setTo(0);
    return embedding;
}

} // namespace ReaderStack
