// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QtGlobal>

#include <chrono>

namespace DeviceLink {

// Nanoseconds on the system's monotonic clock (CLOCK_MONOTONIC on Linux).
// Every process and thread of one machine reads the same clock, so a render
// time stamped by an emulated or local reader can be compared with the
// console's own reading directly; for a reader on its own hardware the
// console estimates the offset (see MirrorFeed).
inline qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace DeviceLink
