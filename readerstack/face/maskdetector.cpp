// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/maskdetector.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <optional>
#include <span>

namespace ReaderStack {

namespace {

// Regions of the 112×112 aligned face (eyes at y 52, nose tip 72, mouth
// corners at x 42 and 71, y 92): the nose bridge and the cheeks under the
// eyes, which a mask leaves bare, and the cheeks and chin it covers.
const cv::Rect Bare[] = {cv::Rect(50, 40, 12, 16), cv::Rect(30, 56, 12, 7), cv::Rect(70, 56, 12, 7)};
const cv::Rect Covered[] = {cv::Rect(28, 76, 14, 14), cv::Rect(70, 76, 14, 14), cv::Rect(46, 100, 20, 8)};

// Mean YCrCb over regions, leaving out the warp's black border (the frame
// ended there: a tight crop of a photo). Empty when nothing is left.
std::optional<cv::Scalar> meanOf(const cv::Mat &ycrcb, const cv::Mat &inside, std::span<const cv::Rect> regions)
{
    cv::Scalar sum(0, 0, 0);
    double count = 0;
    for (const cv::Rect &region : regions) {
        const double n = cv::countNonZero(inside(region));
        if (n > 0) {
            sum += cv::mean(ycrcb(region), inside(region)) * n;
            count += n;
        }
    }
    if (count < 0.5 * regions.size() * regions.front().area() / 2)
        return std::nullopt;
    return sum / count;
}

} // namespace

MaskReading MaskDetector::read(const cv::Mat &alignedColour)
{
    MaskReading reading;
    if (alignedColour.type() != CV_8UC3 || alignedColour.cols != 112 || alignedColour.rows != 112)
        return reading;
    cv::Mat ycrcb;
    cv::cvtColor(alignedColour, ycrcb, cv::COLOR_BGR2YCrCb);
    cv::Mat inside;
    cv::cvtColor(alignedColour, inside, cv::COLOR_BGR2GRAY);
    inside = inside > 0;
    const std::optional<cv::Scalar> skin = meanOf(ycrcb, inside, Bare);
    const std::optional<cv::Scalar> lower = meanOf(ycrcb, inside, Covered);
    if (!skin || !lower || (*skin)[0] < 1)
        return reading;
    reading.chromaDistance = std::hypot((*lower)[1] - (*skin)[1], (*lower)[2] - (*skin)[2]);
    reading.brightnessRatio = (*lower)[0] / (*skin)[0];
    reading.masked = reading.chromaDistance > MaxChromaDistance || reading.brightnessRatio < MinBrightnessRatio
        || reading.brightnessRatio > MaxBrightnessRatio;
    ycrcb.setTo(0);
    return reading;
}

} // namespace ReaderStack
