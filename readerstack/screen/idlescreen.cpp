// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/screen/idlescreen.h"

#include "readerstack/screen/screentext.h"

#include <QPainter>
#include <QPainterPath>
#include <QRegion>
#include <QStringList>

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

struct Wording
{
    QString headline;
    QString detail;
    QColor accent;
};

Wording wordingFor(const IdleScreenContent &content)
{
    switch (content.state) {
    case ReaderState::Running:
        return {screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please place your My Number card")),
                screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Place the card face up in the tray.")),
                QColor(0x0b, 0x6e, 0x69)};
    case ReaderState::ReceptionClosed:
        return {screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Reception has closed")),
                screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please ask at the reception desk.")),
                QColor(0x5f, 0x63, 0x68)};
    case ReaderState::Updating:
        return {screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Updating")),
                screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Do not switch off the card reader.")),
                QColor(0x1a, 0x57, 0xa8)};
    case ReaderState::Error:
        return {screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "An error has occurred")),
                screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Error code: %1. Please ask at the reception desk."))
                    .arg(content.error.codeString()),
                QColor(0xb3, 0x26, 0x1e)};
    case ReaderState::Stopped:
    case ReaderState::WaitingForConnection:
        break;
    }
    return {screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Waiting for connection")),
            screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please wait a moment.")), QColor(0x5f, 0x63, 0x68)};
}

void paintCard(QPainter &p, const QRectF &card, const QColor &accent)
{
    p.setPen(QPen(accent, 4));
    p.setBrush(Qt::white);
    p.drawRoundedRect(card, 14, 14);
    // Photo box and text lines, as on the front of a card.
    const QRectF photo(card.right() - card.width() * 0.32, card.top() + card.height() * 0.18, card.width() * 0.24,
                       card.height() * 0.58);
    p.setPen(Qt::NoPen);
    p.setBrush(accent.lighter(170));
    p.drawRoundedRect(photo, 6, 6);
    p.setBrush(accent.lighter(150));
    for (int i = 0; i < 4; ++i) {
        const qreal y = card.top() + card.height() * (0.2 + 0.15 * i);
        p.drawRoundedRect(QRectF(card.left() + card.width() * 0.08, y, card.width() * (i == 0 ? 0.3 : 0.48), 10), 4, 4);
    }
}

} // namespace

QRect idlePulseArea(const QRect &area)
{
    return QRect(area.center().x() - 40, area.top() + 326, 81, 48);
}

QRect IdleScene::setPulse(qreal pulse)
{
    m_content.pulse = pulse;
    return idlePulseArea(QRect(0, 0, 1024, 600));
}

void IdleScene::paint(ScreenCanvas &canvas) const
{
    const QRect area = canvas.painter().device() ? QRect(0, 0, canvas.painter().device()->width(),
                                                         canvas.painter().device()->height())
                                                 : QRect();
    paintIdleScreen(canvas.painter(), area, m_content);
}

QImage renderIdleScreen(const IdleScreenContent &content)
{
    // As ReaderScreen renders a new scene: black panel, whole screen painted.
    QImage image(1024, 600, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    painter.setClipRegion(QRegion(image.rect()));
    paintIdleScreen(painter, image.rect(), content);
    return image;
}

void paintIdleScreen(QPainter &p, const QRect &area, const IdleScreenContent &content)
{
    const Wording wording = wordingFor(content);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    p.fillRect(area, QColor(0xf6, 0xf8, 0xfa));

    const QRect header(area.left(), area.top(), area.width(), 76);
    p.fillRect(header, wording.accent);
    p.setPen(Qt::white);
    const QString title = content.message.isEmpty()
        ? screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Health insurance check"))
        : content.message;
    const QStringList lines = title.split(u'\n');
    if (lines.size() == 1) {
        p.setFont(screenFont(30, QFont::Bold));
        p.drawText(header.adjusted(32, 0, -32, 0), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                   p.fontMetrics().elidedText(title, Qt::ElideRight, header.width() - 64));
    } else {
        p.setFont(screenFont(22, QFont::Bold));
        const int lineHeight = (header.height() - 8) / int(lines.size());
        for (int i = 0; i < int(lines.size()); ++i) {
            const QRect line(header.left() + 32, header.top() + 4 + i * lineHeight, header.width() - 64, lineHeight);
            p.drawText(line, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                       p.fontMetrics().elidedText(lines.at(i), Qt::ElideRight, line.width()));
        }
    }

    const QRectF card(area.center().x() - 150, area.top() + 130, 300, 190);
    paintCard(p, card, wording.accent);
    if (content.state == ReaderState::Running) {
        // Arrow into the tray.
        QPainterPath arrow;
        const qreal x = card.center().x();
        const qreal y = card.bottom() + 12 + 10 * content.pulse;
        arrow.moveTo(x - 26, y);
        arrow.lineTo(x + 26, y);
        arrow.lineTo(x, y + 30);
        arrow.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(wording.accent);
        p.drawPath(arrow);
    }

    p.setPen(QColor(0x20, 0x21, 0x24));
    p.setFont(screenFont(44, QFont::Bold));
    const QRect headline(area.left() + 24, area.top() + 372, area.width() - 48, 70);
    p.drawText(headline, Qt::AlignCenter | Qt::TextSingleLine, wording.headline);

    p.setPen(QColor(0x3c, 0x40, 0x43));
    p.setFont(screenFont(26));
    const QRect detail(area.left() + 24, headline.bottom() + 8, area.width() - 48, 44);
    p.drawText(detail, Qt::AlignCenter | Qt::TextSingleLine, wording.detail);

    const QRect footer(area.left(), area.bottom() - 40, area.width(), 41);
    p.fillRect(footer, QColor(0xe8, 0xea, 0xed));
    p.setPen(QColor(0x5f, 0x63, 0x68));
    p.setFont(screenFont(16));
    p.drawText(footer.adjusted(20, 0, -20, 0), Qt::AlignVCenter | Qt::AlignLeft, u"S/N "_s + content.serial);
    p.drawText(footer.adjusted(20, 0, -20, 0), Qt::AlignVCenter | Qt::AlignRight,
               screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Software %1")).arg(content.software));
    p.restore();
}

} // namespace ReaderStack
