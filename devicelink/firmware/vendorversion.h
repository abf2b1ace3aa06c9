// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"

#include <QString>
#include <QStringView>
#include <compare>
#include <optional>

namespace DeviceLink {

// A version in the vendor's style: a product prefix and three numbers,
// "MADOGUCHI_RDR_1.2.0" (reader software) or, without prefix, "0.1.0" (the
// console, as MADOGUCHI_VERSION). Only versions of one product compare.
struct DEVICELINK_EXPORT VendorVersion {
    QString product; // "MADOGUCHI_RDR"; empty for a bare version
    int major = 0;
    int minor = 0;
    int patch = 0;

    // Prefix of A-Z, 0-9 and '_' starting with a letter; numbers 0-9999.
    static std::optional<VendorVersion> parse(QStringView text);
    QString toString() const;
    // "1.2.0", without the product.
    QString numbers() const;

    friend bool operator==(const VendorVersion &, const VendorVersion &) = default;
    // Numbers only: callers check product first.
    friend std::strong_ordering compareNumbers(const VendorVersion &a, const VendorVersion &b)
    {
        if (a.major != b.major)
            return a.major <=> b.major;
        if (a.minor != b.minor)
            return a.minor <=> b.minor;
        return a.patch <=> b.patch;
    }
};

} // namespace DeviceLink
