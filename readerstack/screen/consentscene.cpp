// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/screen/consentscene.h"

#include "readerstack/screen/screentext.h"

#include <QPainter>

namespace ReaderStack {

ConsentScene::ConsentScene(QString question, QString explanation, std::function<void(bool)> answered)
    : FlowScene(screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Consent to share information")),
                QColor(0x0b, 0x6e, 0x69))
    , m_question(std::move(question))
    , m_explanation(std::move(explanation))
    , m_answered(std::move(answered))
{
}

QRect ConsentScene::buttonArea(bool agree)
{
    return agree ? QRect(172, 392, 320, 130) : QRect(532, 392, 320, 130);
}

QRect ConsentScene::setPressed(std::optional<bool> agree)
{
    m_pressed = agree;
    return buttonArea(true).united(buttonArea(false));
}

void ConsentScene::press(const QPoint &position)
{
    for (bool agree : {true, false}) {
        if (buttonArea(agree).contains(position) && m_answered)
            m_answered(agree);
    }
}

void ConsentScene::paintBody(ScreenCanvas &canvas) const
{
    QPainter &p = canvas.painter();
    paintText(p, QRect(40, 104, 944, 130), m_question, 38, QColor(0x20, 0x21, 0x24), true);
    paintText(p, QRect(80, 240, 864, 130), m_explanation, 24, QColor(0x3c, 0x40, 0x43));
    paintButton(p, buttonArea(true), screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Agree")),
                QColor(0x13, 0x73, 0x33), m_pressed == true, 44);
    paintButton(p, buttonArea(false), screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Do not agree")),
                QColor(0x5f, 0x63, 0x68), m_pressed == false, 44);
}

} // namespace ReaderStack
