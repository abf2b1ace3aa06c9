// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/readerstate.h"
#include "devicelink/flowsettings.h"

#include <QByteArray>
#include <QString>

namespace ReaderStack {

// What a reader remembers across restarts, kept in <state-dir>/state.json:
// the state it was left in, the console it trusts and the patient flow's
// settings (a file from before them gives the defaults). Written atomically
// (QSaveFile), so a power cut leaves the old or the new file, never half.
class ReaderStateStore
{
public:
    struct Contents
    {
        DeviceLink::ReaderState state = DeviceLink::ReaderState::Stopped;
        QByteArray pairedConsole; // SHA-256 fingerprint, empty when unpaired
        DeviceLink::FlowSettings flow;
        QString screenMessage; // the clinic's 画面メッセージ, checked; empty: none
        bool powerLink = false; // 電源連動: follow the PC's USB VBUS
        QByteArray adminPasswordHash; // crypto_pwhash string; empty: not set
    };

    explicit ReaderStateStore(QString directory);

    // Reads state.json. A missing file gives defaults. A damaged one is moved
    // aside as state.json.damaged-<time>, defaults are used, and *damage
    // receives StateFileCorrupt so the reader can report it.
    DeviceLink::Result<Contents> load(DeviceLink::Error *damage = nullptr);
    DeviceLink::Result<void> save(const Contents &contents);

    QString filePath() const;
    // Only these survive a restart; Error and Updating come back as Stopped.
    static bool isPersistent(DeviceLink::ReaderState state);

private:
    QString m_directory;
};

} // namespace ReaderStack
