// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/firmware/vendorversion.h"

#include <QStringList>

namespace DeviceLink {

namespace {

constexpr int MaxComponent = 9999;
constexpr qsizetype MaxProductLength = 32;

std::optional<int> component(QStringView text)
{
    if (text.isEmpty() || text.size() > 4)
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value <= MaxComponent ? std::optional<int>(value) : std::nullopt;
}

bool isProduct(QStringView text)
{
    if (text.isEmpty() || text.size() > MaxProductLength || text.front() < u'A' || text.front() > u'Z'
        || text.back() == u'_') {
        return false;
    }
    for (QChar c : text) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

std::optional<VendorVersion> VendorVersion::parse(QStringView text)
{
    VendorVersion version;
    const qsizetype underscore = text.lastIndexOf(u'_');
    if (underscore >= 0) {
        if (!isProduct(text.left(underscore)))
            return std::nullopt;
        version.product = text.left(underscore).toString();
        text = text.mid(underscore + 1);
    }
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 3)
        return std::nullopt;
    const std::optional<int> major = component(parts[0]);
    const std::optional<int> minor = component(parts[1]);
    const std::optional<int> patch = component(parts[2]);
    if (!major || !minor || !patch)
        return std::nullopt;
    version.major = *major;
    version.minor = *minor;
    version.patch = *patch;
    return version;
}

QString VendorVersion::numbers() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

QString VendorVersion::toString() const
{
    return product.isEmpty() ? numbers() : product + u'_' + numbers();
}

} // namespace DeviceLink
