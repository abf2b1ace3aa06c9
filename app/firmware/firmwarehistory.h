// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace Console {

// One update of one reader as it ended, for the clinic's records and for
// support: which reader, from which version to which, and how it ended.
struct FirmwareHistoryEntry {
    enum class Result { Updated, Failed, Cancelled };

    QDateTime at;
    QString serial;
    QString from;
    QString to;
    Result result = Result::Updated;
    int code = 0; // the typed error's number when it failed
    QString detail; // the error's message for the clinic, in the language of the moment

    bool operator==(const FirmwareHistoryEntry &) const = default;
};

// The history of updates, one JSON line per entry appended to a file and
// synced, so that an entry written before the console was killed is still
// there. Keeps the newest MaxEntries in memory; the file is trimmed to them
// when it is opened.
//
// Thread: GUI thread.
class FirmwareHistory : public QObject {
    Q_OBJECT

public:
    static constexpr int MaxEntries = 500;

    explicit FirmwareHistory(QString path, QObject *parent = nullptr);

    // Damaged lines are skipped, not fatal: the history is a record, not state.
    void load();
    DeviceLink::Result<void> append(const FirmwareHistoryEntry &entry);
    // Oldest first.
    const QList<FirmwareHistoryEntry> &entries() const { return m_entries; }

Q_SIGNALS:
    void appended(const FirmwareHistoryEntry &entry);

private:
    QString m_path;
    QList<FirmwareHistoryEntry> m_entries;
};

} // namespace Console
