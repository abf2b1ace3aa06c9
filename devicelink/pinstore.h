// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace DeviceLink {

// A reader this console has registered: the certificate it must present
// from now on, and where it was last seen.
struct PinnedReader
{
    QString serial;
    QString model;
    QSslCertificate certificate;
    QString host;
    quint16 port = 0;
};

// Where the console keeps its pins (config.db in the app). An interface so
// that devicelink needs no database and tests can use memory.
class DEVICELINK_EXPORT PinStore
{
public:
    virtual ~PinStore();
    virtual QList<PinnedReader> pinnedReaders() const = 0;
    virtual Result<void> savePin(const PinnedReader &reader) = 0;
    virtual Result<void> removePin(const QString &serial) = 0;
    virtual Result<void> saveAddress(const QString &serial, const QString &host, quint16 port) = 0;
};

// PinStore in memory, for tests and tools that must not touch disk.
class DEVICELINK_EXPORT MemoryPinStore final : public PinStore
{
public:
    QList<PinnedReader> pinnedReaders() const override { return m_readers; }
    Result<void> savePin(const PinnedReader &reader) override;
    Result<void> removePin(const QString &serial) override;
    Result<void> saveAddress(const QString &serial, const QString &host, quint16 port) override;

private:
    QList<PinnedReader> m_readers;
};

} // namespace DeviceLink
