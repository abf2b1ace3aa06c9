// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include <chrono>
#include <memory>

namespace ReaderStack {

// Where the face check's frames come from: the reader's camera, or files
// for emulated readers, scenarios and tests. next() blocks until a frame is
// there (a camera's frame interval at most) and returns an empty Mat when
// the source has ended or failed. One thread at a time.
class FrameSource
{
public:
    virtual ~FrameSource() = default;
    // 8-bit BGR.
    virtual cv::Mat next() = 0;
};

// The reader's camera through V4L2 at 640×480.
class CameraFrameSource final : public FrameSource
{
public:
    // The first /dev/video* that opens, or null (no camera: an emulated
    // reader, a test machine).
    static std::unique_ptr<CameraFrameSource> openFirst();

    cv::Mat next() override;

private:
    explicit CameraFrameSource(std::unique_ptr<cv::VideoCapture> capture) : m_capture(std::move(capture)) {}

    std::unique_ptr<cv::VideoCapture> m_capture;
};

// Frames from files: a video (every frame in turn) or a list of images
// (each once, in order), delivered at 30 frames a second like the reader's
// camera. Unreadable files end the source.
class FileFrameSource final : public FrameSource
{
public:
    static std::unique_ptr<FileFrameSource> video(const QString &path);
    static std::unique_ptr<FileFrameSource> images(const QStringList &paths);

    cv::Mat next() override;

private:
    FileFrameSource() = default;

    static constexpr std::chrono::microseconds FrameInterval{33'333};
    std::chrono::steady_clock::time_point m_due;

    std::unique_ptr<cv::VideoCapture> m_video;
    QStringList m_images;
};

} // namespace ReaderStack
