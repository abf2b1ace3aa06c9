// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/face/facepipeline.h"

#include <QString>

#include <opencv2/core.hpp>

#include <vector>

namespace FaceBench {

struct FacePair
{
    QString probe; // file in the pairs directory
    QString reference;
    bool same = false;
    bool masked = false;
};

// Builds the evaluation set from DATA/photos (scripts/fetch-face-data.sh)
// into a directory of the build tree, never the source tree:
//   probes/NAME.jpg         colour, as the camera would give
//   masked/NAME.jpg         the same with a mask drawn below the nose
//   references/NAME.jp2     grey JPEG 2000 portrait, like a chip photo
//   pairs.tsv, masked-pairs.tsv   probe<TAB>reference<TAB>same|diff
// Identities: franck (11 photos and frames of franck.mp4), audrey, bieber,
// cage (two photos each), single photos, and each face of face-api's six
// group photos (22 people). Genuine pairs: every probe against every other
// reference of its identity; impostor pairs: every probe against every
// reference of another identity.
class PairSet
{
public:
    // Frames taken from franck.mp4, evenly over its length.
    static constexpr int VideoFrames = 30;

    bool build(ReaderStack::FacePipeline &pipeline, const QString &dataDirectory, const QString &outDirectory,
               QString *error);

    const std::vector<FacePair> &pairs() const { return m_pairs; }
    const std::vector<cv::Mat> &cameraFrames() const { return m_cameraFrames; }
    // franck.mp4's frames in order, for the multi-frame liveness cue.
    const std::vector<cv::Mat> &videoFrames() const { return m_videoFrames; }

    // The mask drawn onto a face: a filled polygon from the jaw line up to
    // just below the nose, in one of a few mask colours.
    static void drawMask(cv::Mat &image, const ReaderStack::FaceLandmarks &landmarks, int colourIndex);
    // The chip-photo rendering of a face: a grey portrait of 7:9 around it.
    static cv::Mat chipPortrait(const cv::Mat &image, const ReaderStack::DetectedFace &face);

private:
    std::vector<FacePair> m_pairs;
    std::vector<cv::Mat> m_cameraFrames;
    std::vector<cv::Mat> m_videoFrames;
};

} // namespace FaceBench
