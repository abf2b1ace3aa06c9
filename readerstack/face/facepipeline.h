// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/face/faceembedder.h"
#include "readerstack/face/facelandmarker.h"
#include "readerstack/face/facequality.h"
#include "readerstack/face/maskdetector.h"

#include <QImage>

#include <memory>

namespace ReaderStack {

// One face as the pipeline saw it. Biometric data: wipe() (also run by the
// destructor) clears the embeddings; never log it.
struct FaceObservation
{
    DetectedFace face;
    FaceLandmarks landmarks{};
    FaceQualityReport quality;
    MaskReading mask;
    FaceEmbedding full; // the whole aligned face
    FaceEmbedding upper; // the same with the lower face blanked, for masked faces

    void wipe();
};

// detect → landmarks → align → embed, the same for the live frame and the
// chip photo: both go to grey first (the chip photo is grey), so the
// embedding compares shapes, not colour casts. The colour frame is used only
// for the mask check. The largest face is taken: the patient is the one
// nearest the camera. One thread at a time; each instance loads its own
// networks.
class FacePipeline
{
public:
    // Rows of the aligned face from here down are blanked for the upper-face
    // embedding: just above the nose tip (y 72), where masks begin.
    static constexpr int UpperFaceRows = 64;

    static DeviceLink::Result<std::unique_ptr<FacePipeline>> load(const QString &dataDirectory);
    ~FacePipeline();

    // Which embeddings observe() computes. The upper-face one costs a second
    // pass of the embedding net, so live frames get it only when masked; the
    // chip photo always, as the probe may be masked.
    enum class Embeddings { WhenMasked, Both };

    // frame: 8-bit BGR or grey. NoFace when the detector finds none.
    DeviceLink::Result<FaceObservation> observe(const cv::Mat &frame, Embeddings embeddings = Embeddings::WhenMasked);
    DeviceLink::Result<FaceObservation> observe(const QImage &image, Embeddings embeddings = Embeddings::WhenMasked);

    // The aligned grey face with rows UpperFaceRows and below set to the
    // embedding's zero level.
    static cv::Mat blankLowerFace(const cv::Mat &aligned);

    // 8-bit BGR of an image of any format (grey stays grey in three channels).
    static cv::Mat toBgr(const QImage &image);

private:
    FacePipeline(std::unique_ptr<FaceDetector> detector, std::unique_ptr<FaceLandmarker> landmarker,
                 std::unique_ptr<FaceEmbedder> embedder);

    std::unique_ptr<FaceDetector> m_detector;
    std::unique_ptr<FaceLandmarker> m_landmarker;
    std::unique_ptr<FaceEmbedder> m_embedder;
};

} // namespace ReaderStack
