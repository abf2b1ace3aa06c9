// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/firmware/fleetreaderupdater.h"

#include "app/firmware/bundleupload.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerlink.h"
#include "devicelink/protocol.h"
#include "devicelink/readerregistry.h"

#include <QCborMap>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUpdater, "madoguchi.firmware.updater")

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

FleetReaderUpdater::FleetReaderUpdater(ReaderFleet *fleet, ReaderRegistry *registry,
                                       std::function<void(const QString &)> restart, QObject *parent)
    : ReaderUpdater(parent)
    , m_fleet(fleet)
    , m_registry(registry)
    , m_restart(std::move(restart))
{
    m_comeback.setSingleShot(true);
    m_comeback.setInterval(ComebackTimeoutMs);
    connect(&m_comeback, &QTimer::timeout, this, [this] {
        const QString serial = m_serial;
        reset();
        Q_EMIT failed(serial,
                      Error(ErrorCode::RolloutReaderNotBack,
                            u"not trusted again within %1 s of its restart"_s.arg(ComebackTimeoutMs / 1000)));
    });
}

FleetReaderUpdater::~FleetReaderUpdater() = default;

void FleetReaderUpdater::dropUpload()
{
    // Later: this may run inside one of the upload's own signals.
    if (m_upload) {
        m_upload->disconnect(this);
        m_upload->cancel();
        m_upload.release()->deleteLater();
    }
}

bool FleetReaderUpdater::isRunning(const QString &serial) const
{
    const ReaderEntry *entry = m_registry->entry(serial);
    return entry && entry->trusted && entry->state == ReaderState::Running;
}

void FleetReaderUpdater::reset()
{
    ++m_generation;
    dropUpload();
    disconnect(m_trusted);
    m_comeback.stop();
}

void FleetReaderUpdater::update(const QString &serial, const QString &bundlePath)
{
    reset();
    m_serial = serial;
    m_version.clear();
    m_wasRunning = isRunning(serial);
    ReaderLink *link = m_fleet->link(serial);
    if (!link || !link->isTrusted()) {
        m_wasRunning = false;
        return failAndRestore(Error(ErrorCode::LinkDown, serial + u": not connected"_s));
    }
    if (!m_wasRunning)
        return upload(bundlePath);
    command(ReaderCommand::Stop, [this, bundlePath](const Error &error) {
        if (error.isError())
            return failAndRestore(error);
        upload(bundlePath);
    });
}

void FleetReaderUpdater::command(ReaderCommand command, std::function<void(const Error &)> done)
{
    const quint64 generation = m_generation;
    m_fleet->sendCommand(m_serial, command, this, [this, generation, done](const Result<QCborMap> &reply) {
        if (generation == m_generation)
            done(reply ? Error() : reply.error());
    });
}

void FleetReaderUpdater::upload(const QString &bundlePath)
{
    m_upload = std::make_unique<BundleUpload>(m_fleet->link(m_serial), bundlePath);
    connect(m_upload.get(), &BundleUpload::progress, this,
            [this](qint64 done, qint64 total) { Q_EMIT progress(m_serial, done, total); });
    connect(m_upload.get(), &BundleUpload::failed, this, &FleetReaderUpdater::failAndRestore);
    connect(m_upload.get(), &BundleUpload::interrupted, this, &FleetReaderUpdater::failAndRestore);
    connect(m_upload.get(), &BundleUpload::finished, this, [this](const QString &version) {
        m_version = version;
        dropUpload();
        // Not from inside the upload's own signal: restarting may take its link down.
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation)
                    restartReader();
            },
            Qt::QueuedConnection);
    });
    m_upload->start();
}

void FleetReaderUpdater::requestRestart(ReaderFleet *fleet, const QString &serial)
{
    ReaderLink *link = fleet->link(serial);
    if (!link || !link->isTrusted())
        return;
    link->request(QString(Op::Restart), {}, fleet, [serial](const Result<QCborMap> &reply) {
        // The connection going down with the restart is expected.
        if (!reply && reply.error().number() >= 300)
            qCWarning(lcUpdater).noquote() << serial << "restart:" << reply.error().toLogString();
    });
}

void FleetReaderUpdater::restartReader()
{
    m_trusted = connect(m_fleet, &ReaderFleet::readerTrusted, this, &FleetReaderUpdater::onTrustedAgain);
    m_comeback.start();
    if (m_restart)
        m_restart(m_serial);
}

void FleetReaderUpdater::onTrustedAgain(const QString &serial)
{
    if (serial != m_serial)
        return;
    disconnect(m_trusted);
    m_comeback.stop();
    const ReaderEntry *entry = m_registry->entry(serial);
    const QString running = entry ? entry->description.firmware : QString();
    if (running != m_version) {
        reset();
        Q_EMIT failed(
            serial,
            Error(ErrorCode::RolloutReaderNotBack, u"runs %1 after its update to %2"_s.arg(running, m_version)));
        return;
    }
    const auto done = [this, serial](const Error &error) {
        const QString version = m_version;
        reset();
        if (error.isError())
            Q_EMIT failed(serial, error);
        else
            Q_EMIT finished(serial, version);
    };
    if (!m_wasRunning)
        return done(Error());
    command(ReaderCommand::Start, done);
}

void FleetReaderUpdater::failAndRestore(const Error &reason)
{
    const QString serial = m_serial;
    dropUpload();
    const ReaderLink *link = m_fleet->link(serial);
    if (!m_wasRunning || isRunning(serial) || !link || !link->isTrusted()) {
        reset();
        Q_EMIT failed(serial, reason);
        return;
    }
    command(ReaderCommand::Start, [this, serial, reason](const Error &) {
        reset();
        Q_EMIT failed(serial, reason);
    });
}

void FleetReaderUpdater::cancel()
{
    const bool restore = m_wasRunning && !isRunning(m_serial);
    reset();
    if (restore)
        m_fleet->sendCommand(m_serial, ReaderCommand::Start, this, [](const Result<QCborMap> &) {});
}

} // namespace Console
