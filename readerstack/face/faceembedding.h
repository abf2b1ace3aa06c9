// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <vector>

namespace ReaderStack {

// A face's 512-d embedding, L2-normalised. Biometric data: it never leaves
// the reader and is never logged; wipe() (also run by the destructor)
// overwrites it.
class FaceEmbedding
{
public:
    FaceEmbedding() = default;
    // values are normalised here; an all-zero vector stays empty.
    explicit FaceEmbedding(std::vector<float> values);
    FaceEmbedding(const FaceEmbedding &other) = default;
    FaceEmbedding &operator=(const FaceEmbedding &other);
    FaceEmbedding(FaceEmbedding &&other) noexcept;
    FaceEmbedding &operator=(FaceEmbedding &&other) noexcept;
    ~FaceEmbedding() { wipe(); }

    bool isEmpty() const { return m_values.empty(); }
    const std::vector<float> &values() const { return m_values; }
    void wipe();

private:
    std::vector<float> m_values;
};

// Plain cosine similarity (the dot product of the normalised vectors), −1..1;
// 0 when either is empty or their sizes differ. Not the mean-subtracted score
// of faceplugin's matchFeature(), which subtracts the pair's own mean and so
// pulls every pair towards −1.
double cosineSimilarity(const FaceEmbedding &a, const FaceEmbedding &b);

} // namespace ReaderStack
