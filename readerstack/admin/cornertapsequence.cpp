// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/admin/cornertapsequence.h"

#include <QRect>

namespace ReaderStack {

CornerTapSequence::CornerTapSequence(QSize screen, QList<Corner> order)
    : m_screen(screen)
    , m_order(order.isEmpty() ? defaultOrder() : std::move(order))
{
}

QList<CornerTapSequence::Corner> CornerTapSequence::defaultOrder()
{
    return {Corner::TopLeft,     Corner::TopRight, Corner::BottomLeft,
            Corner::BottomRight, Corner::TopLeft,  Corner::TopRight};
}

QRect CornerTapSequence::cornerArea(Corner corner) const
{
    const int right = m_screen.width() - CornerSize;
    const int bottom = m_screen.height() - CornerSize;
    switch (corner) {
    case Corner::TopLeft:
        return QRect(0, 0, CornerSize, CornerSize);
    case Corner::TopRight:
        return QRect(right, 0, CornerSize, CornerSize);
    case Corner::BottomLeft:
        return QRect(0, bottom, CornerSize, CornerSize);
    case Corner::BottomRight:
        break;
    }
    return QRect(right, bottom, CornerSize, CornerSize);
}

bool CornerTapSequence::cornerAt(const QPoint &position, Corner *corner) const
{
    for (Corner c : {Corner::TopLeft, Corner::TopRight, Corner::BottomLeft, Corner::BottomRight}) {
        if (cornerArea(c).contains(position)) {
            *corner = c;
            return true;
        }
    }
    return false;
}

bool CornerTapSequence::tap(const QPoint &position, qint64 atMs)
{
    Corner corner = Corner::TopLeft;
    const bool onCorner = cornerAt(position, &corner);
    const qint64 gap = atMs - m_lastMs;
    const bool inTime = gap >= MinGapMs && gap <= MaxGapMs;
    m_lastMs = atMs;
    if (m_done > 0 && onCorner && inTime && corner == m_order.at(m_done)) {
        if (++m_done == m_order.size()) {
            m_done = 0;
            return true;
        }
        return false;
    }
    m_done = onCorner && corner == m_order.first() ? 1 : 0;
    if (m_done == m_order.size()) {
        m_done = 0;
        return true;
    }
    return false;
}

} // namespace ReaderStack
