// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/troubleshooting/readerfacts.h"

#include <functional>

namespace DeviceLink {
class ReaderRegistry;
}

namespace Console {

// ReaderFacts over the console's registry: what the live checks and the
// support summary may know of each reader, as the reader list shows it.
class RegistryReaderFacts final : public ReaderFacts
{
public:
    // licensedReaders answers how many readers may run (LicenceManager).
    RegistryReaderFacts(const DeviceLink::ReaderRegistry *registry, std::function<int()> licensedReaders);

    QList<ReaderFact> readers() const override;
    int licensedReaders() const override;

private:
    const DeviceLink::ReaderRegistry *m_registry;
    std::function<int()> m_licensedReaders;
};

} // namespace Console
