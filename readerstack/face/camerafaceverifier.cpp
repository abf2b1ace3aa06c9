// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/face/camerafaceverifier.h"

#include "readerstack/face/facematcher.h"
#include "readerstack/face/facemodel.h"
#include "readerstack/face/facemotioncue.h"
#include "readerstack/face/livenessmodel.h"

#include <QLoggingCategory>

#include <opencv2/imgproc.hpp>

#include <optional>

namespace ReaderStack {

Q_LOGGING_CATEGORY(lcFace, "madoguchi.reader.face")

struct CameraFaceVerifier::Run
{
    quint64 epoch = 0;
    QImage reference;
    std::function<void(const QImage &)> frame;
    std::function<void(FaceVerdict)> finished;
    std::atomic<bool> stop{false};
};

CameraFaceVerifier::CameraFaceVerifier(SourceFactory sources)
    : CameraFaceVerifier(std::move(sources), Options())
{
}

CameraFaceVerifier::CameraFaceVerifier(SourceFactory sources, Options options)
    : m_sources(std::move(sources))
    , m_options(std::move(options))
    , m_context(std::make_unique<QObject>())
{
}

CameraFaceVerifier::~CameraFaceVerifier()
{
    cancel();
}

void CameraFaceVerifier::start(const QImage &reference, std::function<void(const QImage &)> frame,
                               std::function<void(FaceVerdict)> finished)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->epoch = ++m_epoch;
    // A deep copy: the worker wipes it, the caller's image stays.
    run->reference = reference.copy();
    run->frame = std::move(frame);
    run->finished = std::move(finished);
    m_run = run;
    m_worker = std::thread([this, run] { work(run); });
}

void CameraFaceVerifier::cancel()
{
    ++m_epoch;
    if (m_run)
        m_run->stop = true;
    if (m_worker.joinable())
        m_worker.join();
    m_run.reset();
}

void CameraFaceVerifier::work(std::shared_ptr<Run> run)
{
    // Posts to the flow's thread; dropped there once the run is stale.
    auto post = [this, epoch = run->epoch](std::function<void()> call) {
        QMetaObject::invokeMethod(
            m_context.get(),
            [this, epoch, call = std::move(call)] {
                if (epoch == m_epoch)
                    call();
            },
            Qt::QueuedConnection);
    };
    auto finish = [&](FaceVerdict verdict) {
        post([run, verdict] {
            if (run->finished)
                run->finished(verdict);
        });
    };

    if (!m_pipeline || !m_liveness) {
        const QString directory = faceDataDirectory(m_options.dataDirectory);
        DeviceLink::Result<std::unique_ptr<FacePipeline>> pipeline = FacePipeline::load(directory);
        DeviceLink::Result<std::unique_ptr<LivenessModel>> liveness = LivenessModel::load(directory);
        if (!pipeline || !liveness) {
            const DeviceLink::Error &error = pipeline ? liveness.error() : pipeline.error();
            qCWarning(lcFace) << "face models unusable:" << error.codeString() << error.detail();
            finish(FaceVerdict::NoMatch);
            return;
        }
        m_pipeline = std::move(pipeline.value());
        m_liveness = std::move(liveness.value());
    }

    DeviceLink::Result<FaceObservation> reference = run->reference.isNull()
        ? DeviceLink::Result<FaceObservation>(DeviceLink::Error(DeviceLink::ErrorCode::FaceImageUnusable, QString()))
        : m_pipeline->observe(run->reference, FacePipeline::Embeddings::Both);
    run->reference.fill(0);
    if (!reference) {
        qCInfo(lcFace) << "chip photo unusable:" << reference.error().codeString();
        finish(FaceVerdict::NoMatch);
        return;
    }
    FaceMatcher matcher(std::move(reference.value()));
    std::unique_ptr<FrameSource> source = m_sources ? m_sources() : nullptr;
    if (!source) {
        finish(FaceVerdict::Timeout);
        return;
    }

    FaceMotionCue motion;
    int compared = 0;
    int maskedCompared = 0;
    int stillAfterMatch = 0;
    std::optional<FaceGuidance> shown;
    while (!run->stop) {
        cv::Mat frame = source->next();
        if (frame.empty()) {
            finish(FaceVerdict::Timeout);
            return;
        }
        if (run->frame) {
            cv::Mat rgb;
            cv::cvtColor(frame, rgb, cv::COLOR_BGR2RGB);
            const QImage preview =
                QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
            rgb.setTo(0);
            post([run, preview] { run->frame(preview); });
        }
        DeviceLink::Result<FaceObservation> seen = m_pipeline->observe(frame);
        FaceGuidance guidance = seen ? seen->quality.guidance : FaceGuidance::NoFace;
        if (seen) {
            motion.add(seen->landmarks);
            if (guidance == FaceGuidance::Ok) {
                DeviceLink::Result<double> live = m_liveness->liveProbability(frame, seen->face);
                if (live && live.value() >= LivenessModel::MinLiveProbability) {
                    ++compared;
                    matcher.offer(seen.value());
                    if (seen->mask.masked && matcher.decision() == FaceMatcher::Decision::NoMatch
                        && ++maskedCompared >= m_options.maskedFramesBeforePrompt)
                        guidance = FaceGuidance::LowerMask;
                }
            }
            seen->wipe();
        }
        frame.setTo(0);
        // A match may come before the face has moved enough: keep looking.
        if (compared > 0 && matcher.decision() == FaceMatcher::Decision::Match) {
            if (motion.isLive()) {
                finish(FaceVerdict::Match);
                return;
            }
            if (++stillAfterMatch >= m_options.stillFramesBeforeBlink && guidance == FaceGuidance::Ok)
                guidance = FaceGuidance::Blink;
        }
        if (compared >= m_options.maxComparedFrames) {
            finish(FaceVerdict::NoMatch);
            return;
        }
        if (guidance != shown) {
            shown = guidance;
            post([this, guidance] {
                if (m_guidance)
                    m_guidance(guidance);
            });
        }
    }
}

} // namespace ReaderStack
