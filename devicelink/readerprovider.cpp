// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/readerprovider.h"

namespace DeviceLink {

AttachedReader::~AttachedReader() = default;
ReaderProvider::~ReaderProvider() = default;

} // namespace DeviceLink
