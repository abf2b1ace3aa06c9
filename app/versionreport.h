// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QByteArray>
#include <QString>

namespace DeviceLink {
class ReaderRegistry;
}

namespace Console {

// The versions support asks for, as one text to show and copy: the console's
// version and certificate, then each reader's serial, model, software and
// firmware (the slot it booted).
QString versionReport(const DeviceLink::ReaderRegistry &registry, const QByteArray &consoleFingerprint);

} // namespace Console
