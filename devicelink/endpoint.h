// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"

#include <QHostAddress>

#include <utility>

namespace DeviceLink {

// "127.0.0.1:45455" or "[::1]:45455" → address and port; InvalidArgument
// otherwise. Host names are not accepted: readers are reached by address.
DEVICELINK_EXPORT Result<std::pair<QHostAddress, quint16>> parseEndpoint(const QString &text);

} // namespace DeviceLink
