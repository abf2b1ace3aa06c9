// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/face/facepipeline.h"

namespace ReaderStack {

// Is the face in front of the camera the chip photo's? The chip photo's
// embeddings are kept; each live observation is scored against them (the
// upper-face embeddings when the live face is masked) and the best score
// over the frames decides: one good frame is enough, a blink or a turn in
// the others does not count against the patient.
//
// Thresholds are cosine similarities of fr_feature.onnx embeddings, set
// from the impostor side only (a false match is the error that matters at
// a gate) and never moved to fit the genuine pairs. Threshold: the score
// the impostor pairs of `make bench B=face` exceed at a false-match rate of
// 1/1000 is 0.42; 0.50 adds a margin for faces unlike ours (3,173 impostor
// pairs put that point on a handful of scores). MaskedThreshold: the same
// point for the upper-face embedding is 0.59, rounded up to 0.60; it holds
// fewer genuine pairs, and the screen then asks to lower the mask.
class FaceMatcher
{
public:
    static constexpr double Threshold = 0.50;
    static constexpr double MaskedThreshold = 0.60;

    enum class Decision { Match, NoMatch };

    explicit FaceMatcher(FaceObservation reference);
    ~FaceMatcher();

    // The score of one live observation: full or upper face as its mask
    // reading says. 0 when an embedding is missing.
    double score(const FaceObservation &live) const;
    // Scores the observation and keeps the best so far.
    void offer(const FaceObservation &live);

    int frames() const { return m_frames; }
    double bestScore() const { return m_best; }
    // Whether the best-scoring frame was masked.
    bool bestWasMasked() const { return m_bestMasked; }
    Decision decision() const { return decide(m_best, m_bestMasked); }

    static Decision decide(double score, bool masked);
    static double thresholdFor(bool masked) { return masked ? MaskedThreshold : Threshold; }

private:
    FaceObservation m_reference;
    double m_best = -1;
    bool m_bestMasked = false;
    int m_frames = 0;
};

} // namespace ReaderStack
