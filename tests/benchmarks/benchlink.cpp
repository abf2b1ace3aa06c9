// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

// make bench B=link
//
// Control round trip over TLS on loopback with 8 reader processes, and the
// time a restarted reader takes to be back in the console's list in its old
// state. The baseline, measured in the same run, is a plain TCP echo between
// two threads of this process (no TLS, no framing, no CBOR).

#include "devicelink/protocol.h"
#include "devicelink/readerlink.h"
#include "tests/support/consolefixture.h"
#include "tests/support/percentile.h"
#include "tests/support/readerprocess.h"
#include "tests/support/testenvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace DeviceLink;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {

constexpr int Readers = 8;
constexpr int RoundTripsPerReader = 500;
constexpr int Restarts = 5;

// Echoes every byte back; lives in its own thread like a reader would.
class EchoServer : public QTcpServer
{
protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->write(socket->readAll()); });
    }
};

std::vector<double> measureBaseline(int count)
{
    QThread thread;
    auto *server = new EchoServer;
    server->listen(QHostAddress::LocalHost, 0);
    const quint16 port = server->serverPort();
    server->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, server, &QObject::deleteLater);
    thread.start();

    QTcpSocket client;
    client.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    client.connectToHost(QHostAddress::LocalHost, port);
    client.waitForConnected(5000);
    std::vector<double> rtts;
    const QByteArray probe(48, 'p');
    for (int i = 0; i < count; ++i) {
        QElapsedTimer t;
        t.start();
        client.write(probe);
        client.flush();
        qint64 got = 0;
        while (got < probe.size() && client.waitForReadyRead(5000))
            got += client.readAll().size();
        rtts.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    client.close();
    thread.quit();
    thread.wait();
    return rtts;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!QFile::exists(readerBinary())) {
        fprintf(stderr, "benchlink: MADOGUCHI_READER_BIN not set or missing\n");
        return 1;
    }
    QLoggingCategory::setFilterRules(u"madoguchi.*.info=false"_s);
    QTemporaryDir dir;
    ConsoleFixture console;
    if (!console.startDiscovery())
        return 1;

    std::vector<std::unique_ptr<ReaderProcess>> readers;
    QStringList serials;
    for (int i = 0; i < Readers; ++i) {
        const QString serial = u"BENCH-%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
        serials << serial;
        readers.push_back(std::make_unique<ReaderProcess>(serial, QDir(dir.path()).filePath(serial), freeTcpPort(),
                                                          console.discoveryPort()));
        readers.back()->start();
    }
    for (const QString &serial : serials) {
        if (!QTest::qWaitFor([&] { return console.fleet->link(serial) && console.fleet->link(serial)->hello(); },
                             10000)
            || !console.registerReader(serial)) {
            fprintf(stderr, "benchlink: %s did not come up\n", qPrintable(serial));
            return 1;
        }
        console.command(serial, ReaderCommand::Start);
    }

    // Round trips: one request in flight per reader, all readers at once, as
    // the console does when it refreshes everything.
    std::vector<double> rtts;
    rtts.reserve(size_t(Readers * RoundTripsPerReader));
    int outstanding = 0;
    QEventLoop loop;
    std::function<void(int, int)> fire = [&](int reader, int remaining) {
        if (remaining == 0) {
            if (--outstanding == 0)
                loop.quit();
            return;
        }
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        console.fleet->link(serials[reader])
            ->request(QString(Op::Status), {}, nullptr, [&, reader, remaining, clock](const Result<QCborMap> &r) {
                if (r)
                    rtts.push_back(double(clock->nsecsElapsed()) / 1e6);
                fire(reader, remaining - 1);
            });
    };
    // Warm-up round first.
    for (int i = 0; i < Readers; ++i) {
        ++outstanding;
        fire(i, 20);
    }
    loop.exec();
    rtts.clear();
    for (int i = 0; i < Readers; ++i) {
        ++outstanding;
        fire(i, RoundTripsPerReader);
    }
    loop.exec();

    const std::vector<double> baseline = measureBaseline(Readers * RoundTripsPerReader);

    // Reconnect: kill -9 a running reader, start it again, and time until
    // the console shows it running again.
    std::vector<double> reconnects;
    ReaderProcess &victim = *readers[3];
    for (int i = 0; i < Restarts; ++i) {
        victim.kill9();
        if (!QTest::qWaitFor([&] { return console.stateOf(victim.serial()) == ReaderState::WaitingForConnection; },
                             5000)) {
            fprintf(stderr, "benchlink: kill not noticed\n");
            return 1;
        }
        QElapsedTimer clock;
        clock.start();
        victim.start();
        if (!QTest::qWaitFor([&] { return console.stateOf(victim.serial()) == ReaderState::Running; }, 10000)) {
            fprintf(stderr, "benchlink: reader did not come back\n");
            return 1;
        }
        reconnects.push_back(double(clock.nsecsElapsed()) / 1e6);
    }

    const double p50 = percentile(rtts, 0.50);
    const double p99 = percentile(rtts, 0.99);
    const double baseP50 = percentile(baseline, 0.50);
    const double baseP99 = percentile(baseline, 0.99);
    printf("round trips: %zu over %d readers; baseline TCP echo: %zu\n", rtts.size(), Readers, baseline.size());
    printf("reconnect after restart (ms): ");
    for (double r : reconnects)
        printf("%.1f ", r);
    printf("\n");
    printf("BENCH link rtt_p50_ms=%.3f rtt_p99_ms=%.3f reconnect_ms=%.0f readers=%d baseline_tcp_p50_ms=%.3f "
           "baseline_tcp_p99_ms=%.3f rtt_p99_ratio=%.2f reconnect_max_ms=%.0f\n",
           p50, p99, percentile(reconnects, 0.5), Readers, baseP50, baseP99, baseP99 > 0 ? p99 / baseP99 : 0.0,
           percentile(reconnects, 1.0));
    return 0;
}
