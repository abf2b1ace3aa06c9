// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QImage>

#include <functional>

namespace ReaderStack {

enum class FaceVerdict { Match, NoMatch, Timeout };

// Compares the live face in front of the reader with the chip's photo.
//
// start() begins one comparison against reference (the chip photo; null
// when the chip's photo could not be decoded, which a real verifier answers
// with NoMatch). While it runs, frame is called with each camera frame
// for the patient's preview (private: the flow shows it only through
// FaceCaptureScene); finished is called once with the verdict. Both are
// called on the flow's thread and never after cancel() or a new start().
// The verifier keeps neither the reference nor the frames after it
// finished or was cancelled.
class FaceVerifier
{
public:
    virtual ~FaceVerifier() = default;
    virtual void start(const QImage &reference, std::function<void(const QImage &frame)> frame,
                       std::function<void(FaceVerdict)> finished) = 0;
    virtual void cancel() = 0;
};

} // namespace ReaderStack
