// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QList>
#include <QPoint>
#include <QRect>
#include <QSize>

namespace ReaderStack {

// The hidden gesture that opens the admin screen: the screen's corners
// tapped in a set order (the vendor's default: 左上 → 右上 → 左下 → 右下 →
// 左上 → 右上), about one second apart.
//
// Tolerant timing: a tap counts when it comes MinGapMs to MaxGapMs after the
// previous one (0.3 to 2.5 s around the nominal 1 s). A tap outside the
// corners, on the wrong corner, too soon or too late starts over; if that
// tap is on the first corner it begins the next attempt, so nobody has to
// wait before trying again.
class CornerTapSequence
{
public:
    enum class Corner { TopLeft, TopRight, BottomLeft, BottomRight };
    static constexpr int CornerSize = 96;
    static constexpr qint64 MinGapMs = 300;
    static constexpr qint64 MaxGapMs = 2500;

    explicit CornerTapSequence(QSize screen, QList<Corner> order = defaultOrder());

    static QList<Corner> defaultOrder();
    // Where a tap must land for corner (for tests and the admin help).
    QRect cornerArea(Corner corner) const;

    // A tap at position at atMs (any monotonic clock). True when it
    // completes the sequence; the sequence is then ready for the next time.
    bool tap(const QPoint &position, qint64 atMs);
    int progress() const { return m_done; }
    void reset() { m_done = 0; }

private:
    bool cornerAt(const QPoint &position, Corner *corner) const;

    QSize m_screen;
    QList<Corner> m_order;
    int m_done = 0;
    qint64 m_lastMs = 0;
};

} // namespace ReaderStack
