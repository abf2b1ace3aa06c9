// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/screen/flowscene.h"

#include <QImage>

namespace ReaderStack {

// 顔認証: the live camera preview with an oval to put the face in, the
// guidance of the moment (「もう少し近づいてください」) and, optionally, the
// chip's face photo. Preview and photo are private: faces never reach the
// mirror. Without a camera image, a neutral drawing stands in for it.
class FaceCaptureScene : public FlowScene
{
public:
    FaceCaptureScene();

    QRect setPreview(const QImage &frame);
    QRect setReferencePhoto(const QImage &photo);
    QRect setGuidance(const QString &text);
    // Where the stand-in drawing's face is, 0..1 across the preview; used
    // when there is no camera image.
    QRect setStandInPhase(qreal phase);

    bool hasPrivateContent() const override { return true; }

    static QRect previewArea() { return QRect(272, 88, 480, 360); }
    static QRect referenceArea() { return QRect(800, 150, 150, 188); }
    static QRect guidanceArea() { return QRect(24, 456, 976, 96); }

protected:
    void paintBody(ScreenCanvas &canvas) const override;

private:
    QImage m_preview;
    QImage m_reference;
    QString m_guidance;
    qreal m_phase = 0;
};

} // namespace ReaderStack
