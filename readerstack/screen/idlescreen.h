// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/readerstate.h"
#include "readerstack/screen/scene.h"

#include <QImage>
#include <QRect>
#include <QString>

class QPainter;

namespace ReaderStack {

// What the idle screen shows: the patient prompt while running, and the
// vendor's wording when it is not (接続を待っています while stopped).
struct IdleScreenContent
{
    DeviceLink::ReaderState state = DeviceLink::ReaderState::Stopped;
    DeviceLink::Error error;
    QString message; // the clinic's 画面メッセージ, may be empty
    QString serial;
    QString software;
    // 0..1: where the arrow into the tray is in its gentle bounce while the
    // reader waits for a card; 0 when not animated.
    qreal pulse = 0;

    friend bool operator==(const IdleScreenContent &, const IdleScreenContent &) = default;
};

// Paints the idle screen into area. Pure: same content, same pixels. A
// message of two lines (DeviceLink::checkScreenMessage) is set smaller to
// fit the header.
void paintIdleScreen(QPainter &painter, const QRect &area, const IdleScreenContent &content);
// The whole idle screen as the panel shows it after a full render: the
// preview the console asks for (renderIdlePreview) is this image.
QImage renderIdleScreen(const IdleScreenContent &content);
// What a change of pulse repaints.
QRect idlePulseArea(const QRect &area);

class IdleScene : public Scene
{
public:
    explicit IdleScene(IdleScreenContent content)
        : m_content(std::move(content))
    {
    }
    const IdleScreenContent &content() const { return m_content; }
    // Returns the area to repaint.
    QRect setPulse(qreal pulse);
    void paint(ScreenCanvas &canvas) const override;

private:
    IdleScreenContent m_content;
};

} // namespace ReaderStack
