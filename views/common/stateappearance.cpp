// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/common/stateappearance.h"

#include "devicelink/readerregistry.h"

#include <QPainter>
#include <QPixmap>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

QColor stateColor(ReaderState state)
{
    switch (state) {
    case ReaderState::Running:
        return QColor(0x1e, 0x8e, 0x3e);
    case ReaderState::Stopped:
        return QColor(0x5f, 0x63, 0x68);
    case ReaderState::WaitingForConnection:
        return QColor(0xe3, 0x74, 0x00);
    case ReaderState::ReceptionClosed:
        return QColor(0x1a, 0x73, 0xe8);
    case ReaderState::Updating:
        return QColor(0x81, 0x3e, 0xb8);
    case ReaderState::Error:
        return QColor(0xd9, 0x30, 0x25);
    }
    return Qt::gray;
}

QIcon stateIcon(ReaderState state, bool registered)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor color = stateColor(state);
        const qreal inset = size * 0.12;
        const QRectF circle(inset, inset, size - 2 * inset, size - 2 * inset);
        if (registered) {
            p.setPen(QPen(color.darker(130), qMax(1.0, size / 16.0)));
            p.setBrush(color);
        } else {
            p.setPen(QPen(color, qMax(1.5, size / 10.0)));
            p.setBrush(Qt::NoBrush);
        }
        p.drawEllipse(circle);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon entryIcon(const ReaderEntry &entry)
{
    return stateIcon(entry.registered ? entry.state : ReaderState::Stopped, entry.registered);
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x0b, 0x6e, 0x69));
        p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2);
        QFont font;
        font.setFamilies({u"Noto Sans CJK JP"_s, u"IPAexGothic"_s});
        font.setPixelSize(int(size * 0.68));
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, u"窓"_s);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Views
