// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Console {

class LogStore;

// ログ収集: writes every stored record to a zip, one text entry per day
// ("logs/2026-12-02.log", one LogRecord::toLine() per line, UTF-8), for
// support. Formatting of the next day runs in a second thread while the
// current one is compressed. Blocks the calling thread: run it off the GUI
// thread. Names in the archive are UTF-8 (QuaZip setUtf8Enabled).
class LogArchive
{
public:
    struct Progress
    {
        int daysDone = 0;
        int daysTotal = 0;
    };

    // The number of records written. LogCollectFailed when the zip cannot be
    // written; LogQueryCancelled when cancel became true.
    static DeviceLink::Result<qint64> write(const LogStore &store, const QString &zipPath,
                                            const std::atomic<bool> *cancel = nullptr,
                                            const std::function<void(Progress)> &progress = {});
};

} // namespace Console
