// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/facequality.h"

#include "readerstack/face/facealigner.h"
#include "readerstack/screen/screentext.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace ReaderStack {

namespace {

double length(cv::Point2f v)
{
    return std::hypot(double(v.x), double(v.y));
}

} // namespace

FaceQualityReport FaceQuality::assess(cv::Size frame, const DetectedFace &face, const FaceLandmarks &landmarks,
                                      const cv::Mat &alignedGrey)
{
    FaceQualityReport report;
    if (frame.width <= 0 || alignedGrey.empty())
        return report;
    report.faceWidth = face.box.width / frame.width;
    const cv::Point2f centre(face.box.x + face.box.width / 2, face.box.y + face.box.height / 2);
    report.centreOffset = length(centre - cv::Point2f(frame.width / 2.0f, frame.height / 2.0f)) / frame.width;

    const FivePoints five = FaceAligner::fivePoints(landmarks);
    const cv::Point2f eyes = (five[0] + five[1]) / 2;
    const cv::Point2f mouth = (five[3] + five[4]) / 2;
    const cv::Point2f eyeLine = five[1] - five[0];
    const double eyeDistance = length(eyeLine);
    const cv::Point2f axis = mouth - eyes;
    const double axisLength = length(axis);
    if (eyeDistance > 1 && axisLength > 1) {
        // Signed distance of the nose tip from the eye-mouth midline.
        const cv::Point2f nose = five[2] - eyes;
        report.yaw = (double(axis.x) * nose.y - double(axis.y) * nose.x) / axisLength / eyeDistance;
        report.pitch = (double(nose.x) * axis.x + double(nose.y) * axis.y) / (axisLength * axisLength) - 0.5;
        report.rollDegrees = std::atan2(eyeLine.y, eyeLine.x) * 180 / CV_PI;
    }

    cv::Scalar mean;
    cv::Scalar deviation;
    // The centre of the aligned face: eyes to mouth, no background.
    const cv::Rect inner(24, 36, 64, 64);
    mean = cv::mean(alignedGrey(inner));
    report.brightness = mean[0];
    cv::Mat laplacian;
    cv::Laplacian(alignedGrey(inner), laplacian, CV_64F);
    cv::meanStdDev(laplacian, mean, deviation);
    report.sharpness = deviation[0] * deviation[0];

    if (report.faceWidth < MinFaceWidth)
        report.guidance = FaceGuidance::MoveCloser;
    else if (report.faceWidth > MaxFaceWidth)
        report.guidance = FaceGuidance::MoveBack;
    else if (report.centreOffset > MaxCentreOffset)
        report.guidance = FaceGuidance::CentreFace;
    else if (std::abs(report.yaw) > MaxYaw || std::abs(report.pitch) > MaxPitch
             || std::abs(report.rollDegrees) > MaxRollDegrees)
        report.guidance = FaceGuidance::LookStraight;
    else if (report.brightness < MinBrightness)
        report.guidance = FaceGuidance::MoreLight;
    else if (report.brightness > MaxBrightness)
        report.guidance = FaceGuidance::LessLight;
    else if (report.sharpness < MinSharpness)
        report.guidance = FaceGuidance::HoldStill;
    else
        report.guidance = FaceGuidance::Ok;
    return report;
}

QString FaceQuality::text(FaceGuidance guidance)
{
    switch (guidance) {
    case FaceGuidance::Ok:
        return {};
    case FaceGuidance::NoFace:
        return screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please look at the camera"));
    case FaceGuidance::MoveCloser:
        return screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please come a little closer"));
    case FaceGuidance::MoveBack:
        return screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please move back a little"));
    case FaceGuidance::CentreFace:
        return screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please bring your face into the frame"));
    case FaceGuidance::LookStraight:
        return screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please face the camera straight on"));
    case FaceGuidance::MoreLight:
        return screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Your face is too dark. Please face the light"));
    case FaceGuidance::LessLight:
        return screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Too bright. Please step out of direct light"));
    case FaceGuidance::HoldStill:
        return screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please hold still for a moment"));
    case FaceGuidance::LowerMask:
        return screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please lower your mask"));
    case FaceGuidance::Blink:
        return screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please blink once"));
    }
    return {};
}

} // namespace ReaderStack
