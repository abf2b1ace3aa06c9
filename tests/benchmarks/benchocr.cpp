// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

// make bench B=ocr
//
// Card-face OCR on 1,000 generated camera frames (fixed seed, default
// distortions), one thread, one CardFaceReader (its Tesseract engines are
// initialised once, outside the timing). Only read() is timed; generating
// a frame is not. A card counts as read when the field equals the truth; a
// failed reading counts as wrong for every field.

#include "readerstack/ocr/cardfacereader.h"
#include "readerstack/scenario/cardgenerator.h"
#include "tests/support/percentile.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>
#include <vector>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

constexpr quint64 Seed = 20260417;
constexpr int Cards = 1000;

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    // One thread: Tesseract's LSTM (OpenMP) and OpenCV (its thread pool) both
    // read their limits when the libraries load, so the process starts again
    // with the limits in its environment.
    if (qgetenv("OMP_THREAD_LIMIT") != "1" || qgetenv("OPENCV_FOR_THREADS_NUM") != "1") {
        qputenv("OMP_THREAD_LIMIT", "1");
        qputenv("OPENCV_FOR_THREADS_NUM", "1");
        execv("/proc/self/exe", argv);
        perror("benchocr: cannot restart single-threaded");
        return 1;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // A shorter run for profiling only; the reported figure is always the full set.
    const int cards = argc > 1 ? std::max(1, atoi(argv[1])) : Cards;

    Result<std::unique_ptr<CardFaceReader>> reader = CardFaceReader::create();
    if (!reader) {
        fprintf(stderr, "benchocr: %s\n", qPrintable(reader.error().toLogString()));
        return 1;
    }
    const CardGenerator generator(Seed);
    int birth = 0;
    int expiry = 0;
    int code = 0;
    int collation = 0;
    std::vector<double> times; // wall clock, what the patient waits
    std::vector<double> cpuTimes; // this thread's CPU time, for runs on a shared machine
    times.reserve(size_t(cards));
    cpuTimes.reserve(size_t(cards));
    for (int i = 0; i < cards; ++i) {
        const GeneratedCard card = generator.generate(i);
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        Result<CardFaceReading> reading = reader.value()->read(card.frame);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpuTimes.push_back(threadCpuMs() - cpuStart);
        if (!reading) {
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                fprintf(stderr, "card %d failed: %s\n", i, qPrintable(reading.error().detail()));
            continue;
        }
        birth += reading->birth6 == card.truth.birth6;
        expiry += reading->expiry4 == card.truth.expiry4;
        code += reading->code4 == card.truth.code4;
        const bool all = reading->collation.toString() == card.truth.collation;
        collation += all;
        if (!all && qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            fprintf(stderr, "card %d misread: fields %s%s%s\n", i, reading->birth6 == card.truth.birth6 ? "" : "birth ",
                    reading->expiry4 == card.truth.expiry4 ? "" : "expiry ",
                    reading->code4 == card.truth.code4 ? "" : "code");
    }
    const double n = cards;
    printf("cpu p50_ms=%.1f p95_ms=%.1f (thread CPU time; the BENCH line below is wall clock)\n",
           percentile(cpuTimes, 0.5), percentile(cpuTimes, 0.95));
    printf("BENCH ocr cards=%d birth_acc=%.4f expiry_acc=%.4f code_acc=%.4f collation_acc=%.4f p50_ms=%.1f "
           "p95_ms=%.1f\n",
           cards, birth / n, expiry / n, code / n, collation / n, percentile(times, 0.5), percentile(times, 0.95));
    return 0;
}
