// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QStringList>

namespace ReaderStack {

// `madoguchi-reader ocr IMAGE...`: reads the card face in each image and
// prints one JSON line per image on stdout:
//   {"file":…,"birth":"550217","expiry":"2035","code":"2285",
//    "collation_b":"55021720352285","ok":true,"ms":41.2}
// or, when it cannot read the card, {"file":…,"ok":false,"reason":…,"ms":…}
// (reason: the error code and its technical detail, never card data).
// arguments are what follows "ocr". Prints nothing but the fields asked for;
// returns 0 when every image was read, 1 when some were not, 2 on usage errors.
int runOcrCommand(const QStringList &arguments);

} // namespace ReaderStack
