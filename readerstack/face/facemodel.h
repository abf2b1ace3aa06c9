// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QString>

#include <opencv2/dnn.hpp>

namespace ReaderStack {

// Where the face models are: the directory given, else $MADOGUCHI_FACE_DATA,
// else share/face next to the executable's bin/ (where the build puts what
// scripts/fetch-face-data.sh extracted). Nothing is downloaded at run time.
QString faceDataDirectory(const QString &given = {});

// One ONNX network of <dataDirectory>/models/. ModelMissing when the file is
// not there, ModelUnusable when OpenCV rejects it (its exception stops here).
// Each net is used by one thread at a time: cv::dnn::Net::forward is not
// reentrant.
DeviceLink::Result<cv::dnn::Net> loadFaceModel(const QString &dataDirectory, const QString &fileName);

// Runs a net on one input blob and returns its named outputs, or
// ModelUnusable with OpenCV's message when forward() throws (a model file of
// other shapes than expected).
DeviceLink::Result<std::vector<cv::Mat>> runFaceModel(cv::dnn::Net &net, const cv::Mat &blob,
                                              const std::vector<cv::String> &outputs);

} // namespace ReaderStack
