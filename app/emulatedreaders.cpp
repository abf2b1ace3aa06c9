// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/emulatedreaders.h"

#include "devicelink/readerfleet.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPluginLoader>

Q_LOGGING_CATEGORY(lcEmulated, "madoguchi.emulated")

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

const QString PluginBaseName = u"readerstack"_s;
const QString CompatVersion = u"1"_s;

} // namespace

EmulatedReaders::EmulatedReaders(ReaderFleet *fleet, QString stateRoot, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_stateRoot(std::move(stateRoot))
    , m_searchPaths(pluginSearchPaths())
{
}

EmulatedReaders::~EmulatedReaders()
{
    detachAll();
    // The plugin stays loaded: Qt unloads it at exit, after every object
    // that came from it is gone.
}

QStringList EmulatedReaders::pluginSearchPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("MADOGUCHI_PLUGIN_PATH");
    if (!fromEnvironment.isEmpty())
        paths += fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    const QDir appDir(QCoreApplication::applicationDirPath());
    paths << appDir.filePath(u"../plugins"_s) << appDir.filePath(u"../lib/madoguchi/plugins"_s)
          << appDir.filePath(u"plugins"_s);
    return paths;
}

Result<void> EmulatedReaders::loadProvider()
{
    if (m_provider)
        return {};
    QStringList tried;
    for (const QString &path : std::as_const(m_searchPaths)) {
        const QDir dir(path);
        for (const QString &file : dir.entryList({u"*"_s + PluginBaseName + u"*"_s}, QDir::Files)) {
            auto loader = std::make_unique<QPluginLoader>(dir.filePath(file));
            const QJsonObject metaData = loader->metaData().value(u"MetaData"_s).toObject();
            if (metaData.value(u"CompatVersion"_s).toString() != CompatVersion) {
                tried << dir.filePath(file) + u" (incompatible)"_s;
                continue;
            }
            QObject *instance = loader->instance();
            auto *provider = qobject_cast<ReaderProvider *>(instance);
            if (!provider) {
                tried << dir.filePath(file) + u" ("_s + loader->errorString() + u')';
                continue;
            }
            qCInfo(lcEmulated).noquote() << "loaded" << loader->fileName() << metaData.value(u"Version"_s).toString();
            m_loader = std::move(loader);
            m_provider = provider;
            return {};
        }
        tried << path;
    }
    return Error(ErrorCode::PluginUnavailable, u"looked in "_s + tried.join(u", "_s));
}

void EmulatedReaders::setDemo(bool enabled, bool aligned)
{
    m_demo = enabled;
    m_demoAligned = aligned;
}

QString EmulatedReaders::serialFor(int number)
{
    return u"EMU-"_s + QString::number(number).rightJustified(4, u'0');
}

Result<QStringList> EmulatedReaders::attach(int count)
{
    QStringList attached;
    for (int number = 1; attached.size() < count; ++number) {
        if (number > MaxReaders || int(m_readers.size()) >= MaxReaders) {
            return Error(ErrorCode::InvalidArgument,
                         u"at most %1 emulated readers can be attached"_s.arg(MaxReaders));
        }
        const QString serial = serialFor(number);
        if (m_readers.count(serial))
            continue;
        if (Result<void> one = attachSerial(serial); !one)
            return one.error();
        attached << serial;
    }
    return attached;
}

Result<void> EmulatedReaders::attachSerial(const QString &serial)
{
    if (m_readers.count(serial))
        return {};
    if (Result<void> loaded = loadProvider(); !loaded)
        return loaded;
    AttachOptions options;
    options.serial = serial;
    options.stateDirectory = QDir(m_stateRoot).filePath(serial);
    options.listenAddress = QHostAddress::LocalHost;
    options.announceAddress = QHostAddress::LocalHost;
    options.announcePort = m_fleet->discoveryPort();
    options.demo = m_demo;
    // Readers a step apart in the script, so the grid shows the whole flow at once.
    options.demoOffsetNs = qint64(serial.right(4).toInt() - 1) * 1'900'000'000;
    if (m_demo && !m_demoAligned) {
        // Spread readers over one 1/30 s frame: EMU-0001..EMU-0008 an eighth apart.
        constexpr qint64 FrameNs = 1'000'000'000 / 30;
        options.demoPhaseNs = (serial.right(4).toInt() % 8) * FrameNs / 8;
    }
    Result<std::unique_ptr<AttachedReader>> reader = m_provider->attach(options);
    if (!reader)
        return reader.error();
    AttachedReader *raw = reader.value().get();
    if (Result<void> trusted = m_fleet->trustCertificate(serial, raw->certificate(), raw->address().toString(),
                                                         raw->port());
        !trusted) {
        raw->detach();
        return trusted;
    }
    m_readers.emplace(serial, std::move(reader).value());
    qCInfo(lcEmulated).noquote() << "attached" << serial << "on port" << raw->port();
    Q_EMIT attachedChanged();
    return {};
}

void EmulatedReaders::detach(const QString &serial)
{
    const auto it = m_readers.find(serial);
    if (it == m_readers.end())
        return;
    const bool hadFaults = !it->second->faults().isEmpty();
    it->second->detach();
    m_readers.erase(it);
    Q_EMIT attachedChanged();
    if (hadFaults)
        Q_EMIT faultsChanged(serial);
}

Result<void> EmulatedReaders::setFault(const QString &serial, EmulatedFault fault, bool active)
{
    const auto it = m_readers.find(serial);
    if (it == m_readers.end())
        return Error(ErrorCode::TrainingUnavailable, serial + u": not an emulated reader"_s);
    if (Result<void> set = it->second->setFault(fault, active); !set)
        return set;
    qCInfo(lcEmulated).noquote() << "training fault" << int(fault) << (active ? "set on" : "cleared on") << serial;
    Q_EMIT faultsChanged(serial);
    return {};
}

QList<EmulatedFault> EmulatedReaders::faults(const QString &serial) const
{
    const auto it = m_readers.find(serial);
    return it == m_readers.end() ? QList<EmulatedFault>() : it->second->faults();
}

Result<void> EmulatedReaders::playTestPatient(const QString &serial)
{
    const auto it = m_readers.find(serial);
    if (it == m_readers.end())
        return Error(ErrorCode::TrainingUnavailable, serial + u": not an emulated reader"_s);
    return it->second->playTestPatient();
}

Result<void> EmulatedReaders::restart(const QString &serial)
{
    if (!m_readers.count(serial))
        return Error(ErrorCode::InvalidArgument, serial + u": not an emulated reader"_s);
    detach(serial);
    return attachSerial(serial);
}

void EmulatedReaders::detachAll()
{
    if (m_readers.empty())
        return;
    QStringList faulty;
    for (auto &entry : m_readers) {
        if (!entry.second->faults().isEmpty())
            faulty << entry.first;
        entry.second->detach();
    }
    m_readers.clear();
    Q_EMIT attachedChanged();
    for (const QString &serial : faulty)
        Q_EMIT faultsChanged(serial);
}

QStringList EmulatedReaders::serials() const
{
    QStringList list;
    for (const auto &entry : m_readers)
        list << entry.first;
    return list;
}

const AttachedReader *EmulatedReaders::reader(const QString &serial) const
{
    const auto it = m_readers.find(serial);
    return it == m_readers.end() ? nullptr : it->second.get();
}

} // namespace Console
