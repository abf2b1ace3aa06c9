// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <algorithm>
#include <vector>

namespace TestSupport {

// The value below which a share p (0..1) of the samples lie, nearest rank;
// 0 for no samples. For the benchmarks' p50/p95/p99 figures.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

} // namespace TestSupport
