// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/readerprovider.h"

#include <QObject>

namespace ReaderStack {

// The reader stack as a Qt plugin: the console loads it with QPluginLoader
// to attach emulated readers, without linking the reader stack itself.
class ReaderStackPlugin final : public QObject, public DeviceLink::ReaderProvider
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MadoguchiReaderProvider_iid FILE "readerstack.json")
    Q_INTERFACES(DeviceLink::ReaderProvider)

public:
    DeviceLink::Result<std::unique_ptr<DeviceLink::AttachedReader>>
    attach(const DeviceLink::AttachOptions &options) override;
};

} // namespace ReaderStack
