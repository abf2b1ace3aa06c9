// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/mirror/mirrorview.h"

#include "app/mirror/mirrorfeed.h"
#include "app/mirror/mirrorhub.h"
#include "devicelink/readerregistry.h"
#include "views/common/stateappearance.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPainter>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

MirrorView::MirrorView(Console::MirrorHub *hub, ReaderRegistry *registry, QString serial, QWidget *parent)
    : QWidget(parent)
    , m_hub(hub)
    , m_registry(registry)
    , m_serial(std::move(serial))
{
    setObjectName(u"mirror-"_s + m_serial);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // The registry changes every second (uptimes): repaint only when this
    // reader's badge would read differently.
    connect(m_registry, &ReaderRegistry::dataChanged, this, [this] {
        if (badgeText() != m_badge)
            update();
    });
    setAccessibleName(tr("Screen of card reader %1").arg(m_serial));
}

MirrorView::~MirrorView()
{
    if (m_feed)
        m_hub->release(m_serial);
}

void MirrorView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_feed)
        return;
    m_feed = m_hub->acquire(m_serial);
    connect(m_feed, &Console::MirrorFeed::frameUpdated, this, &MirrorView::onFrameUpdated);
    update();
}

void MirrorView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!m_feed)
        return;
    disconnect(m_feed, nullptr, this, nullptr);
    m_feed.clear();
    m_hub->release(m_serial);
}

void MirrorView::setOverlayVisible(bool visible)
{
    m_overlay = visible;
    update();
}

bool MirrorView::hasFrame() const
{
    return m_feed && m_feed->hasFrame();
}

QImage MirrorView::frameImage() const
{
    if (!hasFrame())
        return {};
    const PixelView pixels = m_feed->pixels();
    // Wraps the feed's buffer: no copy per paint.
    return QImage(pixels.bits, pixels.width, pixels.height, pixels.bytesPerLine, QImage::Format_RGB32);
}

QImage MirrorView::snapshot() const
{
    return frameImage().copy();
}

Result<void> MirrorView::saveSnapshot(const QString &path) const
{
    const QImage image = snapshot();
    if (image.isNull())
        return Error(ErrorCode::MirrorUnavailable, u"no screen received yet from "_s + m_serial);
    if (!image.save(path, "PNG"))
        return Error(ErrorCode::InvalidArgument, path + u": cannot be written"_s);
    return {};
}

QRect MirrorView::frameRect() const
{
    const QImage image = frameImage();
    const QSize source = image.isNull() ? QSize(1024, 600) : image.size();
    QSize fitted = source.scaled(rect().adjusted(4, 4, -4, -4).size(), Qt::KeepAspectRatio);
    // Never larger than the reader's own pixels: enlarged, the mirror is exact.
    if (fitted.width() > source.width())
        fitted = source;
    QRect target(QPoint(0, 0), fitted);
    target.moveCenter(rect().center());
    return target;
}

void MirrorView::onFrameUpdated(const QRect &changed)
{
    const QImage image = frameImage();
    if (image.isNull())
        return;
    const QRect target = frameRect();
    const qreal sx = qreal(target.width()) / image.width();
    const qreal sy = qreal(target.height()) / image.height();
    const QRect mapped(target.left() + int(changed.left() * sx) - 1, target.top() + int(changed.top() * sy) - 1,
                       int(changed.width() * sx) + 3, int(changed.height() * sy) + 3);
    update(m_overlay ? mapped.united(m_overlayRect) : mapped);
}

QString MirrorView::badgeText() const
{
    const ReaderEntry *entry = m_registry->entry(m_serial);
    return m_serial + u"  "_s + (entry ? ReaderRegistry::stateLabel(*entry) : QString());
}

void MirrorView::paintEvent(QPaintEvent *event)
{
    QElapsedTimer timer;
    timer.start();
    QPainter p(this);
    p.fillRect(event->rect(), QColor(0x20, 0x21, 0x24));
    const QRect target = frameRect();
    const QImage image = frameImage();
    const ReaderEntry *entry = m_registry->entry(m_serial);

    if (image.isNull()) {
        p.fillRect(target, QColor(0x3c, 0x40, 0x43));
        p.setPen(QColor(0xe8, 0xea, 0xed));
        p.drawText(target, Qt::AlignCenter | Qt::TextWordWrap, tr("Waiting for the screen of %1…").arg(m_serial));
    } else {
        p.setRenderHint(QPainter::SmoothPixmapTransform, target.size() != image.size());
        p.drawImage(target, image);
    }

    // State badge: the reader's state in its colour, as in the reader list.
    m_badge = badgeText();
    const QColor colour = stateColor(entry ? entry->state : ReaderState::WaitingForConnection);
    QFont badgeFont = font();
    badgeFont.setBold(true);
    p.setFont(badgeFont);
    QRect badge = p.fontMetrics().boundingRect(m_badge).adjusted(-8, -4, 8, 4);
    badge.moveTopLeft(target.topLeft() + QPoint(6, 6));
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(badge, 6, 6);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, m_badge);

    if (m_overlay && m_feed) {
        const QString stats = tr("%1 fps · %2 ms · paint %3 ms")
                                  .arg(m_feed->framesPerSecond(), 0, 'f', 0)
                                  .arg(m_feed->latencyMs(), 0, 'f', 1)
                                  .arg(m_lastPaintMs, 0, 'f', 1);
        QRect box = p.fontMetrics().boundingRect(stats).adjusted(-8, -4, 8, 4);
        box.moveBottomRight(target.bottomRight() - QPoint(6, 6));
        // Room for longer figures next time.
        m_overlayRect = box.adjusted(-box.width() / 2, -2, 2, 2);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 170));
        p.drawRoundedRect(box, 6, 6);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, stats);
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
    m_lastPaintMs = double(timer.nsecsElapsed()) / 1e6;
}

void MirrorView::mouseDoubleClickEvent(QMouseEvent *event)
{
    Q_EMIT activated(m_serial);
    event->accept();
}

void MirrorView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT activated(m_serial);
        return;
    }
    QWidget::keyPressEvent(event);
}

void MirrorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Screen of card reader %1").arg(m_serial));
    QWidget::changeEvent(event);
}

} // namespace Views
