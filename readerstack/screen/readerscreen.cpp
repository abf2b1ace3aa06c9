// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/screen/readerscreen.h"

#include <QPainter>

namespace ReaderStack {

ReaderScreen::ReaderScreen(QObject *parent)
    : QObject(parent)
    , m_frame(Width, Height, QImage::Format_RGB32)
{
    m_frame.fill(Qt::black);
}

void ReaderScreen::showIdle(const IdleScreenContent &content)
{
    if (m_painted && content == m_content)
        return;
    m_content = content;
    m_painted = true;
    QPainter painter(&m_frame);
    paintIdleScreen(painter, m_frame.rect(), m_content);
    painter.end();
    Q_EMIT frameChanged(QRegion(m_frame.rect()));
}

} // namespace ReaderStack
