// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"
#include "devicelink/firmware/bundlechunk.h"

#include <QCborMap>
#include <QString>
#include <functional>

namespace DeviceLink {

// Where a LinkServer hands the update requests and bulk chunks of the paired
// console. Implemented by the reader stack; called in the server's thread.
class DEVICELINK_EXPORT BundleSink {
public:
    virtual ~BundleSink();
    using UpdateReply = std::function<void(const Result<QCborMap> &)>;
    // updateBegin and updateFinish (Op::Update*), with their args. reply
    // runs once, in the server's thread, possibly later: installing a large
    // bundle must not hold the link's heartbeat.
    virtual void handleUpdateRequest(const QString &op, const QCborMap &args, UpdateReply reply) = 0;
    // A decoded chunk: the offset after it, or why it was refused.
    virtual Result<qint64> acceptChunk(const BundleChunk &chunk) = 0;
    // Where the next chunk must start (after a refusal).
    virtual qint64 expectedOffset() const = 0;
};

} // namespace DeviceLink
