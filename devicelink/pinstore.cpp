// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/pinstore.h"

namespace DeviceLink {

PinStore::~PinStore() = default;

Result<void> MemoryPinStore::savePin(const PinnedReader &reader)
{
    removePin(reader.serial);
    m_readers.append(reader);
    return {};
}

Result<void> MemoryPinStore::removePin(const QString &serial)
{
    m_readers.removeIf([&serial](const PinnedReader &r) { return r.serial == serial; });
    return {};
}

Result<void> MemoryPinStore::saveAddress(const QString &serial, const QString &host, quint16 port)
{
    for (PinnedReader &r : m_readers) {
        if (r.serial == serial) {
            r.host = host;
            r.port = port;
        }
    }
    return {};
}

} // namespace DeviceLink
