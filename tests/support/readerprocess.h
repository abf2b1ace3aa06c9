// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QProcess>
#include <QString>

namespace TestSupport {

// One madoguchi-reader process on loopback, as a real reader would run:
// its own state directory, a fixed TCP port, beacons to the test's console.
class ReaderProcess
{
public:
    ReaderProcess(QString serial, QString stateDirectory, quint16 listenPort, quint16 announcePort);
    ~ReaderProcess();

    // Starts the process; false if it could not be spawned.
    bool start(const QStringList &extraArguments = {});
    // Waits until the reader accepts TCP connections (or the process died).
    bool waitUntilListening(int timeoutMs = 5000);
    void kill9();
    void terminate();
    bool waitForExit(int timeoutMs = 5000);
    int exitCode() const { return m_process.exitCode(); }
    QString errorOutput();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_process.processId(); }

    const QString &serial() const { return m_serial; }
    const QString &stateDirectory() const { return m_stateDirectory; }
    quint16 port() const { return m_listenPort; }

private:
    QString m_serial;
    QString m_stateDirectory;
    quint16 m_listenPort;
    quint16 m_announcePort;
    QProcess m_process;
    QByteArray m_stderr;
};

} // namespace TestSupport
