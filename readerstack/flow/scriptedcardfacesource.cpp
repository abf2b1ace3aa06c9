// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/flow/scriptedcardfacesource.h"

namespace ReaderStack {

ScriptedCardFaceSource::ScriptedCardFaceSource(FlowClock &clock)
    : m_clock(clock)
{
}

ScriptedCardFaceSource::~ScriptedCardFaceSource()
{
    cancel();
}

void ScriptedCardFaceSource::setReading(const CollationNumberB &collation, QDate certificateExpiry)
{
    m_failure = CardReadFailure::None;
    m_collation = collation;
    m_certificateExpiry = certificateExpiry;
}

void ScriptedCardFaceSource::setFailure(CardReadFailure failure)
{
    m_failure = failure;
    m_collation.wipe();
    m_certificateExpiry = {};
}

void ScriptedCardFaceSource::read(std::function<void(CardFaceResult)> done)
{
    cancel();
    m_timer = m_clock.startTimer(m_delayMs, [this, done = std::move(done)] {
        m_timer.reset();
        CardFaceResult result;
        result.failure = m_failure;
        if (m_failure == CardReadFailure::None) {
            result.collation = m_collation;
            result.certificateExpiry = m_certificateExpiry;
        }
        if (done)
            done(std::move(result));
    });
}

void ScriptedCardFaceSource::cancel()
{
    if (m_timer)
        m_clock.stopTimer(*m_timer);
    m_timer.reset();
}

} // namespace ReaderStack
