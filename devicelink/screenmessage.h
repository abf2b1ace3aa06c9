// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"

#include <QString>

namespace DeviceLink {

// The clinic's 画面メッセージ, shown in the idle screen's header. The rules live
// here because both sides apply them: the console before it sends, the reader
// before it keeps (a reader never trusts that the console checked).
//
// At most MaxLines lines of at most MaxLineLength characters (code points:
// full-width and half-width count alike, which the header's width allows);
// no tabs or other control characters. Line breaks are normalised to \n,
// spaces at the end of lines and empty lines at the end are dropped. Empty
// means "no message" (the header then shows the default title).
namespace ScreenMessageRules {
inline constexpr int MaxLines = 2;
inline constexpr int MaxLineLength = 20;
} // namespace ScreenMessageRules

// The normalised message, or ScreenMessageTooManyLines, ScreenMessageTooLong,
// ScreenMessageInvalidCharacters (detail names the line).
DEVICELINK_EXPORT Result<QString> checkScreenMessage(const QString &message);

} // namespace DeviceLink
