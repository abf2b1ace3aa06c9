// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace ReaderStack {

// A command APDU (ISO/IEC 7816-4 cases 1–4, short and extended length).
class CommandApdu
{
public:
    quint8 cla = 0;
    quint8 ins = 0;
    quint8 p1 = 0;
    quint8 p2 = 0;
    QByteArray data;
    // Expected response length; 256 for a short Le of 00, 65536 for an
    // extended Le of 0000. Empty when the command expects no data.
    std::optional<int> le;

    // Nothing when the bytes are no well-formed APDU (too short, Lc
    // disagreeing with the length, trailing bytes): the card answers 6700.
    static std::optional<CommandApdu> parse(const QByteArray &bytes);
    QByteArray toBytes() const;
};

} // namespace ReaderStack
