// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/facematcher.h"

namespace ReaderStack {

FaceMatcher::FaceMatcher(FaceObservation reference)
    : m_reference(std::move(reference))
{
}

FaceMatcher::~FaceMatcher()
{
    m_reference.wipe();
}

double FaceMatcher::score(const FaceObservation &live) const
{
    if (live.mask.masked)
        return live.upper.isEmpty() ? 0 : cosineSimilarity(live.upper, m_reference.upper);
    return cosineSimilarity(live.full, m_reference.full);
}

void FaceMatcher::offer(const FaceObservation &live)
{
    ++m_frames;
    const double s = score(live);
    // Compare against each side's own threshold: a masked frame with a
    // higher raw score may still be the weaker evidence.
    const bool masked = live.mask.masked;
    if (m_frames == 1 || s - thresholdFor(masked) > m_best - thresholdFor(m_bestMasked)) {
        m_best = s;
        m_bestMasked = masked;
    }
}

FaceMatcher::Decision FaceMatcher::decide(double score, bool masked)
{
    return score >= thresholdFor(masked) ? Decision::Match : Decision::NoMatch;
}

} // namespace ReaderStack
