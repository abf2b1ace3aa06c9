// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/screen/readerscreen.h"

#include "devicelink/monotonicclock.h"
#include "readerstack/screen/scene.h"

#include <QPainter>

#include <cstring>

namespace ReaderStack {

using namespace DeviceLink;

ReaderScreen::ReaderScreen(QObject *parent)
    : QObject(parent)
    , m_panel(Width, Height, QImage::Format_RGB32)
    , m_mirror(Width, Height, QImage::Format_RGB32)
{
    m_panel.fill(Qt::black);
    m_mirror.fill(Qt::black);
}

ReaderScreen::~ReaderScreen() = default;

PixelView ReaderScreen::mirrorFrame() const
{
    return {m_mirror.constBits(), m_mirror.bytesPerLine(), m_mirror.width(), m_mirror.height()};
}

void ReaderScreen::setScene(std::shared_ptr<Scene> scene)
{
    m_scene = std::move(scene);
    m_idleShown = false;
    invalidate(m_panel.rect());
}

void ReaderScreen::invalidate(const QRect &area)
{
    const QRect clipped = area.intersected(m_panel.rect());
    if (clipped.isEmpty())
        return;
    m_dirty += clipped;
    if (!m_renderQueued) {
        m_renderQueued = true;
        QMetaObject::invokeMethod(this, &ReaderScreen::render, Qt::QueuedConnection);
    }
}

void ReaderScreen::render()
{
    m_renderQueued = false;
    if (m_dirty.isEmpty() || !m_scene || m_frozen)
        return;
    const QRegion dirty = std::exchange(m_dirty, QRegion());
    {
        QPainter painter(&m_panel);
        painter.setClipRegion(dirty);
        ScreenCanvas canvas(painter, PaintTarget::Panel);
        m_scene->paint(canvas);
    }
    if (m_scene->hasPrivateContent()) {
        QPainter painter(&m_mirror);
        painter.setClipRegion(dirty);
        ScreenCanvas canvas(painter, PaintTarget::Mirror);
        m_scene->paint(canvas);
    } else {
        copyToMirror(dirty);
    }
    m_lastRenderNs = monotonicNs();
    ++m_renders;
    Q_EMIT frameRendered(QList<QRect>(dirty.begin(), dirty.end()), m_lastRenderNs);
}

void ReaderScreen::copyToMirror(const QRegion &region)
{
    for (const QRect &rect : region) {
        const size_t bytes = size_t(rect.width()) * 4;
        for (int y = rect.top(); y <= rect.bottom(); ++y)
            std::memcpy(m_mirror.scanLine(y) + rect.left() * 4, m_panel.constScanLine(y) + rect.left() * 4, bytes);
    }
}

void ReaderScreen::showIdle(const IdleScreenContent &content)
{
    if (m_idleShown && content == m_idle)
        return;
    m_idle = content;
    setScene(std::make_shared<IdleScene>(content));
    m_idleShown = true;
    render();
}

void ReaderScreen::setFrozen(bool frozen)
{
    if (m_frozen == frozen)
        return;
    m_frozen = frozen;
    if (!frozen && !m_dirty.isEmpty() && !m_renderQueued) {
        m_renderQueued = true;
        QMetaObject::invokeMethod(this, &ReaderScreen::render, Qt::QueuedConnection);
    }
}

void ReaderScreen::press(const QPoint &position)
{
    if (m_frozen)
        return;
    // The touch belongs to the scene shown when it landed, even if a handler
    // of pressed() or the scene itself replaces it; keep that scene alive.
    const std::shared_ptr<Scene> scene = m_scene;
    Q_EMIT pressed(position);
    if (scene)
        scene->press(position);
}

} // namespace ReaderStack
