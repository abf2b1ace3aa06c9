// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/facemodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ReaderStack {

using namespace Qt::StringLiterals;

QString faceDataDirectory(const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString fromEnvironment = qEnvironmentVariable("MADOGUCHI_FACE_DATA");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Without a QCoreApplication (a plain test main) there is no executable
    // path; the build tree's layout is still bin/ or tests/ beside share/.
    const QString binary = QCoreApplication::instance() ? QCoreApplication::applicationDirPath()
                                                        : QFileInfo(u"/proc/self/exe"_s).canonicalPath();
    return QDir::cleanPath(binary + u"/../share/face"_s);
}

DeviceLink::Result<cv::dnn::Net> loadFaceModel(const QString &dataDirectory, const QString &fileName)
{
    const QString path = QDir(dataDirectory).filePath(u"models/"_s + fileName);
    if (!QFileInfo::exists(path))
        return DeviceLink::Error(DeviceLink::ErrorCode::FaceModelMissing, path);
    try {
        cv::dnn::Net net = cv::dnn::readNetFromONNX(QFile::encodeName(path).toStdString());
        if (net.empty())
            return DeviceLink::Error(DeviceLink::ErrorCode::FaceModelUnusable, path);
        net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
        return net;
    } catch (const cv::Exception &e) {
        return DeviceLink::Error(DeviceLink::ErrorCode::FaceModelUnusable, path + u": "_s + QString::fromStdString(e.msg));
    }
}

DeviceLink::Result<std::vector<cv::Mat>> runFaceModel(cv::dnn::Net &net, const cv::Mat &blob,
                                              const std::vector<cv::String> &outputs)
{
    try {
        net.setInput(blob);
        std::vector<cv::Mat> results;
        net.forward(results, outputs);
        return results;
    } catch (const cv::Exception &e) {
        return DeviceLink::Error(DeviceLink::ErrorCode::FaceModelUnusable, QString::fromStdString(e.msg));
    }
}

} // namespace ReaderStack
