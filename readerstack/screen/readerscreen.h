// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/screen/idlescreen.h"

#include <QImage>
#include <QObject>
#include <QRegion>

namespace ReaderStack {

// The reader's display: one image at the panel's resolution, repainted when
// what it shows changes. Later stages (mirroring) read frame() and the dirty
// regions it reports.
//
// Thread: the reader's thread.
class ReaderScreen : public QObject
{
    Q_OBJECT

public:
    static constexpr int Width = 1024;
    static constexpr int Height = 600;

    explicit ReaderScreen(QObject *parent = nullptr);

    const QImage &frame() const { return m_frame; }
    const IdleScreenContent &content() const { return m_content; }
    void showIdle(const IdleScreenContent &content);

Q_SIGNALS:
    void frameChanged(const QRegion &dirty);

private:
    QImage m_frame;
    IdleScreenContent m_content;
    bool m_painted = false;
};

} // namespace ReaderStack
