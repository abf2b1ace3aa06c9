// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/card/commandapdu.h"

namespace ReaderStack {

namespace {

int byteAt(const QByteArray &bytes, qsizetype index)
{
    return static_cast<quint8>(bytes.at(index));
}

int shortLe(int value)
{
    return value == 0 ? 256 : value;
}

int extendedLe(int value)
{
    return value == 0 ? 65536 : value;
}

} // namespace

std::optional<CommandApdu> CommandApdu::parse(const QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    if (size < 4)
        return std::nullopt;
    CommandApdu apdu;
    apdu.cla = quint8(byteAt(bytes, 0));
    apdu.ins = quint8(byteAt(bytes, 1));
    apdu.p1 = quint8(byteAt(bytes, 2));
    apdu.p2 = quint8(byteAt(bytes, 3));
    if (size == 4)
        return apdu;
    const int b4 = byteAt(bytes, 4);
    if (size == 5) {
        apdu.le = shortLe(b4);
        return apdu;
    }
    if (b4 != 0) {
        const qsizetype lc = b4;
        if (size == 5 + lc) {
            apdu.data = bytes.mid(5, lc);
            return apdu;
        }
        if (size == 6 + lc) {
            apdu.data = bytes.mid(5, lc);
            apdu.le = shortLe(byteAt(bytes, size - 1));
            return apdu;
        }
        return std::nullopt;
    }
    // Extended length: 00 followed by two length bytes.
    if (size < 7)
        return std::nullopt;
    const int n = (byteAt(bytes, 5) << 8) | byteAt(bytes, 6);
    if (size == 7) {
        apdu.le = extendedLe(n);
        return apdu;
    }
    const qsizetype lc = n;
    if (lc == 0)
        return std::nullopt;
    if (size == 7 + lc) {
        apdu.data = bytes.mid(7, lc);
        return apdu;
    }
    if (size == 9 + lc) {
        apdu.data = bytes.mid(7, lc);
        apdu.le = extendedLe((byteAt(bytes, size - 2) << 8) | byteAt(bytes, size - 1));
        return apdu;
    }
    return std::nullopt;
}

QByteArray CommandApdu::toBytes() const
{
    QByteArray bytes;
    bytes.append(char(cla)).append(char(ins)).append(char(p1)).append(char(p2));
    const bool extended = data.size() > 255 || (le && *le > 256);
    if (!data.isEmpty()) {
        if (extended) {
            bytes.append('\0').append(char(data.size() >> 8)).append(char(data.size() & 0xFF));
        } else {
            bytes.append(char(data.size()));
        }
        bytes.append(data);
    }
    if (le) {
        const int value = *le;
        if (extended) {
            if (data.isEmpty())
                bytes.append('\0');
            bytes.append(char((value >> 8) & 0xFF)).append(char(value & 0xFF));
        } else {
            bytes.append(char(value & 0xFF));
        }
    }
    return bytes;
}

} // namespace ReaderStack
