// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/screen/methodchoicescene.h"

#include "readerstack/screen/screentext.h"

#include <QPainter>

namespace ReaderStack {

MethodChoiceScene::MethodChoiceScene(std::function<void(VerificationMethod)> chosen)
    : FlowScene(screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Identity check")), QColor(0x0b, 0x6e, 0x69))
    , m_chosen(std::move(chosen))
{
}

QRect MethodChoiceScene::buttonArea(VerificationMethod method)
{
    return method == VerificationMethod::Face ? QRect(112, 196, 380, 300) : QRect(532, 196, 380, 300);
}

QRect MethodChoiceScene::setPressed(std::optional<VerificationMethod> method)
{
    m_pressed = method;
    return buttonArea(VerificationMethod::Face).united(buttonArea(VerificationMethod::Pin));
}

void MethodChoiceScene::press(const QPoint &position)
{
    for (VerificationMethod method : {VerificationMethod::Face, VerificationMethod::Pin}) {
        if (buttonArea(method).contains(position) && m_chosen)
            m_chosen(method);
    }
}

void MethodChoiceScene::paintBody(ScreenCanvas &canvas) const
{
    QPainter &p = canvas.painter();
    paintText(p, QRect(24, 100, 976, 70),
              screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please choose how to confirm your identity")), 36,
              QColor(0x20, 0x21, 0x24), true);
    paintButton(p, buttonArea(VerificationMethod::Face),
                screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Face recognition")), QColor(0x0b, 0x6e, 0x69),
                m_pressed == VerificationMethod::Face, 48);
    paintButton(p, buttonArea(VerificationMethod::Pin), screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "PIN")),
                QColor(0x1a, 0x57, 0xa8), m_pressed == VerificationMethod::Pin, 48);
    paintText(p, QRect(24, 506, 976, 44),
              screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen",
                                           "If face recognition does not work, you can always use your PIN.")),
              22, QColor(0x5f, 0x63, 0x68));
}

} // namespace ReaderStack
