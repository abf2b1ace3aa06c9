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
// The screen mirror: the reader streams its masked screen on the video
// channel to the subscribed session until it unsubscribes or goes away.
inline constexpr QLatin1String MirrorSubscribe{"mirrorSubscribe"};
inline constexpr QLatin1String MirrorUnsubscribe{"mirrorUnsubscribe"};
// What the link itself holds on the reader: queued bytes per session, mirror
// frames published and coalesced. For support and tests.
inline constexpr QLatin1String LinkDiagnostics{"linkDiagnostics"};
// The patient flow's settings (consent items, operating mode, face
// timeout): setFlowSettings changes the fields it is given and replies with
// all of them, as flowSettings does.
inline constexpr QLatin1String SetFlowSettings{"setFlowSettings"};
inline constexpr QLatin1String FlowSettings{"flowSettings"};
} // namespace Op

// The kind of an event message ({t: "event", kind: …, …}), sent by the reader
// unasked to its paired console.
namespace EventKind {
// One patient's check ended: {outcome: FlowOutcome as CBOR}, no personal data.
inline constexpr QLatin1String FlowOutcome{"flowOutcome"};
} // namespace EventKind

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
inline constexpr QLatin1String ClockNs{"clockNs"};
inline constexpr QLatin1String Width{"width"};
inline constexpr QLatin1String Height{"height"};
inline constexpr QLatin1String Sessions{"sessions"};
inline constexpr QLatin1String QueuedVideo{"queuedVideo"};
inline constexpr QLatin1String SocketBuffered{"socketBuffered"};
inline constexpr QLatin1String Mirroring{"mirroring"};
inline constexpr QLatin1String Coalesced{"coalesced"};
inline constexpr QLatin1String FramesPublished{"framesPublished"};
inline constexpr QLatin1String Kind{"kind"};
inline constexpr QLatin1String Outcome{"outcome"};
} // namespace Field

// The fields of setFlowSettings and flowSettings.
namespace FlowField {
inline constexpr QLatin1String Medication{"medication"}; // 薬剤情報
inline constexpr QLatin1String HealthCheck{"healthCheck"}; // 特定健診
inline constexpr QLatin1String Surgery{"surgery"}; // 手術情報
inline constexpr QLatin1String MedicalCare{"medicalCare"}; // 診療情報
inline constexpr QLatin1String Combined{"combined"};
inline constexpr QLatin1String HighCost{"highCost"}; // 高額療養費
inline constexpr QLatin1String Mode{"mode"};
inline constexpr QLatin1String FaceTimeoutS{"faceTimeoutS"};
inline constexpr QLatin1String ModeUnattended{"unattended"};
inline constexpr QLatin1String ModeVisualCheck{"visualCheck"};
} // namespace FlowField

namespace Role {
inline constexpr QLatin1String Reader{"reader"};
inline constexpr QLatin1String Console{"console"};
} // namespace Role

} // namespace DeviceLink
