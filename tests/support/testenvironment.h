// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QString>

namespace TestSupport {

// Paths handed to every test by CTest (see cmake/MadoguchiTesting.cmake).
QString readerBinary();
QString consoleBinary();
QString sourceDirectory();

// A port nobody listens on right now, on 127.0.0.1. Tests only ever use
// loopback.
quint16 freeTcpPort();

} // namespace TestSupport
