// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/screen/scene.h"

#include "readerstack/screen/screentext.h"

#include <QPainter>
#include <QPainterPath>

namespace ReaderStack {

Scene::~Scene() = default;

void ScreenCanvas::paintPrivate(const QRect &area, const std::function<void(QPainter &)> &draw)
{
    if (m_target == PaintTarget::Mirror) {
        paintProtectedBlock(m_painter, area);
        return;
    }
    m_painter.save();
    draw(m_painter);
    m_painter.restore();
}

void paintProtectedBlock(QPainter &p, const QRect &area)
{
    p.save();
    p.setClipRect(area, Qt::IntersectClip);
    p.fillRect(area, QColor(0xd5, 0xd8, 0xdc));
    p.setRenderHint(QPainter::Antialiasing);
    // A padlock, drawn rather than taken from a font so the block looks the
    // same on every reader.
    const int size = std::clamp(std::min(area.width(), area.height()) / 4, 12, 56);
    const QPointF centre(area.center().x() + 0.5, area.center().y() + 0.5 - size * 0.45);
    p.setPen(QPen(QColor(0x5f, 0x63, 0x68), std::max(2.0, size / 9.0)));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(centre.x() - size * 0.3, centre.y() - size * 0.55, size * 0.6, size * 0.7), 0, 180 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x5f, 0x63, 0x68));
    p.drawRoundedRect(QRectF(centre.x() - size * 0.45, centre.y() - size * 0.2, size * 0.9, size * 0.7), 4, 4);
    p.setPen(QColor(0x3c, 0x40, 0x43));
    p.setFont(screenFont(std::clamp(size / 2, 12, 28), QFont::Bold));
    const QRect text(area.left(), int(centre.y() + size * 0.6), area.width(), size);
    p.drawText(text, Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine,
               screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Protected")));
    p.restore();
}

} // namespace ReaderStack
