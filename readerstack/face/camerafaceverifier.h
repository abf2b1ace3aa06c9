// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/face/facequality.h"
#include "readerstack/face/framesource.h"
#include "readerstack/flow/faceverifier.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace ReaderStack {

class FacePipeline;
class LivenessModel;

// The FaceVerifier of a reader with a camera (or a scenario's video): the
// face pipeline on a thread of its own, so the flow's thread keeps drawing
// the screen. Each start() opens a frame source and reads frames until:
//   Match    a frame fit to compare (FaceQuality Ok) scores at the
//            FaceMatcher threshold, the liveness model finds that frame
//            live, and the motion cue has seen the face change shape;
//   NoMatch  maxComparedFrames frames fit to compare and live gave no
//            match, or the chip photo is null or shows no usable face, or
//            the models are missing (the flow then offers the PIN);
//   Timeout  the source ended first (no camera, end of the video).
// The 30 s anti-spoofing limit is the flow's own step timeout, which calls
// cancel(), which waits for the frame in progress (one camera interval and
// one pass of the pipeline). Callbacks run on the thread that created the
// verifier (the flow's) and never after cancel() or a new start(). The
// models load on the first start(), in the worker. Frames, the chip
// photo and embeddings are wiped when done with; nothing is logged but
// error codes.
class CameraFaceVerifier final : public FaceVerifier
{
public:
    struct Options
    {
        QString dataDirectory; // empty: faceDataDirectory()
        // About 3 s of a 30 fps camera, more with the pipeline's 25–35 ms
        // per frame on one core: enough for a blink and a second look.
        int maxComparedFrames = 90;
        // Masked frames compared without a match before the patient is
        // asked to lower the mask.
        int maskedFramesBeforePrompt = 15;
        // Frames after a match without the face moving before the patient
        // is asked to blink (a still patient would otherwise wait for one).
        int stillFramesBeforeBlink = 10;
    };
    using SourceFactory = std::function<std::unique_ptr<FrameSource>()>;

    explicit CameraFaceVerifier(SourceFactory sources);
    CameraFaceVerifier(SourceFactory sources, Options options);
    ~CameraFaceVerifier() override;

    void start(const QImage &reference, std::function<void(const QImage &frame)> frame,
               std::function<void(FaceVerdict)> finished) override;
    void cancel() override;

    // What the patient should do now, whenever it changes; FaceQuality::text
    // gives the words for FaceCaptureScene::setGuidance.
    void setGuidanceHandler(std::function<void(FaceGuidance)> handler) { m_guidance = std::move(handler); }

private:
    struct Run;
    void work(std::shared_ptr<Run> run);

    SourceFactory m_sources;
    Options m_options;
    std::unique_ptr<QObject> m_context; // the flow thread's end of the queued calls
    std::function<void(FaceGuidance)> m_guidance;
    // Loaded on the worker's first run and used by one worker at a time.
    std::unique_ptr<FacePipeline> m_pipeline;
    std::unique_ptr<LivenessModel> m_liveness;
    std::thread m_worker;
    std::shared_ptr<Run> m_run;
    quint64 m_epoch = 0;
};

} // namespace ReaderStack
