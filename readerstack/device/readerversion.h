// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QString>

namespace ReaderStack {

// What this build of the reader stack reports in its hello and beacon.
inline QString readerModel()
{
    return QStringLiteral("MDG-R1");
}

inline QString readerSoftwareVersion()
{
    return QStringLiteral(MADOGUCHI_VERSION);
}

inline QString readerFirmwareVersion()
{
    return QStringLiteral("MADOGUCHI_RDR_" MADOGUCHI_VERSION);
}

} // namespace ReaderStack
