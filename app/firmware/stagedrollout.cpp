// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/firmware/stagedrollout.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRollout, "madoguchi.firmware.rollout")

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

StagedRollout::StagedRollout(ReaderUpdater *updater, QString bundlePath, QStringList serials, QObject *parent)
    : QObject(parent)
    , m_updater(updater)
    , m_bundlePath(std::move(bundlePath))
    , m_serials(std::move(serials))
{
    connect(updater, &ReaderUpdater::progress, this, [this](const QString &serial, qint64 done, qint64 total) {
        if (m_running && serial == m_order.value(m_index))
            Q_EMIT readerProgress(serial, done, total);
    });
    connect(updater, &ReaderUpdater::finished, this, [this](const QString &serial, const QString &version) {
        if (!m_running || serial != m_order.value(m_index))
            return;
        // Whatever the updater says, the next reader may only leave service
        // once this one is back in it.
        if (m_wasRunning && !m_updater->isRunning(serial))
            return stopOn(serial, Error(ErrorCode::RolloutReaderNotBack, u"updated to %1, not running"_s.arg(version)));
        qCInfo(lcRollout).noquote() << serial << "updated to" << version;
        m_updated << serial;
        Q_EMIT readerUpdated(serial, version);
        next();
    });
    connect(updater, &ReaderUpdater::failed, this, [this](const QString &serial, const Error &reason) {
        if (m_running && serial == m_order.value(m_index))
            stopOn(serial, reason);
    });
}

QStringList StagedRollout::plan(const QStringList &serials, const std::function<bool(const QString &)> &isRunning)
{
    QStringList idle;
    QStringList inService;
    for (const QString &serial : serials) {
        if (idle.contains(serial) || inService.contains(serial))
            continue;
        (isRunning(serial) ? inService : idle) << serial;
    }
    return idle + inService;
}

void StagedRollout::start()
{
    if (m_running)
        return;
    m_order = plan(m_serials, [this](const QString &serial) { return m_updater->isRunning(serial); });
    m_updated.clear();
    m_index = -1;
    m_running = true;
    qCInfo(lcRollout).noquote() << m_bundlePath << "to" << m_order.join(u", "_s);
    next();
}

void StagedRollout::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_updater->cancel();
    qCInfo(lcRollout).noquote() << "cancelled at" << m_order.value(m_index);
    Q_EMIT cancelled();
}

bool StagedRollout::anotherRunning(const QString &serial) const
{
    for (const QString &other : m_order) {
        if (other != serial && m_updater->isRunning(other))
            return true;
    }
    return false;
}

void StagedRollout::next()
{
    if (!m_running)
        return;
    if (++m_index >= m_order.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const QString serial = m_order.at(m_index);
    m_wasRunning = m_updater->isRunning(serial);
    if (m_order.size() >= 2 && m_wasRunning && !anotherRunning(serial))
        return stopOn(serial, Error(ErrorCode::RolloutWouldStopService, u"no other reader of the rollout running"_s));
    Q_EMIT readerStarted(serial, int(m_index), int(m_order.size()));
    if (m_running)
        m_updater->update(serial, m_bundlePath);
}

void StagedRollout::stopOn(const QString &serial, const Error &reason)
{
    m_running = false;
    qCWarning(lcRollout).noquote() << "stopped at" << serial << reason.toLogString();
    Q_EMIT failed(serial, reason);
}

} // namespace Console
