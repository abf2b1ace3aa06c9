// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/flow/cardfacesource.h"
#include "readerstack/flow/flowclock.h"

#include <optional>

namespace ReaderStack {

// A CardFaceSource that answers every read() with one prepared reading
// after a delay on the injected clock: what the OCR would have read off
// the card in the tray. For tests and the emulated reader.
class ScriptedCardFaceSource final : public CardFaceSource
{
public:
    explicit ScriptedCardFaceSource(FlowClock &clock);
    ~ScriptedCardFaceSource() override;

    // The next readings give these 14 digits (or this failure) after delayMs.
    void setReading(const CollationNumberB &collation, QDate certificateExpiry = {});
    void setFailure(CardReadFailure failure);
    void setDelay(qint64 ms) { m_delayMs = ms; }

    void read(std::function<void(CardFaceResult)> done) override;
    void cancel() override;

    bool isReading() const { return m_timer.has_value(); }

private:
    FlowClock &m_clock;
    CardReadFailure m_failure = CardReadFailure::Unreadable;
    CollationNumberB m_collation;
    QDate m_certificateExpiry;
    qint64 m_delayMs = 0;
    std::optional<FlowClock::TimerId> m_timer;
};

} // namespace ReaderStack
