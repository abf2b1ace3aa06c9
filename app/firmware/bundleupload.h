// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QPointer>

namespace DeviceLink {
class ControlMessage;
class ReaderLink;
} // namespace DeviceLink

namespace Console {

// Sends one update bundle to one reader over its link and has it installed
// (docs/PROTOCOL.md, "Update transfer"): updateBegin gives the offset the
// reader already holds, chunks follow on the bulk channel with at most
// UpdateWindowBytes unacknowledged, a refused chunk is sent again from the
// offset the reader names, and updateFinish installs. A cut link stops the
// upload with interrupted(); start() again once the link is trusted resumes
// where the reader's last good chunk ended.
//
// Thread: GUI thread, like the link. The link must outlive the upload.
class BundleUpload : public QObject {
    Q_OBJECT

public:
    BundleUpload(DeviceLink::ReaderLink *link, QString bundlePath, QObject *parent = nullptr);

    // Opens and hashes the bundle the first time (failed() with
    // BundleMalformed when it cannot be read), then begins or resumes.
    void start();
    void cancel();

    bool running() const { return m_running; }
    qint64 acknowledged() const { return m_acknowledged; }
    qint64 size() const { return m_size; }
    // The offset the reader gave the last updateBegin: where it resumed.
    qint64 resumedFrom() const { return m_resumedFrom; }

    // Refusals of one chunk in a row before the upload gives up.
    static constexpr int MaxRefusals = 5;
    static constexpr int FinishTimeoutMs = 120000;

Q_SIGNALS:
    void progress(qint64 acknowledged, qint64 size);
    // Installed and marked for the reader's next start.
    void finished(const QString &version);
    // The link went down or the reader could not be reached: start() again.
    void interrupted(const DeviceLink::Error &reason);
    // The reader refused the bundle or kept refusing chunks: do not retry as is.
    void failed(const DeviceLink::Error &reason);

private:
    void onMessage(const DeviceLink::ControlMessage &message);
    void pump();
    void finish();
    void stop();
    void stopOn(const DeviceLink::Error &reason);
    void fail(const DeviceLink::Error &reason);

    QPointer<DeviceLink::ReaderLink> m_link;
    QFile m_file;
    QByteArray m_sha256;
    qint64 m_size = -1;
    qint64 m_sent = 0;
    qint64 m_acknowledged = 0;
    qint64 m_resumedFrom = -1;
    // After a refusal at this offset, the chunks already on their way are
    // refused too: their refusals are not counted again.
    qint64 m_rewoundTo = -1;
    int m_refusals = 0;
    bool m_running = false;
    bool m_finishing = false;
    // Replies of an earlier start() are ignored by generation.
    quint64 m_generation = 0;
};

} // namespace Console
