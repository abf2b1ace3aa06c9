// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/mirrorsource.h"
#include "readerstack/screen/idlescreen.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QRegion>

#include <memory>

namespace ReaderStack {

class Scene;

// The reader's display: the panel the patient sees and the mirror copy that
// may leave the reader, both at the panel's resolution. A scene is repainted
// only where it was invalidated; several invalidations before the next turn
// of the event loop make one render. Every render is stamped on the
// monotonic clock and reported with its dirty rectangles, which is what the
// screen mirror encodes.
//
// Thread: the reader's thread.
class ReaderScreen : public QObject, public DeviceLink::MirrorSource
{
    Q_OBJECT

public:
    static constexpr int Width = 1024;
    static constexpr int Height = 600;

    explicit ReaderScreen(QObject *parent = nullptr);
    ~ReaderScreen() override;

    const QImage &frame() const { return m_panel; }
    const QImage &mirrorImage() const { return m_mirror; }
    DeviceLink::PixelView mirrorFrame() const override;

    Scene *scene() const { return m_scene.get(); }
    // Shows scene, repainting the whole screen.
    void setScene(std::shared_ptr<Scene> scene);
    void invalidate(const QRect &area);
    // Paints what was invalidated, now. Does nothing when nothing was.
    void render();

    // The idle screen; rendered at once, and only if it differs from what
    // is shown.
    void showIdle(const IdleScreenContent &content);
    const IdleScreenContent &idleContent() const { return m_idle; }

    // A touch on the panel (the reader's touch screen, or a test).
    void press(const QPoint &position);

    // A frozen screen (the training mode's static-electricity fault) keeps
    // its last picture and ignores touches; what changes meanwhile is drawn
    // when it thaws.
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }

    qint64 lastRenderNs() const { return m_lastRenderNs; }
    quint64 renderCount() const { return m_renders; }

Q_SIGNALS:
    void frameRendered(const QList<QRect> &dirty, qint64 renderTimeNs);
    // Every touch, before the scene gets it (the admin screen's corner taps).
    void pressed(const QPoint &position);

private:
    void copyToMirror(const QRegion &region);

    QImage m_panel;
    QImage m_mirror;
    std::shared_ptr<Scene> m_scene;
    QRegion m_dirty;
    bool m_renderQueued = false;
    bool m_idleShown = false;
    bool m_frozen = false;
    IdleScreenContent m_idle;
    qint64 m_lastRenderNs = 0;
    quint64 m_renders = 0;
};

} // namespace ReaderStack
