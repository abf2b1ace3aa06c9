// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/flow/scriptedfaceverifier.h"

namespace ReaderStack {

ScriptedFaceVerifier::ScriptedFaceVerifier(FlowClock &clock)
    : m_clock(clock)
{
}

ScriptedFaceVerifier::~ScriptedFaceVerifier()
{
    cancel();
}

void ScriptedFaceVerifier::start(const QImage &reference, std::function<void(const QImage &)> frame,
                                 std::function<void(FaceVerdict)> finished)
{
    cancel();
    ++m_starts;
    m_running = true;
    m_lastReferenceNull = reference.isNull();
    const Step step = m_steps.isEmpty() ? Step{FaceVerdict::NoMatch, 0} : m_steps.takeFirst();
    if (frame) {
        QImage standIn(64, 48, QImage::Format_RGB32);
        standIn.fill(QColor(0x80, 0x80, 0x80));
        frame(standIn);
    }
    if (!step.verdict || !m_running)
        return;
    m_timer = m_clock.startTimer(step.delayMs, [this, verdict = *step.verdict, finished = std::move(finished)] {
        m_timer.reset();
        m_running = false;
        if (finished)
            finished(verdict);
    });
}

void ScriptedFaceVerifier::cancel()
{
    if (m_timer)
        m_clock.stopTimer(*m_timer);
    m_timer.reset();
    m_running = false;
}

} // namespace ReaderStack
