// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QStringList>

namespace ReaderStack {

// `madoguchi-reader face-match [--data DIR] PROBE REFERENCE`: compares the
// face in PROBE (a camera frame or photo) with the one in REFERENCE (a chip
// photo, e.g. greyscale JPEG 2000) and prints one JSON line:
//   {"score":0.62,"match":true,"mask":false,"ms":31.0}
// `--pairs FILE` reads lines "probe<TAB>reference<TAB>same|diff" (paths
// relative to FILE's directory) and prints one line per pair, with the
// file names and what was expected, then a summary line:
//   {"pairs":…,"genuine":…,"impostor":…,"fnmr":…,"fmr":…,"failed":…,"threshold":…}
// A pair whose faces cannot be found counts as a non-match (so against
// FNMR for genuine pairs) and is reported with "error".
// The quality gates of the live camera do not apply: any picture with a
// face is compared. Scores and decisions only: no pixels, no embeddings. --data names the
// face data directory (default: see faceDataDirectory()).
// Returns 0 on success, 1 when a model, a file or a face is missing (the
// message on stderr), 2 on usage errors.
int runFaceMatchCommand(const QStringList &arguments);

} // namespace ReaderStack
