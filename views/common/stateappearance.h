// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/readerstate.h"

#include <QColor>
#include <QIcon>

namespace DeviceLink {
struct ReaderEntry;
}

namespace Views {

// One look per reader state, shared by the list, the tray and the status
// bar: a colour and a round icon, so a state reads the same everywhere.
// Unregistered readers get a hollow icon.
QColor stateColor(DeviceLink::ReaderState state);
QIcon stateIcon(DeviceLink::ReaderState state, bool registered = true);
QIcon entryIcon(const DeviceLink::ReaderEntry &entry);

// The application icon: 窓 on the product's teal.
QIcon applicationIcon();

} // namespace Views
