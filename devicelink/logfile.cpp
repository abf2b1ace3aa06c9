// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cstdio>

namespace DeviceLink {

using namespace Qt::StringLiterals;

namespace {

struct LogFileState
{
    QMutex mutex;
    QFile file;
    qint64 maxBytes = 0;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogFileState &state()
{
    static LogFileState s;
    return s;
}

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'E';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

void rotateLocked(LogFileState &s)
{
    const QString path = s.file.fileName();
    s.file.close();
    QFile::remove(path + u".1"_s);
    QFile::rename(path, path + u".1"_s);
    s.file.setFileName(path);
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogFileState &s = state();
    const QByteArray line = QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' '
        + levelLetter(type) + ' ' + QByteArray(context.category ? context.category : "default") + ' '
        + message.toUtf8() + '\n';
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            if (s.file.size() + line.size() > s.maxBytes)
                rotateLocked(s);
            s.file.write(line);
            s.file.flush();
        }
    }
    fwrite(line.constData(), 1, size_t(line.size()), stderr);
    if (type == QtFatalMsg)
        abort();
}

} // namespace

Result<void> installLogFile(const QString &path, qint64 maxBytes)
{
    LogFileState &s = state();
    QMutexLocker lock(&s.mutex);
    QDir().mkpath(QFileInfo(path).absolutePath());
    s.file.close();
    s.file.setFileName(path);
    if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return Error(ErrorCode::StateDirectoryUnusable, path + u": "_s + s.file.errorString());
    s.maxBytes = maxBytes;
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return {};
}

void uninstallLogFile()
{
    LogFileState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
    }
    s.file.close();
}

} // namespace DeviceLink
