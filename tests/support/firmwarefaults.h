// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QString>

namespace TestSupport {

// The software a reader with no installed update runs.
QString factoryFirmwareVersion();

// Writes a bundle of this version for the MDG-R1 model with payloadBytes of
// pseudo-random payload, signed with the development key the build trusts.
// Aborts the test program when it cannot: nothing after it would mean anything.
void writeDevelopmentBundle(const QString &path, const QString &version, qint64 payloadBytes);

// The version a reader's slots say it runs after a start: the active
// slot's. problem is set when a trial is still pending.
QString slotVersion(const QString &stateDirectory, QString *problem);

enum class FirmwareFault {
    KillReaderAfter, // SIGKILL once param bytes are acknowledged
    CutLinkAfter, // the console closes the link at param bytes
    DropConsoleAfter, // the console (links, upload) is destroyed at param bytes
    KillReaderInFinish, // SIGKILL param ms after the last chunk was acknowledged
    KillReaderAfterInstall, // SIGKILL once updateFinish answered
    KillReaderInFirstBoot, // the installed reader restarted, SIGKILL param ms after spawn
    KillReaderAfterCommit, // the updated reader listened, then SIGKILL
};

struct FirmwareFaultPoint {
    QString name;
    FirmwareFault fault;
    qint64 param;
};

struct FirmwareFaultOutcome {
    QString description;
    bool brick = false;
};

// One update of a fresh madoguchi-reader process (serial, state in a
// temporary folder) to the bundle of version updatedVersion, cut at point,
// then recovery: the reader must start, report what its slots say, and take
// the update in the end. Anything else, including a harness step that does
// not work, is a brick: the outcome says which.
FirmwareFaultOutcome runFirmwareFault(const FirmwareFaultPoint &point, const QString &serial, const QString &bundle,
                                      const QString &updatedVersion);

} // namespace TestSupport
