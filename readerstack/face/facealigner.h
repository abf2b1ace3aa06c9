// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/face/facelandmarker.h"

#include <array>
#include <span>

namespace ReaderStack {

// Eye centres, nose tip and mouth corners: the five points ArcFace-style
// embeddings are aligned on, in the subject's left-to-right image order.
using FivePoints = std::array<cv::Point2f, 5>;

// Puts a face on the 112×112 canvas the embedding model was trained on: the
// similarity (rotation, uniform scale, shift) that best maps the face's five
// points onto the standard reference in the least-squares sense (Umeyama).
// A similarity and not a full affine transform, so the face is not sheared
// to fit the template: that keeps the identity's proportions.
class FaceAligner
{
public:
    static constexpr int Size = 112;
    static const FivePoints &reference();

    // From the 68 points as faceplugin's lib/fr_feature.js picks them: each
    // eye the mean of its four lid points, the nose tip, each mouth corner
    // the mean of the outer and inner corner.
    static FivePoints fivePoints(const FaceLandmarks &landmarks);

    // The 2×3 similarity mapping from onto to (CV_64F), least squares over
    // the point pairs; empty when the points are degenerate (all on one spot)
    // or the spans differ in size.
    static cv::Mat similarity(std::span<const cv::Point2f> from, std::span<const cv::Point2f> to);

    // How many of the five points the fit uses, in their order: all, or
    // eyes and nose only (a mask hides the mouth corners and the landmark
    // model guesses them), or the eyes only.
    enum class Fit { All = 5, EyesAndNose = 3, Eyes = 2 };

    // frame warped to Size×Size; pixels outside the frame are black.
    static cv::Mat align(const cv::Mat &frame, const FivePoints &points, Fit fit = Fit::All);
};

} // namespace ReaderStack
