// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/firmware/durablefile.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace ReaderStack {

using namespace Qt::StringLiterals;

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

bool syncFile(QFileDevice &file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}

bool syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

bool replaceFileDurably(const QString &from, const QString &to, QString *problem)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        *problem = to + u": rename: "_s + systemError();
        return false;
    }
    if (!syncDirectory(QFileInfo(to).absolutePath())) {
        *problem = QFileInfo(to).absolutePath() + u": fsync: "_s + systemError();
        return false;
    }
    return true;
}

bool writeFileDurably(const QString &path, const QByteArray &contents, QString *problem)
{
    const QString temporary = path + u".tmp"_s;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *problem = temporary + u": "_s + file.errorString();
        return false;
    }
    if (file.write(contents) != contents.size() || !syncFile(file)) {
        *problem = temporary + u": "_s + file.errorString();
        file.close();
        file.remove();
        return false;
    }
    file.close();
    if (!replaceFileDurably(temporary, path, problem)) {
        QFile::remove(temporary);
        return false;
    }
    return true;
}

} // namespace ReaderStack
