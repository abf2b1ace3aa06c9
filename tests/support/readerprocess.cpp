// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "tests/support/readerprocess.h"

#include "tests/support/testenvironment.h"

#include <QDeadlineTimer>

#include <csignal>

namespace TestSupport {

using namespace Qt::StringLiterals;

ReaderProcess::ReaderProcess(QString serial, QString stateDirectory, quint16 listenPort, quint16 announcePort)
    : m_serial(std::move(serial))
    , m_stateDirectory(std::move(stateDirectory))
    , m_listenPort(listenPort)
    , m_announcePort(announcePort)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardError);
}

ReaderProcess::~ReaderProcess()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ReaderProcess::start(const QStringList &extraArguments)
{
    m_stderr.clear();
    QStringList arguments{u"--serial"_s,    m_serial,
                          u"--state-dir"_s, m_stateDirectory,
                          u"--listen"_s,    u"127.0.0.1:"_s + QString::number(m_listenPort)};
    if (m_announcePort != 0)
        arguments << u"--announce"_s << u"127.0.0.1:"_s + QString::number(m_announcePort);
    else
        arguments << u"--no-announce"_s;
    arguments << extraArguments;
    m_process.start(readerBinary(), arguments);
    return m_process.waitForStarted(5000);
}

bool ReaderProcess::waitUntilListening(int timeoutMs)
{
    // The reader logs "listening on" once its server socket is bound: wait
    // for that line (or for the process to die), never for a fixed time.
    QDeadlineTimer deadline(timeoutMs);
    while (!errorOutput().contains(u"listening on"_s)) {
        if (!isRunning() || deadline.hasExpired())
            return false;
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

void ReaderProcess::kill9()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(5000);
}

void ReaderProcess::terminate()
{
    m_process.terminate();
}

bool ReaderProcess::waitForExit(int timeoutMs)
{
    return m_process.waitForFinished(timeoutMs);
}

QString ReaderProcess::errorOutput()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

} // namespace TestSupport
