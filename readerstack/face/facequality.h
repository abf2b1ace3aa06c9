// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/face/facelandmarker.h"

#include <QString>

namespace ReaderStack {

// What the patient should do so the next frames can be compared; the first
// failing gate wins, in the order below. Ok: the frame is fit to compare.
enum class FaceGuidance {
    Ok,
    NoFace,
    MoveCloser,
    MoveBack,
    CentreFace,
    LookStraight,
    MoreLight,
    LessLight,
    HoldStill,
    LowerMask,
    Blink, // the face matches but has not moved: the liveness cue waits for a blink
};

struct FaceQualityReport
{
    FaceGuidance guidance = FaceGuidance::NoFace;
    double faceWidth = 0; // detector box width as a share of the frame width
    double centreOffset = 0; // face centre from the frame centre, share of the frame width
    double yaw = 0; // nose tip off the eye-mouth midline, share of the eye distance; 0 facing the camera
    double pitch = 0; // nose tip height between eyes (0) and mouth (1), minus the frontal 0.5
    double rollDegrees = 0; // tilt of the eye line
    double brightness = 0; // mean grey of the aligned face, 0–255
    double sharpness = 0; // variance of the Laplacian of the aligned grey face
};

// The gates a live frame passes before its face is compared: size for a
// patient 30–50 cm from a 640×480 camera, centring, pose, exposure, blur.
// The chip photo is not gated: it is what it is.
class FaceQuality
{
public:
    // Reader camera: 640×480, about 60° across. At distance d the frame is
    // 2·d·tan 30° = 1.15·d wide, and the detector's box (about 15 cm of face)
    // spans 15 / (1.15·d) of it: 0.43 at 30 cm, 0.26 at 50 cm. A little
    // slack either side, so the patient is not sent back and forth.
    static constexpr double MinFaceWidth = 0.22;
    static constexpr double MaxFaceWidth = 0.50;
    static constexpr double MaxCentreOffset = 0.22;
    // Pose, by proxies from the landmarks: the nose tip a quarter of the eye
    // distance off the midline is roughly 20° of yaw; pitch moves the nose
    // tip along the eye-mouth axis. Beyond these the embedding was trained
    // on few faces.
    static constexpr double MaxYaw = 0.25;
    static constexpr double MaxPitch = 0.18;
    static constexpr double MaxRollDegrees = 15;
    // Exposure of the aligned face (mean grey); outside, detail is clipped.
    static constexpr double MinBrightness = 55;
    static constexpr double MaxBrightness = 205;
    // Laplacian variance of the 112×112 aligned face. The packaged photos
    // as 640×480 frames measure 81–2,300 (median 320; 71 after a Gaussian
    // blur of σ = 2 px): half the lowest of them asks to hold still only
    // when a frame is clearly softer than any of those.
    static constexpr double MinSharpness = 40;

    // frame: the camera frame (8-bit, 3 channels); alignedGrey: the face as
    // FaceAligner put it, in grey.
    static FaceQualityReport assess(cv::Size frame, const DetectedFace &face, const FaceLandmarks &landmarks,
                                    const cv::Mat &alignedGrey);

    // The guidance in the patient's language (ReaderStack::Screen context);
    // empty for Ok.
    static QString text(FaceGuidance guidance);
};

} // namespace ReaderStack
