// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/face/facelandmarker.h"

#include <vector>

namespace ReaderStack {

// The multi-frame liveness cue: a live face changes shape between frames
// (blinks, expression, parallax when the head turns), a photo or a screen
// held up to the camera only moves as a whole. Each frame's landmarks are
// fitted onto those of the frames just before it by the best similarity;
// what the fit cannot explain, relative to the eye distance, is non-rigid
// motion.
// MinNonRigidMotion sits between what `make bench B=face` measures on a
// still photo moved, turned and scaled over 24 frames (0.007: the landmark
// model's jitter) and on 3 s of franck.mp4, a person talking (0.020). A
// photo bent or tilted towards the camera deforms in perspective and can
// pass this cue; the liveness model is the other half.
class FaceMotionCue
{
public:
    static constexpr double MinNonRigidMotion = 0.012;
    // A verdict needs this many frames: about 0.3 s at 30 fps.
    static constexpr int MinFrames = 8;
    // Each frame is fitted onto this many frames before it.
    static constexpr int Window = 15;

    void add(const FaceLandmarks &landmarks);
    void clear();

    int frames() const { return int(m_frames.size()); }
    // The largest non-rigid residual so far (RMS over the points, in eye
    // distances); 0 with fewer than two frames.
    double nonRigidMotion() const { return m_maxResidual; }
    bool isLive() const { return frames() >= MinFrames && m_maxResidual >= MinNonRigidMotion; }

    // The residual of one frame against another: exposed for the tests.
    static double residual(const FaceLandmarks &reference, const FaceLandmarks &frame);

private:
    std::vector<FaceLandmarks> m_frames;
    double m_maxResidual = 0;
};

} // namespace ReaderStack
