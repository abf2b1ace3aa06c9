// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QStringList>

namespace ReaderStack {

// `madoguchi-reader screens DIR`: plays the patient flow through every
// screen it has (idle, reading, certificate notice, method choice, face,
// PIN, each consent, done, errors 001–007, 目視確認) with the scenario and a
// hand-driven clock, and saves each panel as DIR/NN-name.png, in Japanese.
// The holder is the scenario's made-up one. arguments are what follows
// "screens". Needs a QGuiApplication. Returns 0 when every screen was saved,
// 1 when one could not be reached or written, 2 on usage errors.
int runScreensCommand(const QStringList &arguments);

} // namespace ReaderStack
