// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/screen/flowscene.h"

#include "readerstack/screen/screentext.h"

#include <QPainter>

namespace ReaderStack {

FlowScene::FlowScene(QString title, QColor accent)
    : m_title(std::move(title))
    , m_accent(std::move(accent))
{
}

QRect FlowScene::setTitle(const QString &title)
{
    m_title = title;
    return titleArea();
}

QRect FlowScene::setAccent(const QColor &accent)
{
    m_accent = accent;
    return screenArea();
}

QRect FlowScene::setRemaining(qreal fraction)
{
    m_remaining = fraction < 0 ? -1 : std::min<qreal>(fraction, 1);
    return remainingArea();
}

void FlowScene::paint(ScreenCanvas &canvas) const
{
    QPainter &p = canvas.painter();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(screenArea(), QColor(0xf6, 0xf8, 0xfa));
    p.fillRect(titleArea(), m_accent);
    paintText(p, titleArea().adjusted(32, 0, -32, 0), m_title, 30, Qt::white, true,
              Qt::AlignVCenter | Qt::AlignLeft);

    const QRect bar = remainingArea();
    p.fillRect(bar, QColor(0xe8, 0xea, 0xed));
    if (m_remaining >= 0) {
        const QRect track = bar.adjusted(40, 14, -40, -14);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc4, 0xc7, 0xc5));
        p.drawRoundedRect(track, 6, 6);
        QRectF filled = track;
        filled.setWidth(track.width() * m_remaining);
        p.setBrush(m_remaining < 0.2 ? QColor(0xb3, 0x26, 0x1e) : m_accent);
        p.drawRoundedRect(filled, 6, 6);
    }
    p.restore();

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paintBody(canvas);
    p.restore();
}

void FlowScene::paintButton(QPainter &p, const QRect &area, const QString &label, const QColor &colour, bool pressed,
                            int pixelSize)
{
    p.setPen(QPen(colour.darker(pressed ? 150 : 120), 3));
    p.setBrush(pressed ? colour.darker(125) : colour);
    p.drawRoundedRect(QRectF(area).adjusted(1.5, 1.5, -1.5, -1.5), 18, 18);
    paintText(p, area.adjusted(12, 0, -12, 0), label, pixelSize, Qt::white, true);
}

void FlowScene::paintText(QPainter &p, const QRect &area, const QString &text, int pixelSize, const QColor &colour,
                          bool bold, int flags)
{
    p.setPen(colour);
    p.setFont(screenFont(pixelSize, bold ? QFont::Bold : QFont::Normal));
    p.drawText(area, flags ? flags : int(Qt::AlignCenter | Qt::TextWordWrap), text);
}

} // namespace ReaderStack
