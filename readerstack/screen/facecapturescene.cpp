// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/screen/facecapturescene.h"

#include "readerstack/screen/screentext.h"

#include <QPainter>

#include <cmath>

namespace ReaderStack {

FaceCaptureScene::FaceCaptureScene()
    : FlowScene(screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Face recognition")), QColor(0x0b, 0x6e, 0x69))
    , m_guidance(screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please look at the camera")))
{
}

QRect FaceCaptureScene::setPreview(const QImage &frame)
{
    m_preview = frame;
    return previewArea();
}

QRect FaceCaptureScene::setReferencePhoto(const QImage &photo)
{
    m_reference = photo;
    return referenceArea();
}

QRect FaceCaptureScene::setGuidance(const QString &text)
{
    m_guidance = text;
    return guidanceArea();
}

QRect FaceCaptureScene::setStandInPhase(qreal phase)
{
    m_phase = phase;
    return previewArea();
}

void FaceCaptureScene::paintBody(ScreenCanvas &canvas) const
{
    QPainter &p = canvas.painter();
    const QRect preview = previewArea();
    canvas.paintPrivate(preview, [this, preview](QPainter &painter) {
        if (!m_preview.isNull()) {
            painter.drawImage(preview, m_preview);
        } else {
            QLinearGradient wall(preview.topLeft(), preview.bottomLeft());
            wall.setColorAt(0, QColor(0x8d, 0x99, 0xa6));
            wall.setColorAt(1, QColor(0x4a, 0x55, 0x60));
            painter.fillRect(preview, wall);
            const QPointF face(preview.center().x() + 40 * std::sin(2 * M_PI * m_phase), preview.center().y() + 10);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x2f, 0x3a, 0x4a));
            painter.drawEllipse(QPointF(face.x(), face.y() + 150), 150, 90);
            painter.setBrush(QColor(0xe0, 0xb8, 0x98));
            painter.drawEllipse(face, 72, 92);
        }
        painter.setPen(QPen(QColor(255, 255, 255, 220), 4, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QPointF(preview.center()), 100, 130);
    });
    if (!m_reference.isNull()) {
        canvas.paintPrivate(referenceArea(), [this](QPainter &painter) {
            painter.drawImage(referenceArea(), m_reference);
        });
        paintText(p, referenceArea().translated(0, referenceArea().height() + 4).adjusted(-20, 0, 20, -130),
                  screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Card photo")), 18, QColor(0x5f, 0x63, 0x68));
    }
    paintText(p, guidanceArea(), m_guidance, 36, QColor(0x20, 0x21, 0x24), true);
}

} // namespace ReaderStack
