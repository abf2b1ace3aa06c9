// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QLatin1String>
#include <QtGlobal>

// Names and numbers of devicelink protocol v1. See docs/PROTOCOL.md.
namespace DeviceLink {

// A peer whose major version differs is refused in the hello; minor versions
// only add fields or message types, which older peers ignore or answer with
// UnsupportedMessage.
inline constexpr int ProtocolMajor = 1;
inline constexpr int ProtocolMinor = 0;

// UDP port on which the console listens for reader beacons.
inline constexpr quint16 DefaultDiscoveryPort = 45454;
// TCP port on which a reader listens on its link interface.
inline constexpr quint16 DefaultReaderPort = 45455;

// Heartbeat: a side that has sent nothing for PingIntervalMs sends a ping; a
// side that has received nothing for DeadAfterMs declares the link dead. The
// check runs every WatchdogTickMs, so a dead link is noticed within
// DeadAfterMs + WatchdogTickMs, under the 3 s the product promises.
inline constexpr int PingIntervalMs = 500;
inline constexpr int DeadAfterMs = 2000;
inline constexpr int WatchdogTickMs = 250;

inline constexpr int RequestTimeoutMs = 5000;
inline constexpr int BeaconIntervalMs = 1000;

namespace MessageType {
inline constexpr QLatin1String Hello{"hello"};
inline constexpr QLatin1String Ping{"ping"};
inline constexpr QLatin1String Request{"request"};
inline constexpr QLatin1String Reply{"reply"};
inline constexpr QLatin1String Status{"status"};
inline constexpr QLatin1String Event{"event"};
inline constexpr QLatin1String Beacon{"beacon"};
} // namespace MessageType

namespace Op {
inline constexpr QLatin1String Status{"status"};
inline constexpr QLatin1String Start{"start"};
inline constexpr QLatin1String Stop{"stop"};
inline constexpr QLatin1String CloseReception{"closeReception"};
inline constexpr QLatin1String Refresh{"refresh"};
inline constexpr QLatin1String Pair{"pair"};
inline constexpr QLatin1String Unpair{"unpair"};
} // namespace Op

namespace Field {
inline constexpr QLatin1String Type{"t"};
inline constexpr QLatin1String Id{"id"};
inline constexpr QLatin1String Op{"op"};
inline constexpr QLatin1String Args{"args"};
inline constexpr QLatin1String Ok{"ok"};
inline constexpr QLatin1String Result{"result"};
inline constexpr QLatin1String Error{"error"};
inline constexpr QLatin1String Code{"code"};
inline constexpr QLatin1String Message{"message"};
inline constexpr QLatin1String Version{"v"};
inline constexpr QLatin1String Minor{"minor"};
inline constexpr QLatin1String Role{"role"};
inline constexpr QLatin1String App{"app"};
inline constexpr QLatin1String Serial{"serial"};
inline constexpr QLatin1String Model{"model"};
inline constexpr QLatin1String Software{"software"};
inline constexpr QLatin1String Firmware{"firmware"};
inline constexpr QLatin1String Port{"port"};
inline constexpr QLatin1String Paired{"paired"};
inline constexpr QLatin1String Trusted{"trusted"};
inline constexpr QLatin1String State{"state"};
inline constexpr QLatin1String Uptime{"uptimeMs"};
inline constexpr QLatin1String Sequence{"n"};
} // namespace Field

namespace Role {
inline constexpr QLatin1String Reader{"reader"};
inline constexpr QLatin1String Console{"console"};
} // namespace Role

} // namespace DeviceLink
