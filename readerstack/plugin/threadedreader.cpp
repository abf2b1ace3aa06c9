// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/plugin/threadedreader.h"

#include "readerstack/host/readerhost.h"

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::Literals::StringLiterals;

Result<std::unique_ptr<ThreadedReader>> ThreadedReader::start(const AttachOptions &options)
{
    std::unique_ptr<ThreadedReader> reader(new ThreadedReader);
    reader->m_thread.setObjectName(QStringLiteral("reader ") + options.serial);
    reader->m_anchor = new QObject;
    reader->m_anchor->moveToThread(&reader->m_thread);
    reader->m_thread.start();

    ReaderHostOptions hostOptions;
    hostOptions.serial = options.serial;
    hostOptions.stateDirectory = options.stateDirectory;
    hostOptions.listenAddress = options.listenAddress;
    hostOptions.listenPort = options.listenPort;
    hostOptions.announceAddress = options.announcePort != 0 ? options.announceAddress : QHostAddress();
    hostOptions.announcePort = options.announcePort;
    hostOptions.demo = options.demo;
    hostOptions.demoPhaseNs = options.demoPhaseNs;
    hostOptions.demoOffsetNs = options.demoOffsetNs;

    std::optional<Error> failure;
    ThreadedReader *raw = reader.get();
    QMetaObject::invokeMethod(
        reader->m_anchor,
        [raw, &hostOptions, &failure] {
            Result<std::unique_ptr<ReaderHost>> host = ReaderHost::start(hostOptions);
            if (!host) {
                failure = host.error();
                return;
            }
            raw->m_host = host.value().release();
            raw->m_certificate = raw->m_host->identity().certificate();
            raw->m_address = raw->m_host->address();
            raw->m_port = raw->m_host->port();
        },
        Qt::BlockingQueuedConnection);
    if (failure) {
        reader->detach();
        return *failure;
    }
    reader->m_serial = options.serial;
    return reader;
}

template<typename Call>
auto ThreadedReader::inReaderThread(Call call) const
{
    decltype(call()) result{};
    QMetaObject::invokeMethod(
        m_anchor, [&result, &call] { result = call(); }, Qt::BlockingQueuedConnection);
    return result;
}

Result<void> ThreadedReader::setFault(EmulatedFault fault, bool active)
{
    if (!m_host)
        return Error(ErrorCode::TrainingUnavailable, m_serial + u": detached"_s);
    const Result<void> set = inReaderThread([this, fault, active] { return m_host->setFault(fault, active); });
    // A new port (PortChanged); 0 while the cable is out keeps the last one.
    if (const quint16 port = inReaderThread([this] { return m_host->port(); }); port != 0)
        m_port = port;
    return set;
}

QList<EmulatedFault> ThreadedReader::faults() const
{
    if (!m_host)
        return {};
    return inReaderThread([this] { return m_host->faults(); });
}

Result<void> ThreadedReader::playTestPatient()
{
    if (!m_host)
        return Error(ErrorCode::TrainingUnavailable, m_serial + u": detached"_s);
    return inReaderThread([this] { return m_host->playTestPatient(); });
}

ThreadedReader::~ThreadedReader()
{
    detach();
}

void ThreadedReader::detach()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_host;
            m_host = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_anchor;
    m_anchor = nullptr;
}

} // namespace ReaderStack
