// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

namespace Console {
class MirrorFeed;
class MirrorHub;
} // namespace Console

namespace DeviceLink {
class ReaderRegistry;
}

namespace Views {

// One reader's screen, live: the exact pixels the reader lets leave it
// (private elements already masked by the reader), scaled to fit with the
// aspect ratio kept, a badge with the reader's state, and on demand an
// overlay with frames per second, latency and paint time. Read-only: no
// input reaches the reader. Subscribes only while visible.
class MirrorView : public QWidget
{
    Q_OBJECT

public:
    MirrorView(Console::MirrorHub *hub, DeviceLink::ReaderRegistry *registry, QString serial,
               QWidget *parent = nullptr);
    ~MirrorView() override;

    QString serial() const { return m_serial; }
    void setOverlayVisible(bool visible);
    bool isOverlayVisible() const { return m_overlay; }
    bool hasFrame() const;
    // A copy of the mirrored screen at its own resolution; null before the
    // first frame.
    QImage snapshot() const;
    DeviceLink::Result<void> saveSnapshot(const QString &path) const;
    double lastPaintMs() const { return m_lastPaintMs; }

    QSize sizeHint() const override { return QSize(512, 300); }
    QSize minimumSizeHint() const override { return QSize(160, 94); }

Q_SIGNALS:
    // Double-click or Enter: the user wants this reader larger.
    void activated(const QString &serial);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRect frameRect() const;
    QImage frameImage() const;
    void onFrameUpdated(const QRect &changed);
    QString badgeText() const;

    Console::MirrorHub *m_hub;
    DeviceLink::ReaderRegistry *m_registry;
    QString m_serial;
    QPointer<Console::MirrorFeed> m_feed;
    bool m_overlay = false;
    double m_lastPaintMs = 0;
    QString m_badge;
    QRect m_overlayRect;
};

} // namespace Views
