// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/facemotioncue.h"

#include "readerstack/face/facealigner.h"

#include <cmath>
#include <span>

namespace ReaderStack {

namespace {

// Only the points that move with expression and pose: brows, eyes, nose,
// mouth. The jaw line (0–16) is where the model is least sure of itself.
constexpr size_t FirstInnerPoint = 17;

} // namespace

double FaceMotionCue::residual(const FaceLandmarks &reference, const FaceLandmarks &frame)
{
    const std::span<const cv::Point2f> from(frame.begin() + FirstInnerPoint, frame.end());
    const std::span<const cv::Point2f> to(reference.begin() + FirstInnerPoint, reference.end());
    const cv::Mat m = FaceAligner::similarity(from, to);
    const cv::Point2f eyes = reference[45] - reference[36];
    const double eyeDistance = std::hypot(double(eyes.x), double(eyes.y));
    if (m.empty() || eyeDistance < 1)
        return 0;
    double squares = 0;
    for (size_t i = 0; i < from.size(); ++i) {
        const cv::Point2d p(from[i]);
        const cv::Point2d fitted(m.at<double>(0, 0) * p.x + m.at<double>(0, 1) * p.y + m.at<double>(0, 2),
                                 m.at<double>(1, 0) * p.x + m.at<double>(1, 1) * p.y + m.at<double>(1, 2));
        const cv::Point2d d = cv::Point2d(to[i]) - fitted;
        squares += d.x * d.x + d.y * d.y;
    }
    return std::sqrt(squares / double(from.size())) / eyeDistance;
}

void FaceMotionCue::add(const FaceLandmarks &landmarks)
{
    // Against each recent frame, not only the first: a blink is over in a
    // few frames and would be missed against a first frame with the eyes
    // half shut.
    const size_t first = m_frames.size() > size_t(Window) ? m_frames.size() - size_t(Window) : 0;
    for (size_t i = first; i < m_frames.size(); ++i)
        m_maxResidual = std::max(m_maxResidual, residual(m_frames[i], landmarks));
    m_frames.push_back(landmarks);
}

void FaceMotionCue::clear()
{
    m_frames.clear();
    m_maxResidual = 0;
}

} // namespace ReaderStack
