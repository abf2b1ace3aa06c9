// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/facealigner.h"

#include <opencv2/imgproc.hpp>

namespace ReaderStack {

const FivePoints &FaceAligner::reference()
{
    static const FivePoints points = {cv::Point2f(38.2946f, 51.6963f), cv::Point2f(73.5318f, 51.5014f),
                                      cv::Point2f(56.0252f, 71.7366f), cv::Point2f(41.5493f, 92.3655f),
                                      cv::Point2f(70.7299f, 92.2041f)};
    return points;
}

FivePoints FaceAligner::fivePoints(const FaceLandmarks &l)
{
    return {(l[37] + l[38] + l[40] + l[41]) / 4, (l[43] + l[44] + l[46] + l[47]) / 4, l[30], (l[48] + l[60]) / 2,
            (l[54] + l[64]) / 2};
}

cv::Mat FaceAligner::similarity(std::span<const cv::Point2f> from, std::span<const cv::Point2f> to)
{
    // Umeyama (1991) in 2-D, with complex numbers: the best similarity
    // z → a·z + b has a = Σ conj(p)·q / Σ |p|² over the centred points.
    const size_t n = from.size();
    if (n == 0 || to.size() != n)
        return {};
    cv::Point2d meanFrom(0, 0);
    cv::Point2d meanTo(0, 0);
    for (size_t i = 0; i < n; ++i) {
        meanFrom += cv::Point2d(from[i]);
        meanTo += cv::Point2d(to[i]);
    }
    meanFrom /= double(n);
    meanTo /= double(n);
    double re = 0;
    double im = 0;
    double norm = 0;
    for (size_t i = 0; i < n; ++i) {
        const cv::Point2d p = cv::Point2d(from[i]) - meanFrom;
        const cv::Point2d q = cv::Point2d(to[i]) - meanTo;
        re += p.x * q.x + p.y * q.y;
        im += p.x * q.y - p.y * q.x;
        norm += p.x * p.x + p.y * p.y;
    }
    if (norm < 1e-9)
        return {};
    const double a = re / norm;
    const double b = im / norm;
    cv::Mat m = (cv::Mat_<double>(2, 3) << a, -b, meanTo.x - (a * meanFrom.x - b * meanFrom.y), b, a,
                 meanTo.y - (b * meanFrom.x + a * meanFrom.y));
    return m;
}

cv::Mat FaceAligner::align(const cv::Mat &frame, const FivePoints &points, Fit fit)
{
    const size_t count = size_t(fit);
    const cv::Mat m = similarity(std::span(points).first(count), std::span(reference()).first(count));
    if (m.empty())
        return {};
    cv::Mat aligned;
    cv::warpAffine(frame, aligned, m, cv::Size(Size, Size), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    return aligned;
}

} // namespace ReaderStack
