// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"

#include <QString>

namespace DeviceLink {

// Sends qDebug/qInfo/qWarning output of the whole process to a text file as
// well as to stderr: "2026-11-24T09:00:00.123+09:00 W madoguchi.link message".
// The file is reopened in append mode; when it passes maxBytes it is renamed
// to <path>.1 and a new one is started, so it never grows without bound.
// Thread-safe. Messages must never contain personal data; callers log codes,
// outcomes and timings only.
DEVICELINK_EXPORT Result<void> installLogFile(const QString &path, qint64 maxBytes = 8 * 1024 * 1024);
DEVICELINK_EXPORT void uninstallLogFile();

} // namespace DeviceLink
