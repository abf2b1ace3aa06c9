// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

namespace DeviceLink {

// 目視確認モード (staff confirm the patient's identity by sight) or the
// default 無人運転モード (the patient uses face or PIN alone).
enum class OperatingMode { Unattended, VisualCheck };

// The consent items (同意) a clinic asks at the reader. The public defaults:
// 薬剤 and 特定健診 on, 手術 and 診療 off. combined asks one question for
// every enabled item at once (一括同意) instead of one screen each. The
// 高額療養費 限度額 screen is asked after them when highCostCare is on.
struct ConsentSettings
{
    bool medication = true; // 薬剤情報
    bool healthCheck = true; // 特定健診
    bool surgery = false; // 手術情報
    bool medicalCare = false; // 診療情報
    bool combined = false;
    bool highCostCare = false; // 高額療養費 限度額適用

    friend bool operator==(const ConsentSettings &, const ConsentSettings &) = default;
};

} // namespace DeviceLink
