// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/readerprovider.h"

#include <QThread>

namespace ReaderStack {

class ReaderHost;

// An emulated reader: a ReaderHost running in its own thread, so that its
// work (screen, later OCR and face matching) never blocks the console.
//
// Teardown (detach() or destruction): the host is destroyed inside its
// thread with a blocking call, then the thread quits and is joined.
class ThreadedReader final : public DeviceLink::AttachedReader
{
    Q_OBJECT

public:
    static DeviceLink::Result<std::unique_ptr<ThreadedReader>> start(const DeviceLink::AttachOptions &options);
    ~ThreadedReader() override;

    QString serial() const override { return m_serial; }
    QSslCertificate certificate() const override { return m_certificate; }
    QHostAddress address() const override { return m_address; }
    quint16 port() const override { return m_port; }
    void detach() override;
    DeviceLink::Result<void> setFault(DeviceLink::EmulatedFault fault, bool active) override;
    QList<DeviceLink::EmulatedFault> faults() const override;
    DeviceLink::Result<void> playTestPatient() override;

private:
    ThreadedReader() = default;
    // Runs call in the reader's thread and waits for it.
    template<typename Call>
    auto inReaderThread(Call call) const;

    QThread m_thread;
    QObject *m_anchor = nullptr; // lives in m_thread; target of blocking calls
    ReaderHost *m_host = nullptr;
    QString m_serial;
    QSslCertificate m_certificate;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace ReaderStack
