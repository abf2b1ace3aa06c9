// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace Console {

// Updates one reader for a StagedRollout: takes it out of service, installs
// the bundle, and brings it back on the new software in the state it had
// (稼働中 again if it was). Ends every update() with exactly one of
// finished() or failed(); after a failure the reader is back in service on
// its old software where that is possible. cancel() ends the update under
// way without either signal and brings the reader back as after a failure.
class ReaderUpdater : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool isRunning(const QString &serial) const = 0;
    virtual void update(const QString &serial, const QString &bundlePath) = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    void progress(const QString &serial, qint64 done, qint64 total);
    void finished(const QString &serial, const QString &version);
    void failed(const QString &serial, const DeviceLink::Error &reason);
};

// A bundle rolled out over several readers one at a time, like hawkBit's
// staged rollouts: the first failure stops the rollout and the readers after
// it are not touched. With two readers or more, a reader in service is only
// taken out of it while another reader of the rollout is in service, so the
// clinic keeps a 稼働中 reader throughout; readers out of service go first,
// since updating them costs no service at all.
//
// Thread: GUI thread, like the updater.
class StagedRollout : public QObject {
    Q_OBJECT

public:
    StagedRollout(ReaderUpdater *updater, QString bundlePath, QStringList serials, QObject *parent = nullptr);

    // The order the readers are updated in: those isRunning() says are out
    // of service first, each group in the order given.
    static QStringList plan(const QStringList &serials, const std::function<bool(const QString &)> &isRunning);

    void start();
    // Stops after cancelling the reader being updated: cancelled(), and the
    // readers not reached yet stay as they are.
    void cancel();

    bool running() const { return m_running; }
    // Fixed by start().
    QStringList order() const { return m_order; }
    // Readers whose update finished, in order.
    QStringList updated() const { return m_updated; }

Q_SIGNALS:
    void readerStarted(const QString &serial, int index, int count);
    void readerProgress(const QString &serial, qint64 done, qint64 total);
    void readerUpdated(const QString &serial, const QString &version);
    // Every reader updated.
    void finished();
    // Stopped at this reader; the readers after it were not touched.
    void failed(const QString &serial, const DeviceLink::Error &reason);
    void cancelled();

private:
    void next();
    void stopOn(const QString &serial, const DeviceLink::Error &reason);
    bool anotherRunning(const QString &serial) const;

    ReaderUpdater *m_updater;
    QString m_bundlePath;
    QStringList m_serials;
    QStringList m_order;
    QStringList m_updated;
    qsizetype m_index = -1;
    bool m_running = false;
    bool m_wasRunning = false;
};

} // namespace Console
