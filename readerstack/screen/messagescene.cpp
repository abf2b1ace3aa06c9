// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/screen/messagescene.h"

#include "readerstack/screen/screentext.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ReaderStack {

using namespace Qt::StringLiterals;

namespace {

QColor accentFor(MessageScene::Kind kind)
{
    switch (kind) {
    case MessageScene::Kind::Done:
        return QColor(0x13, 0x73, 0x33);
    case MessageScene::Kind::Error:
        return QColor(0xb3, 0x26, 0x1e);
    case MessageScene::Kind::Notice:
        return QColor(0x9a, 0x5b, 0x00);
    case MessageScene::Kind::Busy:
        break;
    }
    return QColor(0x0b, 0x6e, 0x69);
}

} // namespace

MessageScene::MessageScene(Kind kind, QString title, QString headline, QString detail, QString code)
    : FlowScene(std::move(title), accentFor(kind))
    , m_kind(kind)
    , m_headline(std::move(headline))
    , m_detail(std::move(detail))
    , m_code(std::move(code))
{
}

QRect MessageScene::setSpinnerPhase(qreal phase)
{
    m_phase = phase - std::floor(phase);
    return spinnerArea();
}

void MessageScene::paintBody(ScreenCanvas &canvas) const
{
    QPainter &p = canvas.painter();
    const QRect icon = spinnerArea();
    const QPointF c = QRectF(icon).center();
    switch (m_kind) {
    case Kind::Busy: {
        constexpr int dots = 12;
        p.setPen(Qt::NoPen);
        for (int i = 0; i < dots; ++i) {
            const qreal angle = 2 * M_PI * (qreal(i) / dots + m_phase);
            const qreal fade = qreal((i + dots) % dots) / dots;
            QColor colour = accent();
            colour.setAlphaF(0.15 + 0.85 * fade);
            p.setBrush(colour);
            p.drawEllipse(QPointF(c.x() + 44 * std::cos(angle), c.y() + 44 * std::sin(angle)), 9, 9);
        }
        break;
    }
    case Kind::Done: {
        p.setPen(Qt::NoPen);
        p.setBrush(accent());
        p.drawEllipse(c, 56, 56);
        QPainterPath tick;
        tick.moveTo(c.x() - 26, c.y() + 2);
        tick.lineTo(c.x() - 6, c.y() + 22);
        tick.lineTo(c.x() + 28, c.y() - 20);
        p.setPen(QPen(Qt::white, 12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case Kind::Notice:
    case Kind::Error: {
        p.setPen(Qt::NoPen);
        p.setBrush(accent());
        p.drawEllipse(c, 56, 56);
        paintText(p, icon, u"!"_s, 80, Qt::white, true);
        break;
    }
    }

    paintText(p, QRect(24, 256, 976, 70), m_headline, 44, QColor(0x20, 0x21, 0x24), true);
    paintText(p, QRect(64, 330, 896, 110), m_detail, 26, QColor(0x3c, 0x40, 0x43));
    if (!m_code.isEmpty()) {
        const QRect box(362, 452, 300, 84);
        p.setPen(QPen(accent(), 3));
        p.setBrush(Qt::white);
        p.drawRoundedRect(box, 12, 12);
        paintText(p, box, screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Error code %1")).arg(m_code), 34,
                  accent(), true);
    }
}

} // namespace ReaderStack
