// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

// make bench B=firmware
//
// A 50 MiB update bundle sent to a madoguchi-reader process on loopback
// (BundleUpload: TLS link, hashed chunks, each chunk fsync'd and journalled
// by the reader before it is acknowledged). The baseline, measured in the
// same run, copies the same file over a plain TCP socket between two threads
// of this process into a file that is fsync'd once at the end: what any
// transfer that leaves the bytes on the reader's disk has to do. A copy into
// memory is printed beside it. Then a few of testfirmwarefaults' fault points
// on the same bundle: bricks counts readers that do not end on a good slot.

#include "app/firmware/bundleupload.h"
#include "devicelink/firmware/bundlechunk.h"
#include "devicelink/firmware/sha256.h"
#include "devicelink/protocol.h"
#include "devicelink/readerfleet.h"
#include "tests/support/consolefixture.h"
#include "tests/support/firmwarefaults.h"
#include "tests/support/readerprocess.h"
#include "tests/support/testenvironment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <arpa/inet.h>
#include <cstdio>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace DeviceLink;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = BundleChunkBytes;
constexpr qint64 PayloadBytes = 50 * MiB;
const QString Serial = u"BENCH-FW"_s;
const QString New = u"MADOGUCHI_RDR_9.0.0"_s;

double seconds(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e9;
}

// The plain copy: file -> TCP on 127.0.0.1 -> file (fsync'd once) or memory.
double plainCopySeconds(const QString &source, const QString &target)
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener, 1) != 0 || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        qFatal("benchfirmware: no loopback socket for the baseline");

    QElapsedTimer clock;
    clock.start();
    std::thread receiver([listener, target] {
        const int peer = ::accept(listener, nullptr, nullptr);
        QFile out(target);
        const bool toDisk = !target.isEmpty() && out.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        QByteArray buffer(MiB, Qt::Uninitialized);
        for (;;) {
            const ssize_t got = ::read(peer, buffer.data(), size_t(buffer.size()));
            if (got <= 0)
                break;
            if (toDisk)
                out.write(buffer.constData(), got);
        }
        if (toDisk)
            ::fsync(out.handle());
        ::close(peer);
    });
    const int client = ::socket(AF_INET, SOCK_STREAM, 0);
    if (::connect(client, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        qFatal("benchfirmware: cannot connect to the baseline receiver");
    QFile in(source);
    in.open(QIODevice::ReadOnly);
    QByteArray buffer(MiB, Qt::Uninitialized);
    for (qint64 got; (got = in.read(buffer.data(), buffer.size())) > 0;) {
        for (qint64 sent = 0; sent < got;) {
            const ssize_t n = ::send(client, buffer.constData() + sent, size_t(got - sent), 0);
            if (n <= 0)
                qFatal("benchfirmware: baseline send failed");
            sent += n;
        }
    }
    ::shutdown(client, SHUT_WR);
    receiver.join();
    const double elapsed = seconds(clock);
    ::close(client);
    ::close(listener);
    return elapsed;
}

double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Transfer {
    double transferSeconds = 0;
    double installSeconds = 0;
    double slowestAckGapMs = 0;
    double consoleCpuSeconds = 0;
    bool finished = false;
};

Transfer updateReader(ReaderLink *link, const QString &bundle)
{
    Transfer result;
    Console::BundleUpload upload(link, bundle);
    QElapsedTimer clock;
    QElapsedTimer sinceAck;
    bool stopped = false;
    QObject::connect(&upload, &Console::BundleUpload::progress, &upload, [&](qint64 acknowledged, qint64 size) {
        if (acknowledged > 0)
            result.slowestAckGapMs = std::max(result.slowestAckGapMs, double(sinceAck.nsecsElapsed()) / 1e6);
        sinceAck.start();
        if (acknowledged == size) {
            result.transferSeconds = seconds(clock);
            result.consoleCpuSeconds = processCpuSeconds() - result.consoleCpuSeconds;
        }
    });
    QObject::connect(&upload, &Console::BundleUpload::finished, &upload, [&] {
        result.installSeconds = seconds(clock) - result.transferSeconds;
        result.finished = stopped = true;
    });
    QObject::connect(&upload, &Console::BundleUpload::failed, &upload, [&](const Error &reason) {
        fprintf(stderr, "benchfirmware: %s\n", qPrintable(reason.toLogString()));
        stopped = true;
    });
    QObject::connect(&upload, &Console::BundleUpload::interrupted, &upload, [&] { stopped = true; });
    // A plain event loop, as the console runs: QTest::qWaitFor sleeps 10 ms
    // between its rounds of events, which would pace the chunks.
    QEventLoop loop;
    QObject::connect(&upload, &Console::BundleUpload::finished, &loop, &QEventLoop::quit);
    QObject::connect(&upload, &Console::BundleUpload::failed, &loop, &QEventLoop::quit);
    QObject::connect(&upload, &Console::BundleUpload::interrupted, &loop, &QEventLoop::quit);
    QTimer::singleShot(300000, &loop, [&] {
        fprintf(stderr, "benchfirmware: the update neither finished nor failed in 5 minutes\n");
        loop.quit();
    });
    result.consoleCpuSeconds = processCpuSeconds();
    clock.start();
    upload.start();
    if (!stopped)
        loop.exec();
    return result;
}

// Where the time of our transfer goes, each cost timed here on its own: the
// SHA-256 passes (console: the whole bundle before the first chunk, then each
// chunk as it is encoded; reader: each chunk as it is decoded, the journal
// reuses that digest) and the reader's two fsyncs per chunk before it
// acknowledges. The reader decrypts, hashes and writes in one thread, one
// chunk after the other, so those costs add up per chunk rather than overlap.
void printLimits(const QString &directory, const Transfer &ours, double baseline)
{
    const QByteArray chunk(MiB, 'x');
    const QByteArray hash(32, 'h');
    const qint64 chunks = PayloadBytes / MiB;
    const auto writeChunks = [&](bool syncEach) {
        QFile data(directory + u"/costs.part"_s);
        QFile journal(directory + u"/costs.chunks"_s);
        data.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        journal.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        QElapsedTimer clock;
        clock.start();
        for (qint64 i = 0; i < chunks; ++i) {
            data.write(chunk);
            journal.write(hash);
            if (syncEach) {
                ::fsync(data.handle());
                ::fsync(journal.handle());
            }
        }
        ::fsync(data.handle());
        ::fsync(journal.handle());
        return seconds(clock);
    };
    const double fsyncs = writeChunks(true) - writeChunks(false);
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < chunks; ++i)
        Sha256::hash(chunk);
    const double hashPass = seconds(clock);
    printf("limits: per chunk of 1 MiB %.2f ms; SHA-256 %.0f MB/s here = %.2f ms per chunk and pass; reader "
           "fsyncs %.2f ms per chunk; console CPU %.2f s of %.2f s\n",
           1000 * ours.transferSeconds / double(chunks), double(PayloadBytes) / 1e6 / hashPass,
           1000 * hashPass / double(chunks), 1000 * fsyncs / double(chunks), ours.consoleCpuSeconds,
           ours.transferSeconds);
    printf("limits: one SHA-256 pass over the bundle alone takes %.3f s, %.0f%% of the whole plain copy (%.3f s); "
           "the console makes two, the reader one, plus TLS on both sides and %.3f s of fsyncs\n",
           hashPass, 100 * hashPass / baseline, baseline, fsyncs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!QFile::exists(readerBinary())) {
        fprintf(stderr, "benchfirmware: MADOGUCHI_READER_BIN not set or missing\n");
        return 1;
    }
    QLoggingCategory::setFilterRules(u"madoguchi.*.info=false"_s);
    QTemporaryDir dir;
    const QString bundle = dir.filePath(u"update.mdgb"_s);
    writeDevelopmentBundle(bundle, New, PayloadBytes);
    const qint64 bundleBytes = QFile(bundle).size();

    const QString state = dir.filePath(u"reader"_s);
    const quint16 port = freeTcpPort();
    ReaderProcess reader(Serial, state, port, 0);
    ConsoleFixture console;
    if (!reader.start() || !reader.waitUntilListening(10000)) {
        fprintf(stderr, "benchfirmware: reader did not start\n");
        return 1;
    }
    console.fleet->connectTo(u"127.0.0.1"_s, port);
    if (!QTest::qWaitFor([&] { return console.registry.entry(Serial) != nullptr; }, 10000)
        || !console.registerReader(Serial) || !QTest::qWaitFor([&] { return console.isTrusted(Serial); }, 10000)) {
        fprintf(stderr, "benchfirmware: reader not trusted\n");
        return 1;
    }

    // The baseline on both sides of our run: the faster one counts.
    const QString copy = dir.filePath(u"copy.bin"_s);
    double baseline = plainCopySeconds(bundle, copy);
    const Transfer ours = updateReader(console.fleet->link(Serial), bundle);
    if (!ours.finished) {
        fprintf(stderr, "benchfirmware: the update did not finish\n");
        return 1;
    }
    baseline = std::min(baseline, plainCopySeconds(bundle, copy));
    const double memoryCopy = plainCopySeconds(bundle, {});
    reader.terminate();
    reader.waitForExit();

    const double mb = double(bundleBytes) / 1e6;
    const double ratio = baseline / ours.transferSeconds;
    printf("bundle %.1f MB: transfer %.3f s (%.0f MB/s), slowest ack gap %.1f ms, install %.3f s\n", mb,
           ours.transferSeconds, mb / ours.transferSeconds, ours.slowestAckGapMs, ours.installSeconds);
    printf("plain TCP copy to a file, fsync'd once: %.3f s (%.0f MB/s); to memory: %.3f s (%.0f MB/s, ratio %.2f)\n",
           baseline, mb / baseline, memoryCopy, mb / memoryCopy, memoryCopy / ours.transferSeconds);
    if (ratio < 0.8)
        printLimits(dir.path(), ours, baseline);

    const QList<FirmwareFaultPoint> points {
        { u"reader killed after 10 MiB"_s, FirmwareFault::KillReaderAfter, 10 * MiB },
        { u"link cut after 25 MiB"_s, FirmwareFault::CutLinkAfter, 25 * MiB },
        { u"console gone after 40 MiB"_s, FirmwareFault::DropConsoleAfter, 40 * MiB },
        { u"reader killed in finish, 20 ms"_s, FirmwareFault::KillReaderInFinish, 20 },
        { u"first boot killed at 50 ms"_s, FirmwareFault::KillReaderInFirstBoot, 50 },
    };
    int bricks = 0;
    for (const FirmwareFaultPoint &point : points) {
        const FirmwareFaultOutcome outcome = runFirmwareFault(point, Serial, bundle, New);
        bricks += outcome.brick ? 1 : 0;
        printf("fault: %-32s %s: %s\n", qPrintable(point.name), outcome.brick ? "BRICK" : "ok",
               qPrintable(outcome.description));
    }
    printf("BENCH firmware bundle_mb=%.0f throughput_ratio=%.2f faults=%lld bricks=%d\n", double(PayloadBytes) / MiB,
           ratio, qint64(points.size()), bricks);
    return bricks == 0 ? 0 : 1;
}
