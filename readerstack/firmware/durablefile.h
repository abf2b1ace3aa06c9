// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QByteArray>
#include <QString>

class QFileDevice;

namespace ReaderStack {

// Writes that survive a power cut at any moment: the file at path is the old
// contents or the new, never a mix. Temp file in the same folder, fsync,
// rename over the old one, fsync of the folder so the rename itself is on
// disk. False with *problem set when any step fails; the old file is then
// left as it was.
bool writeFileDurably(const QString &path, const QByteArray &contents, QString *problem);
// fsync of an open file's data and of a folder's entries.
bool syncFile(QFileDevice &file);
bool syncDirectory(const QString &path);
// rename(2) over an existing file, then syncDirectory of its folder.
bool replaceFileDurably(const QString &from, const QString &to, QString *problem);

} // namespace ReaderStack
