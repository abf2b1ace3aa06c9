// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"
#include "devicelink/readerprovider.h"

#include <QObject>
#include <QStringList>

#include <map>
#include <memory>

class QPluginLoader;

namespace DeviceLink {
class ReaderFleet;
}

namespace Console {

// Readers the console runs itself, through the readerstack plugin: each one
// gets a state directory under <data>/emulated/<serial> (so it keeps its
// certificate and state across runs), listens on loopback, and is registered
// with the fleet by its certificate, since this console made it. From then on
// the console talks to it over TLS like to any reader.
//
// Thread: GUI thread.
class EmulatedReaders : public QObject
{
    Q_OBJECT

public:
    EmulatedReaders(DeviceLink::ReaderFleet *fleet, QString stateRoot, QObject *parent = nullptr);
    ~EmulatedReaders() override;

    // Where the plugin is looked for: $MADOGUCHI_PLUGIN_PATH, then next to
    // the executable (../plugins, ../lib/madoguchi/plugins).
    static QStringList pluginSearchPaths();
    void setPluginSearchPaths(const QStringList &paths) { m_searchPaths = paths; }

    // PluginUnavailable when no compatible plugin is found.
    DeviceLink::Result<void> loadProvider();
    bool hasProvider() const { return m_provider != nullptr; }

    // Attaches count more readers (EMU-0001, EMU-0002, ... in order, skipping
    // those attached). Returns their serials.
    DeviceLink::Result<QStringList> attach(int count);
    DeviceLink::Result<void> attachSerial(const QString &serial);
    void detach(const QString &serial);
    void detachAll();
    // Stops the reader and starts it again from its state directory, as
    // pulling and plugging its cable would: it boots the slot an update
    // marked. Its link then reconnects on the new address.
    DeviceLink::Result<void> restart(const QString &serial);

    // Readers attached from now on play the demo patient flow. Aligned
    // readers render at the same instants; otherwise each one is shifted by
    // a fraction of a frame, like independent devices.
    void setDemo(bool enabled, bool aligned = false);

    // Training mode, forwarded to the reader (AttachedReader::setFault,
    // playTestPatient); TrainingUnavailable for a serial not attached here.
    DeviceLink::Result<void> setFault(const QString &serial, DeviceLink::EmulatedFault fault, bool active);
    QList<DeviceLink::EmulatedFault> faults(const QString &serial) const;
    DeviceLink::Result<void> playTestPatient(const QString &serial);

    QStringList serials() const;
    const DeviceLink::AttachedReader *reader(const QString &serial) const;

    static QString serialFor(int number);
    static constexpr int MaxReaders = 16;

Q_SIGNALS:
    void attachedChanged();
    // A fault was set or cleared, or went with a restart or detach.
    void faultsChanged(const QString &serial);

private:
    DeviceLink::ReaderFleet *m_fleet;
    QString m_stateRoot;
    QStringList m_searchPaths;
    std::unique_ptr<QPluginLoader> m_loader;
    DeviceLink::ReaderProvider *m_provider = nullptr;
    std::map<QString, std::unique_ptr<DeviceLink::AttachedReader>> m_readers;
    bool m_demo = false;
    bool m_demoAligned = false;
};

} // namespace Console
