// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "readerstack/flow/patientflow.h"

#include <QObject>

namespace ReaderStack {

class ReaderScenario;
class ReaderScreen;

// A made-up patient at an emulated reader, for the setup wizard and the
// training mode: puts the sample card in, chooses 顔認証 (the face check
// answers a match), agrees to what is asked, and takes the card out a moment
// after 資格確認終了. Each tap waits a little, so that whoever watches the
// mirror can follow. Should the face check fail, it enters the sample PIN.
//
// Thread: the reader's thread; screen, scenario and flow must outlive it.
class TestPatient : public QObject
{
    Q_OBJECT

public:
    TestPatient(ReaderScreen &screen, ReaderScenario &scenario, PatientFlow &flow, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }

    // Between taps, and from 資格確認終了 to taking the card out.
    static constexpr int TapDelayMs = 700;
    static constexpr int LeaveDelayMs = 2500;

Q_SIGNALS:
    void finished();

private:
    void onState(PatientFlow::State state);
    void tapLater(const QRect &area);

    ReaderScreen &m_screen;
    ReaderScenario &m_scenario;
    PatientFlow &m_flow;
    bool m_running = false;
    int m_pendingTaps = 0;
};

} // namespace ReaderStack
