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
// Staff's answer in 目視確認モード: {confirmed: bool}. Refused with
// NoVisualCheckPending unless the status says visualCheck.
inline constexpr QLatin1String ConfirmVisually{"confirmVisually"};
// The clinic's 画面メッセージ on the idle screen: setScreenMessage {message}
// keeps it (validated by DeviceLink::checkScreenMessage on both sides);
// renderIdlePreview {message, state} paints the idle screen with a candidate
// message and returns {png}, so the console previews the reader's own pixels.
inline constexpr QLatin1String SetScreenMessage{"setScreenMessage"};
inline constexpr QLatin1String RenderIdlePreview{"renderIdlePreview"};
// 電源連動: setPowerLink {powerLink} changes it, powerSettings reports
// {powerLink, vbus}. setVbus {vbus} is the emulated USB power line (emulated
// and test readers only; a real reader senses VBUS).
inline constexpr QLatin1String SetPowerLink{"setPowerLink"};
inline constexpr QLatin1String PowerSettings{"powerSettings"};
inline constexpr QLatin1String SetVbus{"setVbus"};
// The admin screen's password: setAdminPassword {password} (6-16 digits);
// the reader keeps only its crypto_pwhash string. Replies {adminPasswordSet}.
inline constexpr QLatin1String SetAdminPassword{"setAdminPassword"};
// The reader's software starts again, as after a power cycle, and boots the
// slot an update marked; refused while 稼働中 (IllegalTransition), and by a
// reader that can only be restarted at the reader (UnsupportedMessage). The
// reply may be lost with the connection: the console waits for the hello.
inline constexpr QLatin1String Restart{"restart"};
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
// In a status: a patient waits for staff to confirm by sight (目視確認).
inline constexpr QLatin1String VisualCheck{"visualCheck"};
inline constexpr QLatin1String Confirmed{"confirmed"};
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
inline constexpr QLatin1String ScreenMessage{"message"};
inline constexpr QLatin1String Png{"png"};
inline constexpr QLatin1String PowerLink{"powerLink"};
inline constexpr QLatin1String Vbus{"vbus"};
inline constexpr QLatin1String Password{"password"};
inline constexpr QLatin1String AdminPasswordSet{"adminPasswordSet"};
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

// The reader's log stream (docs/PROTOCOL.md, "Log stream"): the console
// subscribes with the last sequence number it has stored; the reader sends
// what follows in batches on the log channel; the console acknowledges a
// number once its log store has committed everything up to it.
namespace Op {
inline constexpr QLatin1String LogSubscribe{"logSubscribe"};
inline constexpr QLatin1String LogAck{"logAck"};
} // namespace Op

// Keys of logSubscribe, logAck and of the records of a log batch.
namespace LogField {
inline constexpr QLatin1String After{"after"};
inline constexpr QLatin1String Last{"last"};
inline constexpr QLatin1String Restart{"restart"};
inline constexpr QLatin1String Records{"records"};
inline constexpr QLatin1String Sequence{"n"};
inline constexpr QLatin1String Time{"t"};
inline constexpr QLatin1String Level{"level"};
inline constexpr QLatin1String Category{"category"};
inline constexpr QLatin1String Code{"code"};
inline constexpr QLatin1String Message{"message"};
inline constexpr QLatin1String Fields{"fields"};
} // namespace LogField

// Flow control of the log stream: records per batch, and records sent but
// not yet acknowledged, after which the reader waits for an ack. A console
// that falls behind (slow disk) therefore holds the reader's sending, never
// its memory or the link.
inline constexpr int LogBatchEntries = 256;
inline constexpr int LogMaxUnacked = 1024;

// Software updates (docs/PROTOCOL.md, "Update transfer"): updateBegin
// {size, sha256} replies {offset, chunkBytes}, the offset to send the bundle
// from (what the reader already holds of it); the console then sends
// BundleChunks on the bulk channel in order, and the reader answers each with
// an updateProgress event {offset}, carrying error when the chunk was refused
// (send again from offset). updateFinish checks and installs the bundle into
// the inactive slot and marks it for the next start: replies {version}.
namespace Op {
inline constexpr QLatin1String UpdateBegin{"updateBegin"};
inline constexpr QLatin1String UpdateFinish{"updateFinish"};
} // namespace Op

namespace EventKind {
inline constexpr QLatin1String UpdateProgress{"updateProgress"};
} // namespace EventKind

namespace UpdateField {
inline constexpr QLatin1String Size{"size"};
inline constexpr QLatin1String Sha256{"sha256"};
inline constexpr QLatin1String Offset{"offset"};
inline constexpr QLatin1String ChunkBytes{"chunkBytes"};
inline constexpr QLatin1String Version{"version"};
} // namespace UpdateField

// Bundle bytes the console keeps queued on the bulk channel: enough to fill
// the link while the reader fsyncs a chunk, little enough that a cut wastes
// at most this much.
inline constexpr qint64 UpdateWindowBytes = 4 * 1024 * 1024;

} // namespace DeviceLink
