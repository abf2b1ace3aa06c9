// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/framesource.h"

#include <QDir>
#include <QFile>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <thread>

namespace ReaderStack {

using namespace Qt::StringLiterals;

namespace {

std::string localPath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

} // namespace

std::unique_ptr<CameraFrameSource> CameraFrameSource::openFirst()
{
    const QStringList devices = QDir(u"/dev"_s).entryList({u"video*"_s}, QDir::System, QDir::Name);
    for (const QString &device : devices) {
        try {
            auto capture = std::make_unique<cv::VideoCapture>(localPath(u"/dev/"_s + device), cv::CAP_V4L2);
            if (!capture->isOpened())
                continue;
            capture->set(cv::CAP_PROP_FRAME_WIDTH, 640);
            capture->set(cv::CAP_PROP_FRAME_HEIGHT, 480);
            // Metadata nodes open but deliver no picture: try a frame first.
            cv::Mat probe;
            if (!capture->read(probe) || probe.empty())
                continue;
            return std::unique_ptr<CameraFrameSource>(new CameraFrameSource(std::move(capture)));
        } catch (const cv::Exception &) {
            continue;
        }
    }
    return nullptr;
}

cv::Mat CameraFrameSource::next()
{
    cv::Mat frame;
    try {
        if (!m_capture->read(frame))
            return {};
    } catch (const cv::Exception &) {
        return {};
    }
    return frame;
}

std::unique_ptr<FileFrameSource> FileFrameSource::video(const QString &path)
{
    std::unique_ptr<FileFrameSource> source(new FileFrameSource);
    try {
        source->m_video = std::make_unique<cv::VideoCapture>(localPath(path));
    } catch (const cv::Exception &) {
        return nullptr;
    }
    if (!source->m_video->isOpened())
        return nullptr;
    return source;
}

std::unique_ptr<FileFrameSource> FileFrameSource::images(const QStringList &paths)
{
    std::unique_ptr<FileFrameSource> source(new FileFrameSource);
    source->m_images = paths;
    return source;
}

cv::Mat FileFrameSource::next()
{
    // At the pace of a camera, not as fast as the files decode: the checks
    // that count frames (motion, masked frames) then take the time they
    // take in front of a real one.
    const auto now = std::chrono::steady_clock::now();
    if (m_due > now)
        std::this_thread::sleep_until(m_due);
    m_due = std::max(m_due, now) + FrameInterval;
    cv::Mat frame;
    try {
        if (m_video) {
            if (!m_video->read(frame))
                return {};
        } else if (!m_images.isEmpty()) {
            frame = cv::imread(localPath(m_images.takeFirst()), cv::IMREAD_COLOR);
        }
    } catch (const cv::Exception &) {
        return {};
    }
    return frame;
}

} // namespace ReaderStack
