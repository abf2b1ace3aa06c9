// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/faceembedding.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ReaderStack {

namespace {

void overwrite(std::vector<float> &values)
{
    if (values.empty())
        return;
    // volatile so the compiler keeps the stores of a buffer about to go.
    volatile float *p = values.data();
    for (size_t i = 0; i < values.size(); ++i)
        p[i] = 0.0f;
    values.clear();
}

} // namespace

FaceEmbedding::FaceEmbedding(std::vector<float> values)
    : m_values(std::move(values))
{
    double sum = 0;
    for (float v : m_values)
        sum += double(v) * v;
    if (sum <= 0 || !std::isfinite(sum)) {
        overwrite(m_values);
        return;
    }
    const float scale = float(1.0 / std::sqrt(sum));
    for (float &v : m_values)
        v *= scale;
}

FaceEmbedding &FaceEmbedding::operator=(const FaceEmbedding &other)
{
    if (this != &other) {
        overwrite(m_values);
        m_values = other.m_values;
    }
    return *this;
}

FaceEmbedding::FaceEmbedding(FaceEmbedding &&other) noexcept
    : m_values(std::move(other.m_values))
{
    other.m_values.clear();
}

FaceEmbedding &FaceEmbedding::operator=(FaceEmbedding &&other) noexcept
{
    if (this != &other) {
        overwrite(m_values);
        m_values = std::move(other.m_values);
        other.m_values.clear();
    }
    return *this;
}

void FaceEmbedding::wipe()
{
    overwrite(m_values);
}

double cosineSimilarity(const FaceEmbedding &a, const FaceEmbedding &b)
{
    if (a.isEmpty() || a.values().size() != b.values().size())
        return 0;
    double dot = 0;
    for (size_t i = 0; i < a.values().size(); ++i)
        dot += double(a.values()[i]) * b.values()[i];
    return std::clamp(dot, -1.0, 1.0);
}

} // namespace ReaderStack
