// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/readerstate.h"

#include <QRect>
#include <QString>

class QPainter;

namespace ReaderStack {

// What the idle screen shows: the patient prompt while running, and the
// vendor's wording when it is not (接続を待っています while stopped).
struct IdleScreenContent
{
    DeviceLink::ReaderState state = DeviceLink::ReaderState::Stopped;
    DeviceLink::Error error;
    QString message; // the clinic's 画面メッセージ, may be empty
    QString serial;
    QString software;

    friend bool operator==(const IdleScreenContent &, const IdleScreenContent &) = default;
};

// Paints the idle screen into area. Pure: same content, same pixels.
void paintIdleScreen(QPainter &painter, const QRect &area, const IdleScreenContent &content);

} // namespace ReaderStack
