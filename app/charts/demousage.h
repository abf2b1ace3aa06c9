// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QStringList>

namespace Console {

class LogStore;

// Plausible past days for demonstrations and the documentation's
// screenshots (madoguchi --seed-demo-logs): the patient checks of a clinic's
// opening hours at each reader (face mostly, some PIN, a few failures and
// timeouts, face-to-end times around 2–4 s) and the reader log lines that
// go with them, over the last `days` days up to now. Seeded, so every run
// writes the same records. No personal data, like every record.
// Returns the number of records appended (not yet flushed).
int seedDemoLogs(LogStore &store, const QStringList &serials, int days, qint64 nowUtcMs);

} // namespace Console
