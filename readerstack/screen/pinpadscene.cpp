// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/screen/pinpadscene.h"

#include "readerstack/screen/screentext.h"

#include <QPainter>

namespace ReaderStack {

namespace {

constexpr int KeyWidth = 128;
constexpr int KeyHeight = 78;
constexpr int KeyGap = 12;
constexpr int KeysLeft = 316;
constexpr int KeysTop = 188;

// Keypad order as on a phone: 1 2 3 / 4 5 6 / 7 8 9 / 訂正 0 確定.
constexpr int Layout[4][3] = {{PinPadScene::Key1, PinPadScene::Key2, PinPadScene::Key3},
                              {PinPadScene::Key4, PinPadScene::Key5, PinPadScene::Key6},
                              {PinPadScene::Key7, PinPadScene::Key8, PinPadScene::Key9},
                              {PinPadScene::KeyClear, PinPadScene::Key0, PinPadScene::KeyConfirm}};

QString keyLabel(int key)
{
    if (key == PinPadScene::KeyClear)
        return screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Clear"));
    if (key == PinPadScene::KeyConfirm)
        return screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "OK"));
    return QString::number(key);
}

} // namespace

PinPadScene::PinPadScene(std::function<void(int)> keyPressed)
    : FlowScene(screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "PIN")), QColor(0x1a, 0x57, 0xa8))
    , m_keyPressed(std::move(keyPressed))
{
}

QRect PinPadScene::keyArea(int key)
{
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < 3; ++column) {
            if (Layout[row][column] == key)
                return QRect(KeysLeft + column * (KeyWidth + KeyGap), KeysTop + row * (KeyHeight + KeyGap), KeyWidth,
                             KeyHeight);
        }
    }
    return {};
}

QRect PinPadScene::setEntered(int count)
{
    m_entered = std::clamp(count, 0, PinLength);
    return privateArea();
}

QRect PinPadScene::setPressedKey(int key)
{
    m_pressed = key;
    return privateArea();
}

QRect PinPadScene::setTriesLeft(int tries)
{
    m_tries = tries;
    return QRect(24, 200, 266, 50);
}

void PinPadScene::press(const QPoint &position)
{
    for (int key = Key0; key <= KeyConfirm; ++key) {
        if (keyArea(key).contains(position) && m_keyPressed)
            m_keyPressed(key);
    }
}

void PinPadScene::paintBody(ScreenCanvas &canvas) const
{
    QPainter &p = canvas.painter();
    paintText(p, QRect(24, 96, 266, 96),
              screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Enter your 4-digit PIN")), 24,
              QColor(0x20, 0x21, 0x24), true, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    paintText(p, QRect(24, 200, 266, 50),
              screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Tries left: %1")).arg(m_tries), 24,
              m_tries <= 1 ? QColor(0xb3, 0x26, 0x1e) : QColor(0x3c, 0x40, 0x43), true,
              Qt::AlignLeft | Qt::AlignTop);
    paintText(p, QRect(740, 96, 260, 200),
              screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen",
                                           "Cover the keypad with your hand so that nobody can see it.")),
              20, QColor(0x5f, 0x63, 0x68), false, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);

    canvas.paintPrivate(privateArea(), [this](QPainter &painter) {
        painter.fillRect(privateArea(), QColor(0xf6, 0xf8, 0xfa));
        for (int i = 0; i < PinLength; ++i) {
            const QRect slot(372 + i * 74, 100, 60, 68);
            painter.setPen(QPen(QColor(0x1a, 0x57, 0xa8), 3));
            painter.setBrush(Qt::white);
            painter.drawRoundedRect(slot, 10, 10);
            if (i < m_entered) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(QColor(0x20, 0x21, 0x24));
                painter.drawEllipse(QRectF(slot).center(), 12, 12);
            }
        }
        for (int key = Key0; key <= KeyConfirm; ++key) {
            const QColor colour = key == KeyConfirm ? QColor(0x13, 0x73, 0x33)
                                  : key == KeyClear ? QColor(0x5f, 0x63, 0x68)
                                                    : QColor(0x1a, 0x57, 0xa8);
            paintButton(painter, keyArea(key), keyLabel(key), colour, key == m_pressed, key > Key9 ? 28 : 40);
        }
    });
}

} // namespace ReaderStack
