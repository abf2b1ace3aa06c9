// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

// make bench B=face
//
// Face verification on pairs built from the packaged photos (see
// facepairs.h) into <build>/face-pairs: FNMR and FMR at the shipped
// thresholds, unmasked and with drawn masks, and the time of one 640×480
// frame through detect → landmarks → align → embed (with the quality and
// mask checks) on one core. Scores are computed once per picture and then
// compared pairwise; the chip side is read back from its JPEG 2000 file.

#include "facepairs.h"
#include "readerstack/face/camerafaceverifier.h"
#include "readerstack/face/facematcher.h"
#include "readerstack/face/facemodel.h"
#include "readerstack/face/facemotioncue.h"
#include "readerstack/face/livenessmodel.h"
#include "tests/support/percentile.h"

#include "readerstack/flow/flowclock.h"
#include "readerstack/flow/patientflow.h"
#include "readerstack/scenario/readerscenario.h"
#include "readerstack/screen/consentscene.h"
#include "readerstack/screen/messagescene.h"
#include "readerstack/screen/methodchoicescene.h"
#include "readerstack/screen/readerscreen.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <unistd.h>

using namespace ReaderStack;
using namespace FaceBench;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

struct Rates
{
    int genuine = 0;
    int impostor = 0;
    int falseNonMatches = 0;
    int falseMatches = 0;
    double fnmr() const { return genuine ? double(falseNonMatches) / genuine : 0; }
    double fmr() const { return impostor ? double(falseMatches) / impostor : 0; }
};

void printDistribution(const char *label, std::vector<double> scores)
{
    if (scores.empty())
        return;
    std::sort(scores.begin(), scores.end());
    printf("%s n=%zu min=%.3f p01=%.3f p50=%.3f p99=%.3f p999=%.3f max=%.3f\n", label, scores.size(), scores.front(),
           percentile(scores, 0.01), percentile(scores, 0.5), percentile(scores, 0.99), percentile(scores, 0.999),
           scores.back());
}

// The lowest threshold at which at most a share fmr of the impostor scores
// reach it.
double thresholdAtFmr(std::vector<double> impostor, double fmr)
{
    if (impostor.empty())
        return 1;
    std::sort(impostor.begin(), impostor.end(), std::greater<>());
    const size_t allowed = size_t(fmr * double(impostor.size()));
    return impostor[std::min(allowed, impostor.size() - 1)] + 1e-6;
}

double fnmrAt(const std::vector<double> &genuine, double threshold)
{
    const auto misses = std::count_if(genuine.begin(), genuine.end(), [&](double s) { return s < threshold; });
    return genuine.empty() ? 0 : double(misses) / double(genuine.size());
}

// The packaged frames of franck.mp4 as a camera delivers them, one after
// the other.
class FramesSource final : public FrameSource
{
public:
    explicit FramesSource(const std::vector<cv::Mat> &frames) : m_frames(frames) {}
    cv::Mat next() override { return m_next < m_frames.size() ? m_frames[m_next++].clone() : cv::Mat(); }

private:
    const std::vector<cv::Mat> &m_frames;
    size_t m_next = 0;
};

} // namespace

namespace {

constexpr int FlowRuns = 10;

// The patient flow of an emulated reader with the real face check on
// franck's camera frames and his chip photo: from the touch on 顔認証 to the
// 資格確認終了 screen rendered, each consent answered as soon as its screen
// has rendered (no think time), one warm-up run for the models first. The
// p50 is the figure: a cooperative patient.
std::vector<double> chooseToDone(const std::vector<cv::Mat> &videoFrames, const QString &out)
{
    QStringList frames;
    QDir().mkpath(out + u"/camera"_s);
    for (size_t i = 0; i < videoFrames.size(); ++i) {
        const QString path = out + u"/camera/%1.jpg"_s.arg(i, 4, 10, QLatin1Char('0'));
        if (!QFile::exists(path))
            cv::imwrite(QFile::encodeName(path).toStdString(), videoFrames[i]);
        frames << path;
    }
    const cv::Mat chip = cv::imread(QFile::encodeName(out + u"/references/franck_01829.jp2"_s).toStdString(),
                                    cv::IMREAD_GRAYSCALE);
    if (frames.isEmpty() || chip.empty()) {
        fprintf(stderr, "benchface: no camera frames or chip photo for the flow\n");
        return {};
    }
    CardHolder holder = ReaderScenario::sampleHolder();
    holder.photo = QImage(chip.data, chip.cols, chip.rows, int(chip.step), QImage::Format_Grayscale8).copy();

    SystemFlowClock clock;
    ReaderScreen screen;
    ReaderScenario scenario(clock);
    scenario.useCamera();
    scenario.setCameraImages(frames);
    PatientFlow flow(screen, scenario.cardFaceSource(), scenario.faceVerifier(), clock);
    QObject::connect(&scenario, &ReaderScenario::cardPlaced, &flow, &PatientFlow::cardPlaced);
    QObject::connect(&scenario, &ReaderScenario::cardRemoved, &flow, &PatientFlow::cardRemoved);

    QEventLoop loop;
    QElapsedTimer sinceChosen;
    const Scene *touched = nullptr;
    bool succeeded = false;
    QObject::connect(&screen, &ReaderScreen::frameRendered, &loop, [&] {
        const Scene *scene = screen.scene();
        switch (flow.state()) {
        case PatientFlow::State::ChoosingMethod:
            if (scene != touched) {
                touched = scene;
                sinceChosen.start();
                screen.press(MethodChoiceScene::buttonArea(VerificationMethod::Face).center());
            }
            break;
        case PatientFlow::State::Consent:
            if (scene != touched) {
                touched = scene;
                screen.press(ConsentScene::buttonArea(true).center());
            }
            break;
        case PatientFlow::State::Finished: {
            const auto *message = dynamic_cast<const MessageScene *>(scene);
            succeeded = message && message->kind() == MessageScene::Kind::Done;
            loop.quit();
            break;
        }
        default:
            break;
        }
    });
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &loop, &QEventLoop::quit);
    std::vector<double> times;
    for (int run = 0; run <= FlowRuns; ++run) {
        touched = nullptr;
        succeeded = false;
        giveUp.start(60'000);
        scenario.placeCard(holder);
        loop.exec();
        const double ms = double(sinceChosen.nsecsElapsed()) / 1e6;
        scenario.removeCard();
        if (!succeeded) {
            fprintf(stderr, "benchface: flow run %d did not end on 資格確認終了 (state %d)\n", run, int(flow.state()));
            return {};
        }
        if (run > 0)
            times.push_back(ms);
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    // One core, as on the reader: OpenCV sizes its pool when it loads.
    if (qgetenv("OPENCV_FOR_THREADS_NUM") != "1") {
        qputenv("OPENCV_FOR_THREADS_NUM", "1");
        execv("/proc/self/exe", argv);
        perror("benchface: cannot restart single-threaded");
        return 1;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    cv::setNumThreads(1);
    const bool verbose = qEnvironmentVariableIsSet("BENCH_VERBOSE");
    const QString data = faceDataDirectory();
    DeviceLink::Result<std::unique_ptr<FacePipeline>> pipeline = FacePipeline::load(data);
    if (!pipeline) {
        fprintf(stderr, "benchface: %s %s\n", qPrintable(pipeline.error().codeString()),
                qPrintable(pipeline.error().detail()));
        return 1;
    }
    const QString out = QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../face-pairs"_s);
    PairSet set;
    QString error;
    if (!set.build(*pipeline.value(), data, out, &error)) {
        fprintf(stderr, "benchface: %s\n", qPrintable(error));
        return 1;
    }

    // Every picture once: probes (plain and masked) and references.
    std::map<QString, FaceObservation> seen;
    int noFace = 0;
    auto observe = [&](const QString &file, FacePipeline::Embeddings embeddings) -> const FaceObservation * {
        auto it = seen.find(file);
        if (it == seen.end()) {
            const cv::Mat image = cv::imread(QFile::encodeName(out + u'/' + file).toStdString(), cv::IMREAD_COLOR);
            DeviceLink::Result<FaceObservation> observation = pipeline.value()->observe(image, embeddings);
            if (!observation) {
                ++noFace;
                if (verbose)
                    fprintf(stderr, "no face: %s\n", qPrintable(file));
                it = seen.emplace(file, FaceObservation()).first;
                it->second.face.score = -1;
            } else {
                it = seen.emplace(file, std::move(observation.value())).first;
            }
        }
        return it->second.face.score < 0 ? nullptr : &it->second;
    };

    Rates plain;
    Rates masked;
    int maskedProbes = 0;
    int maskedProbesSeen = 0;
    int plainProbes = 0;
    int plainProbesMasked = 0;
    std::vector<double> genuineScores, impostorScores, maskedGenuine, maskedImpostor;
    std::vector<double> upperGenuine, upperImpostor;
    std::map<QString, bool> probeCounted;
    for (const FacePair &pair : set.pairs()) {
        Rates &rates = pair.masked ? masked : plain;
        (pair.same ? rates.genuine : rates.impostor) += 1;
        const FaceObservation *reference = observe(pair.reference, FacePipeline::Embeddings::Both);
        const FaceObservation *probe = observe(pair.probe, FacePipeline::Embeddings::Both);
        if (!reference || !probe) {
            rates.falseNonMatches += pair.same;
            continue;
        }
        if (!probeCounted[pair.probe]) {
            probeCounted[pair.probe] = true;
            if (pair.masked) {
                ++maskedProbes;
                maskedProbesSeen += probe->mask.masked;
            } else {
                ++plainProbes;
                plainProbesMasked += probe->mask.masked;
            }
            if (verbose)
                fprintf(stderr, "mask %s masked=%d chroma=%.1f ratio=%.2f\n", qPrintable(pair.probe),
                        probe->mask.masked, probe->mask.chromaDistance, probe->mask.brightnessRatio);
        }
        FaceMatcher matcher(*reference);
        matcher.offer(*probe);
        const bool match = matcher.decision() == FaceMatcher::Decision::Match;
        (pair.same ? rates.falseNonMatches : rates.falseMatches) += pair.same ? !match : match;
        const double full = cosineSimilarity(probe->full, reference->full);
        const double upper = cosineSimilarity(probe->upper, reference->upper);
        if (pair.masked) {
            (pair.same ? maskedGenuine : maskedImpostor).push_back(matcher.bestScore());
        } else {
            (pair.same ? genuineScores : impostorScores).push_back(full);
            (pair.same ? upperGenuine : upperImpostor).push_back(upper);
        }
        if (verbose && pair.same && !match)
            fprintf(stderr, "miss %s %s score=%.3f\n", qPrintable(pair.probe), qPrintable(pair.reference),
                    matcher.bestScore());
        if (verbose && !pair.same && match)
            fprintf(stderr, "false match %s %s score=%.3f\n", qPrintable(pair.probe), qPrintable(pair.reference),
                    matcher.bestScore());
    }

    // One camera frame through the pipeline, one thread.
    std::vector<double> frameMs;
    std::vector<double> sharpness;
    std::vector<double> blurredSharpness;
    std::map<FaceGuidance, int> guidance;
    for (int round = 0; round < 3; ++round) {
        for (const cv::Mat &frame : set.cameraFrames()) {
            QElapsedTimer timer;
            timer.start();
            DeviceLink::Result<FaceObservation> observation = pipeline.value()->observe(frame);
            frameMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (round > 0 || !observation)
                continue;
            ++guidance[observation->quality.guidance];
            sharpness.push_back(observation->quality.sharpness);
            cv::Mat blurred;
            cv::GaussianBlur(frame, blurred, cv::Size(0, 0), 2.0);
            DeviceLink::Result<FaceObservation> soft = pipeline.value()->observe(blurred);
            if (soft)
                blurredSharpness.push_back(soft->quality.sharpness);
        }
    }

    // Liveness: the model on the probes, and the motion cue on 3 s of
    // franck.mp4 against a still photo moved about as a whole.
    DeviceLink::Result<std::unique_ptr<LivenessModel>> liveness = LivenessModel::load(data);
    std::vector<double> livePhotos;
    std::vector<double> liveVideo;
    DeviceLink::Result<std::unique_ptr<FaceDetector>> detector = FaceDetector::load(data);
    auto liveProbabilities = [&](const std::vector<cv::Mat> &frames, std::vector<double> &scores) {
        for (const cv::Mat &frame : frames) {
            DeviceLink::Result<std::vector<DetectedFace>> faces = detector.value()->detect(frame);
            if (faces && !faces->empty()) {
                DeviceLink::Result<double> p = liveness.value()->liveProbability(frame, faces->front());
                if (p)
                    scores.push_back(p.value());
            }
        }
    };
    if (liveness && detector) {
        liveProbabilities(set.cameraFrames(), livePhotos);
        liveProbabilities(set.videoFrames(), liveVideo);
    }
    FaceMotionCue videoCue;
    for (const cv::Mat &frame : set.videoFrames()) {
        DeviceLink::Result<FaceObservation> observation = pipeline.value()->observe(frame);
        if (observation)
            videoCue.add(observation->landmarks);
    }
    FaceMotionCue stillCue;
    if (!set.cameraFrames().empty()) {
        const cv::Mat &still = set.cameraFrames().front();
        for (int i = 0; i < 24; ++i) {
            const cv::Mat m = cv::getRotationMatrix2D(cv::Point2f(320, 240), 3.0 * std::sin(i * 0.7),
                                                      1.0 + 0.05 * std::sin(i * 0.45));
            cv::Mat moved = m.clone();
            moved.at<double>(0, 2) += 12 * std::sin(i * 0.3);
            moved.at<double>(1, 2) += 8 * std::cos(i * 0.5);
            cv::Mat frame;
            cv::warpAffine(still, frame, moved, still.size());
            DeviceLink::Result<FaceObservation> observation = pipeline.value()->observe(frame);
            if (observation)
                stillCue.add(observation->landmarks);
        }
    }

    // The camera verifier from start() to its verdict on franck's video
    // against his chip photo: detection, liveness and the motion cue
    // included, the flow's screens not.
    std::vector<double> verifierMs;
    int verifierMatches = 0;
    const cv::Mat chip = cv::imread(QFile::encodeName(out + u"/references/franck_01829.jp2"_s).toStdString(),
                                    cv::IMREAD_GRAYSCALE);
    const QImage reference(chip.data, chip.cols, chip.rows, int(chip.step), QImage::Format_Grayscale8);
    for (int run = 0; run < 5 && !chip.empty(); ++run) {
        CameraFaceVerifier verifier([&] { return std::make_unique<FramesSource>(set.videoFrames()); });
        std::optional<FaceVerdict> verdict;
        QElapsedTimer timer;
        timer.start();
        verifier.start(reference, nullptr, [&](FaceVerdict v) { verdict = v; });
        while (!verdict)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        verifierMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        verifierMatches += *verdict == FaceVerdict::Match;
    }

    const std::vector<double> flowMs = chooseToDone(set.videoFrames(), out);

    printDistribution("genuine", genuineScores);
    printDistribution("impostor", impostorScores);
    printDistribution("upper_genuine", upperGenuine);
    printDistribution("upper_impostor", upperImpostor);
    printDistribution("masked_genuine", maskedGenuine);
    printDistribution("masked_impostor", maskedImpostor);
    const double t1000 = thresholdAtFmr(impostorScores, 0.001);
    const double u1000 = thresholdAtFmr(upperImpostor, 0.001);
    printf("fmr_0.001_threshold=%.3f fnmr_there=%.4f upper_fmr_0.001_threshold=%.3f upper_fnmr_there=%.4f\n", t1000,
           fnmrAt(genuineScores, t1000), u1000, fnmrAt(upperGenuine, u1000));
    printf("threshold=%.3f masked_threshold=%.3f masked_fmr=%.4f mask_detected=%d/%d false_mask=%d/%d no_face=%d\n",
           FaceMatcher::Threshold, FaceMatcher::MaskedThreshold, masked.fmr(), maskedProbesSeen, maskedProbes,
           plainProbesMasked, plainProbes, noFace);
    printDistribution("sharpness", sharpness);
    printDistribution("sharpness_blur2", blurredSharpness);
    printf("guidance on the camera frames:");
    for (const auto &[g, count] : guidance)
        printf(" %d:%d", int(g), count);
    printf(" (0 Ok, 1 NoFace, 2 MoveCloser, 3 MoveBack, 4 CentreFace, 5 LookStraight, 6 MoreLight, 7 LessLight, "
           "8 HoldStill)\n");
    printDistribution("liveness_photos", livePhotos);
    printDistribution("liveness_video", liveVideo);
    printf("motion video=%.3f (%d frames) still=%.3f (%d frames) min=%.3f\n", videoCue.nonRigidMotion(),
           videoCue.frames(), stillCue.nonRigidMotion(), stillCue.frames(), FaceMotionCue::MinNonRigidMotion);
    printf("frame p50_ms=%.1f (%zu frames)\n", percentile(frameMs, 0.5), frameMs.size());
    printf("verifier matches=%d/%zu start_to_match_p50_ms=%.0f max_ms=%.0f\n", verifierMatches, verifierMs.size(),
           percentile(verifierMs, 0.5), percentile(verifierMs, 1.0));
    printf("pairs list: %s/pairs.tsv, %s/masked-pairs.tsv (madoguchi-reader face-match --pairs)\n", qPrintable(out),
           qPrintable(out));
    if (flowMs.size() != size_t(FlowRuns))
        return 1;
    printf("flow: 顔認証 chosen to 資格確認終了 rendered: min %.0f ms, p50 %.0f ms, max %.0f ms (%d runs)\n",
           percentile(flowMs, 0.0), percentile(flowMs, 0.5), percentile(flowMs, 1.0), FlowRuns);
    printf("BENCH face pairs=%d fnmr=%.4f fmr=%.4f masked_fnmr=%.4f frame_p95_ms=%.1f choose_to_done_ms=%.0f\n",
           plain.genuine + plain.impostor, plain.fnmr(), plain.fmr(), masked.fnmr(), percentile(frameMs, 0.95),
           percentile(flowMs, 0.5));
    for (auto &[file, observation] : seen)
        observation.wipe();
    return 0;
}
