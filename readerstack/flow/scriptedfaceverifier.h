// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/flow/faceverifier.h"
#include "readerstack/flow/flowclock.h"

#include <QList>

#include <optional>

namespace ReaderStack {

// A FaceVerifier that answers from a script: each start() takes the next
// step, shows one stand-in frame at once and gives the step's verdict after
// its delay on the injected clock. A step without a verdict never answers
// (the flow's own timeout ends it). An empty script answers NoMatch at once.
// For tests and the emulated reader; it never looks at the reference.
class ScriptedFaceVerifier final : public FaceVerifier
{
public:
    struct Step
    {
        std::optional<FaceVerdict> verdict;
        qint64 delayMs = 0;
    };

    explicit ScriptedFaceVerifier(FlowClock &clock);
    ~ScriptedFaceVerifier() override;

    void script(QList<Step> steps) { m_steps = std::move(steps); }
    void append(Step step) { m_steps.append(step); }

    void start(const QImage &reference, std::function<void(const QImage &)> frame,
               std::function<void(FaceVerdict)> finished) override;
    void cancel() override;

    bool isRunning() const { return m_running; }
    int startCount() const { return m_starts; }
    bool lastReferenceWasNull() const { return m_lastReferenceNull; }

private:
    FlowClock &m_clock;
    QList<Step> m_steps;
    std::optional<FlowClock::TimerId> m_timer;
    bool m_running = false;
    bool m_lastReferenceNull = true;
    int m_starts = 0;
};

} // namespace ReaderStack
