// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/screen/idlescreen.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace ReaderStack {

class ReaderScreen;

// Plays a scripted patient flow on a reader's screen in a loop, animated at
// 30 frames a second: idle → card read → 顔認証 → consent → done → idle →
// card read → 暗証番号 → consent → done. It lets the console's mirror grid be
// seen moving without hardware (`madoguchi --emulate 8 --demo`) and drives
// the mirror benchmark. What is on screen is a function of the time since
// the loop began, so a replay at simulated times shows the same frames.
//
// Frames are rendered on the monotonic clock's grid of 1/30 s shifted by
// phaseNs: readers with the same phase render at the same instant, readers
// with different phases are staggered like independent devices.
//
// Thread: the screen's thread.
class DemoPlayer : public QObject
{
    Q_OBJECT

public:
    static constexpr int FramesPerSecond = 30;
    static constexpr qint64 FrameNs = 1'000'000'000 / FramesPerSecond;

    // idle: what the idle steps show (serial, software, the clinic's message).
    DemoPlayer(ReaderScreen *screen, IdleScreenContent idle, qint64 phaseNs, QObject *parent = nullptr);
    ~DemoPlayer() override;

    // offsetNs: how far into the loop to begin.
    void start(qint64 offsetNs = 0);
    void stop();
    bool isRunning() const { return m_running; }

    // Puts the screen in the state of loop time tNs (nanoseconds since the
    // loop began) and invalidates what changed; the caller renders.
    void showAt(qint64 tNs);
    static qint64 loopNs();

private:
    void tick();
    void scheduleNext();

    ReaderScreen *m_screen;
    IdleScreenContent m_idle;
    qint64 m_phaseNs;
    qint64 m_startNs = 0;
    QTimer m_timer;
    bool m_running = false;
    int m_step = -1;
    std::shared_ptr<Scene> m_scene;
};

} // namespace ReaderStack
