// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/training/trainingbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>

namespace Views {

using namespace Qt::StringLiterals;

TrainingBanner::TrainingBanner(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_end(new QPushButton(this))
{
    setObjectName(u"trainingBanner"_s);
    m_text->setObjectName(u"trainingBannerText"_s);
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_end->setObjectName(u"endTraining"_s);

    applyColours(this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_end);

    connect(m_end, &QPushButton::clicked, this, &TrainingBanner::endRequested);
    retranslate();
}

void TrainingBanner::applyColours(QWidget *widget)
{
    // Black on yellow, like a practice sign; no reader state is yellow
    // (views/common/stateappearance.cpp).
    QPalette colours = widget->palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xd5, 0x4f));
    colours.setColor(QPalette::WindowText, QColor(0x20, 0x21, 0x24));
    widget->setPalette(colours);
    widget->setAutoFillBackground(true);
}

void TrainingBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainingBanner::retranslate()
{
    m_text->setText(tr("Training mode — you can cause practice faults. Do not use this console for real reception."));
    m_end->setText(tr("&End training mode"));
}

} // namespace Views
