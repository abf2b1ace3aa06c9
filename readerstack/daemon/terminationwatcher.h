// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QObject>

class QSocketNotifier;

namespace ReaderStack {

// Turns SIGTERM and SIGINT into a Qt signal, so the daemon shuts down through
// its event loop (sessions closed, state saved) instead of dying mid-write.
// One per process.
class TerminationWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ReaderStack
