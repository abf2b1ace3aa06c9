// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

// make bench B=mirror
//
// Eight emulated readers (threads of this process, TLS on loopback, the same
// path as `madoguchi --emulate 8 --demo`) play the demo patient flow at
// 30 fps while the console decodes every reader's mirror.
//
// - latency: the reader's render stamp to the frame decoded in the console's
//   memory, before any painting, both on the one monotonic clock;
// - fps_min: the lowest delivered frame rate of any reader (frames over the
//   time from its first to its last frame in the window), and
//   rendered_fps_min the same for what the readers rendered;
// - cpu_pct_per_stream: process CPU with the eight mirrors subscribed minus
//   the same demo unsubscribed (measured just before), per stream;
// - static_bytes_per_s: what one reader with a still screen sends per second
//   while subscribed;
// - compress_ratio: raw RGB bytes of the tiles sent / bytes sent, and
//   png_full_frame_ratio: our bytes / every frame sent as a full PNG, both
//   over the same replayed demo frames;
// - paint_ms: one full repaint of the 8-reader grid (reported apart).
// Run once with readers staggered by an eighth of a frame (aligned=0), once
// with all rendering at the same instant (aligned=1).

#include "app/emulatedreaders.h"
#include "app/mirror/mirrorfeed.h"
#include "app/mirror/mirrorhub.h"
#include "devicelink/mirrorcodec.h"
#include "devicelink/monotonicclock.h"
#include "devicelink/protocol.h"
#include "devicelink/readerlink.h"
#include "readerstack/scenario/demoplayer.h"
#include "readerstack/screen/readerscreen.h"
#include "tests/support/consolefixture.h"
#include "tests/support/percentile.h"
#include "views/mirror/mirrorgridpage.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace Console;
using namespace DeviceLink;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

constexpr int Readers = 8;
constexpr int MeasureSeconds = 10;

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        runFor(20);
    }
    return true;
}

// Frames the reader rendered and offered to its viewers so far.
qint64 framesPublished(ConsoleFixture &console, const QString &serial)
{
    ReaderLink *link = console.fleet->link(serial);
    Result<QCborMap> reply = waitForReply([link](ReaderLink::ReplyHandler done) {
        link->request(QString(Op::LinkDiagnostics), {}, link, std::move(done));
    });
    return reply ? reply->value(QString(Field::FramesPublished)).toInteger() : 0;
}

struct LiveFigures
{
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double fpsMin = 0;
    double renderedFpsMin = 0;
    double cpuPerStream = 0;
    double paintMs = 0;
    quint64 frames = 0;
};

struct ReplayFigures
{
    double compressRatio = 0;
    double pngRatio = 0;
    double encodeP95Ms = 0;
};

LiveFigures measureLive(ConsoleFixture &console, EmulatedReaders &emulated, bool aligned)
{
    LiveFigures figures;
    emulated.detachAll();
    emulated.setDemo(true, aligned);
    if (!emulated.attach(Readers)) {
        fputs("cannot attach emulated readers\n", stderr);
        return figures;
    }
    const QStringList serials = emulated.serials();
    if (!waitUntil([&] { return std::all_of(serials.begin(), serials.end(),
                                            [&](const QString &s) { return console.isTrusted(s); }); },
                   10000)) {
        fputs("readers did not connect\n", stderr);
        return figures;
    }

    // The same animation with nobody watching: the cost of the readers
    // themselves, to subtract.
    runFor(1000);
    double cpu0 = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    runFor(4000);
    const double idleCpuPerSecond = (processCpuSeconds() - cpu0) / (double(wall.nsecsElapsed()) / 1e9);

    MirrorHub hub(console.fleet.get(), &console.registry);
    std::vector<double> latencies;
    latencies.reserve(size_t(Readers) * MeasureSeconds * 40);
    // Per reader: frames decoded, and the first and last decode time, so that
    // the rate is frames over the span they cover, free of window edges.
    struct Span
    {
        quint64 frames = 0;
        qint64 firstNs = 0;
        qint64 lastNs = 0;
    };
    std::map<QString, Span> framesPerReader;
    bool measuring = false;
    for (const QString &serial : serials) {
        MirrorFeed *feed = hub.acquire(serial);
        QObject::connect(feed, &MirrorFeed::frameDecoded, feed,
                         [&, serial](quint32, qint64 renderNs, qint64 decodedNs) {
                             if (!measuring)
                                 return;
                             latencies.push_back(double(decodedNs - renderNs) / 1e6);
                             Span &span = framesPerReader[serial];
                             if (span.frames++ == 0)
                                 span.firstNs = decodedNs;
                             span.lastNs = decodedNs;
                         });
    }
    runFor(1500);
    std::map<QString, qint64> publishedBefore;
    for (const QString &serial : serials)
        publishedBefore[serial] = framesPublished(console, serial);
    measuring = true;
    cpu0 = processCpuSeconds();
    wall.restart();
    runFor(MeasureSeconds * 1000);
    measuring = false;
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    figures.renderedFpsMin = 1e9;
    for (const QString &serial : serials) {
        figures.renderedFpsMin = std::min(
            figures.renderedFpsMin, double(framesPublished(console, serial) - publishedBefore[serial]) / seconds);
    }
    const double busyCpuPerSecond = (processCpuSeconds() - cpu0) / seconds;

    // A full repaint of the grid, as the console shows it, apart from latency.
    {
        Views::MirrorGridPage page(&hub, &console.registry);
        page.resize(1180, 760);
        page.show();
        runFor(500);
        std::vector<double> paints;
        QImage canvas(page.size(), QImage::Format_RGB32);
        for (int i = 0; i < 60; ++i) {
            QElapsedTimer t;
            t.start();
            page.render(&canvas);
            paints.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        figures.paintMs = percentile(paints, 0.95);
    }

    figures.p50 = percentile(latencies, 0.50);
    figures.p95 = percentile(latencies, 0.95);
    figures.p99 = percentile(latencies, 0.99);
    figures.frames = latencies.size();
    figures.fpsMin = 1e9;
    for (const QString &serial : serials) {
        const Span &span = framesPerReader[serial];
        const double covered = double(span.lastNs - span.firstNs) / 1e9;
        figures.fpsMin = std::min(figures.fpsMin, covered > 0 ? double(span.frames - 1) / covered : 0.0);
    }
    figures.cpuPerStream = std::max(0.0, busyCpuPerSecond - idleCpuPerSecond) * 100.0 / Readers;
    for (const QString &serial : serials)
        hub.release(serial);
    fprintf(stderr, "aligned=%d: %llu frames in %.1f s; cpu %.1f%% unsubscribed, %.1f%% with 8 mirrors\n",
            aligned ? 1 : 0, static_cast<unsigned long long>(figures.frames), seconds, idleCpuPerSecond * 100,
            busyCpuPerSecond * 100);
    emulated.detachAll();
    return figures;
}

double measureStaticBytes(ConsoleFixture &console, EmulatedReaders &emulated)
{
    emulated.detachAll();
    emulated.setDemo(false);
    if (!emulated.attach(Readers))
        return -1;
    const QStringList serials = emulated.serials();
    waitUntil([&] { return std::all_of(serials.begin(), serials.end(),
                                       [&](const QString &s) { return console.isTrusted(s); }); },
              10000);
    MirrorHub hub(console.fleet.get(), &console.registry);
    for (const QString &serial : serials)
        hub.acquire(serial);
    waitUntil([&] { return hub.activeFeeds() == Readers; }, 5000);
    runFor(1500); // keyframes are in
    std::map<QString, quint64> before;
    for (const QString &serial : serials)
        before[serial] = console.fleet->link(serial)->bytesReceived();
    QElapsedTimer wall;
    wall.start();
    runFor(6000);
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    double worst = 0;
    for (const QString &serial : serials) {
        worst = std::max(worst, double(console.fleet->link(serial)->bytesReceived() - before[serial]) / seconds);
        hub.release(serial);
    }
    emulated.detachAll();
    return worst;
}

// The demo loop replayed frame by frame (simulated time), through the same
// encoder, against a PNG of every whole frame.
ReplayFigures measureReplay()
{
    ReaderStack::ReaderScreen screen;
    ReaderStack::DemoPlayer demo(&screen, {}, 0);
    MirrorEncoder encoder;
    std::vector<double> encodeMs;
    quint64 pngBytes = 0;
    QObject::connect(&screen, &ReaderStack::ReaderScreen::frameRendered, &screen,
                     [&](const QList<QRect> &dirty, qint64 ns) {
                         const PixelView view = screen.mirrorFrame();
                         TileMask mask(view.width, view.height);
                         for (const QRect &r : dirty)
                             mask.add(r);
                         QElapsedTimer t;
                         t.start();
                         (void)encoder.encode(view, mask, ns);
                         encodeMs.push_back(double(t.nsecsElapsed()) / 1e6);
                         QBuffer png;
                         png.open(QIODevice::WriteOnly);
                         screen.mirrorImage().save(&png, "PNG");
                         pngBytes += quint64(png.size());
                     });
    for (qint64 t = 0; t < ReaderStack::DemoPlayer::loopNs(); t += ReaderStack::DemoPlayer::FrameNs) {
        demo.showAt(t);
        screen.render();
    }
    ReplayFigures figures;
    figures.compressRatio = double(encoder.rawBytes()) / double(std::max<quint64>(1, encoder.encodedBytes()));
    figures.pngRatio = double(encoder.encodedBytes()) / double(std::max<quint64>(1, pngBytes));
    figures.encodeP95Ms = percentile(encodeMs, 0.95);
    fprintf(stderr, "replay: %zu frames, %llu raw tile bytes, %llu sent, %llu as PNG; encode p95 %.2f ms\n",
            encodeMs.size(), static_cast<unsigned long long>(encoder.rawBytes()),
            static_cast<unsigned long long>(encoder.encodedBytes()), static_cast<unsigned long long>(pngBytes),
            figures.encodeP95Ms);
    return figures;
}

void printLine(bool aligned, const LiveFigures &live, double staticBytes, const ReplayFigures &replay)
{
    printf("BENCH mirror aligned=%d readers=%d p50_ms=%.2f p95_ms=%.2f fps_min=%.1f static_bytes_per_s=%.0f "
           "compress_ratio=%.1f cpu_pct_per_stream=%.2f png_full_frame_ratio=%.4f p99_ms=%.2f paint_ms=%.2f "
           "frames=%llu encode_p95_ms=%.2f rendered_fps_min=%.1f\n",
           aligned ? 1 : 0, Readers, live.p50, live.p95, live.fpsMin, staticBytes, replay.compressRatio,
           live.cpuPerStream, replay.pngRatio, live.p99, live.paintMs, static_cast<unsigned long long>(live.frames),
           replay.encodeP95Ms, live.renderedFpsMin);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"madoguchi.*.info=false"_s);

    const ReplayFigures replay = measureReplay();

    QTemporaryDir dir;
    ConsoleFixture console;
    if (!console.startDiscovery()) {
        fputs("cannot listen for beacons\n", stderr);
        return 1;
    }
    EmulatedReaders emulated(console.fleet.get(), dir.path());
    const double staticBytes = measureStaticBytes(console, emulated);
    const LiveFigures staggered = measureLive(console, emulated, false);
    const LiveFigures aligned = measureLive(console, emulated, true);
    printLine(false, staggered, staticBytes, replay);
    printLine(true, aligned, staticBytes, replay);
    return 0;
}
