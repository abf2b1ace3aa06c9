// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace ReaderStack {

// ISO/IEC 7816-4 status words the card side uses.
namespace StatusWord {
constexpr quint16 Success = 0x9000;
constexpr quint16 EndOfFile = 0x6282; // fewer bytes than Le were left
constexpr quint16 TriesLeftBase = 0x63C0; // 63Cx: verification failed, x tries left
constexpr quint16 WrongLength = 0x6700;
constexpr quint16 SecurityNotSatisfied = 0x6982;
constexpr quint16 AuthenticationBlocked = 0x6983;
constexpr quint16 ReferenceDataUnusable = 0x6984;
constexpr quint16 NotAllowed = 0x6986; // no current EF, or the wrong kind of EF
constexpr quint16 NotFound = 0x6A82;
constexpr quint16 IncorrectP1P2 = 0x6A86;
constexpr quint16 WrongOffset = 0x6B00;
constexpr quint16 InstructionNotSupported = 0x6D00;
constexpr quint16 ClassNotSupported = 0x6E00;

constexpr bool isTriesLeft(quint16 sw) { return (sw & 0xFFF0) == TriesLeftBase; }
constexpr int triesLeft(quint16 sw) { return sw & 0x000F; }
} // namespace StatusWord

struct ApduResponse
{
    QByteArray data;
    quint16 statusWord = 0;

    bool ok() const { return statusWord == StatusWord::Success; }
};

// One contact or contactless card, spoken to in command APDUs. A real reader
// implements it over PC/SC; VirtualMyNumberCard implements it in memory.
// transmit() answers every byte string, however malformed, with a status
// word: it never throws and never crashes. Not thread-safe.
class CardChannel
{
public:
    virtual ~CardChannel() = default;
    virtual ApduResponse transmit(const QByteArray &commandApdu) = 0;
};

} // namespace ReaderStack
