// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/mirrorcodec.h"

namespace DeviceLink {

// What a reader shows on the console's mirror: its screen with every private
// element (PIN pad, camera preview, chip photo, card images) already replaced
// by the neutral block. Implemented by the reader stack's screen, which alone
// knows what it drew where; devicelink only encodes what it is given.
//
// Thread: the reader's thread.
class DEVICELINK_EXPORT MirrorSource
{
public:
    virtual ~MirrorSource();
    // Valid until control returns to the reader's event loop.
    virtual PixelView mirrorFrame() const = 0;
};

} // namespace DeviceLink
