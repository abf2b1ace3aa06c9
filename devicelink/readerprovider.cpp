// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/readerprovider.h"

namespace DeviceLink {

AttachedReader::~AttachedReader() = default;

Result<void> AttachedReader::setFault(EmulatedFault, bool)
{
    return Error(ErrorCode::TrainingUnavailable, QStringLiteral("reader cannot play faults"));
}

Result<void> AttachedReader::playTestPatient()
{
    return Error(ErrorCode::TrainingUnavailable, QStringLiteral("reader has no test patient"));
}

ReaderProvider::~ReaderProvider() = default;

} // namespace DeviceLink
