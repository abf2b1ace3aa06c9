// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QByteArray>
#include <QString>
#include <QTextStream>

// What the vendor's command-line tools share: exit codes, the two streams,
// and key files (one line of Base64: 32 bytes public, 64 bytes secret).
namespace ToolConsole {

inline constexpr int ExitOk = 0;
inline constexpr int ExitFailed = 1;
inline constexpr int ExitUsage = 2;

QTextStream &out();
QTextStream &err();

// The key's bytes; empty, with problem naming the file, when it cannot be
// read or is not Base64 of that size.
QByteArray readKey(const QString &path, qsizetype size, QString *problem);

} // namespace ToolConsole
