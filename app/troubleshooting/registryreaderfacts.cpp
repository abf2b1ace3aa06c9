// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/registryreaderfacts.h"

#include "devicelink/readerregistry.h"

namespace Console {

using namespace DeviceLink;

RegistryReaderFacts::RegistryReaderFacts(const ReaderRegistry *registry, std::function<int()> licensedReaders)
    : m_registry(registry)
    , m_licensedReaders(std::move(licensedReaders))
{
}

QList<ReaderFact> RegistryReaderFacts::readers() const
{
    QList<ReaderFact> facts;
    for (int row = 0; row < m_registry->rowCount(); ++row) {
        const ReaderEntry &entry = m_registry->entryAt(row);
        ReaderFact fact;
        fact.serial = entry.description.serial;
        fact.trusted = entry.trusted;
        fact.state = entry.state;
        fact.software = entry.description.software;
        fact.firmware = entry.description.firmware;
        fact.error = entry.error;
        fact.uptimeMs = entry.uptimeMs;
        facts << fact;
    }
    return facts;
}

int RegistryReaderFacts::licensedReaders() const
{
    return m_licensedReaders ? m_licensedReaders() : 1;
}

} // namespace Console
