// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/screen/scene.h"

#include <QColor>
#include <QString>

namespace ReaderStack {

// The frame every patient-flow screen shares: a title band, the body, and a
// bar along the bottom that shows how much time is left for the step (the
// face step's 30 s, a consent's timeout). Setters return the area their
// change repaints, for ReaderScreen::invalidate().
class FlowScene : public Scene
{
public:
    static constexpr int ScreenWidth = 1024;
    static constexpr int ScreenHeight = 600;

    void paint(ScreenCanvas &canvas) const final;

    QRect setTitle(const QString &title);
    QRect setAccent(const QColor &accent);
    // 0..1 of the step's time left; negative hides the bar.
    QRect setRemaining(qreal fraction);
    qreal remaining() const { return m_remaining; }

    static QRect screenArea() { return QRect(0, 0, ScreenWidth, ScreenHeight); }
    static QRect titleArea() { return QRect(0, 0, ScreenWidth, 76); }
    static QRect bodyArea() { return QRect(0, 76, ScreenWidth, 484); }
    static QRect remainingArea() { return QRect(0, 560, ScreenWidth, 40); }

protected:
    FlowScene(QString title, QColor accent);
    virtual void paintBody(ScreenCanvas &canvas) const = 0;
    QColor accent() const { return m_accent; }

    // Shared drawing for the screens' parts.
    static void paintButton(QPainter &painter, const QRect &area, const QString &label, const QColor &colour,
                            bool pressed, int pixelSize = 40);
    static void paintText(QPainter &painter, const QRect &area, const QString &text, int pixelSize,
                          const QColor &colour, bool bold = false, int flags = 0);

private:
    QString m_title;
    QColor m_accent;
    qreal m_remaining = -1;
};

} // namespace ReaderStack
