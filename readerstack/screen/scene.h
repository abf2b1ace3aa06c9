// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QRect>

#include <functional>

class QPainter;

namespace ReaderStack {

// Where a scene is being painted: the reader's own panel, which the patient
// sees, or the copy that leaves the reader for the console's mirror.
enum class PaintTarget { Panel, Mirror };

// What a scene paints with. Private elements (PIN pad, camera preview, chip
// face photo, card images) are drawn through paintPrivate(): on the panel
// they appear; on the mirror the neutral 「保護されています」 block takes
// their place and their drawing code never runs, so not one of their pixels
// can reach the mirror, wherever the element moves or whatever covers it.
class ScreenCanvas
{
public:
    ScreenCanvas(QPainter &painter, PaintTarget target)
        : m_painter(painter)
        , m_target(target)
    {
    }

    QPainter &painter() const { return m_painter; }
    PaintTarget target() const { return m_target; }

    void paintPrivate(const QRect &area, const std::function<void(QPainter &)> &draw);

private:
    QPainter &m_painter;
    PaintTarget m_target;
};

// The neutral block the mirror shows in place of a private element.
void paintProtectedBlock(QPainter &painter, const QRect &area);

// One screen of the reader. A scene holds what it shows, paints all of it on
// request (the painter is clipped to what needs repainting) and tells its
// owner which area changed when its content does.
//
// Thread: the reader's thread.
class Scene
{
public:
    virtual ~Scene();

    virtual void paint(ScreenCanvas &canvas) const = 0;
    // False lets the screen copy the panel to the mirror instead of painting
    // the scene twice.
    virtual bool hasPrivateContent() const { return false; }
    // A touch on the panel, in screen coordinates. The console never sends
    // touches: only the patient's finger reaches here.
    virtual void press(const QPoint &position) { Q_UNUSED(position); }
};

} // namespace ReaderStack
