// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/training/testpatient.h"

#include "readerstack/scenario/readerscenario.h"
#include "readerstack/screen/consentscene.h"
#include "readerstack/screen/methodchoicescene.h"
#include "readerstack/screen/pinpadscene.h"
#include "readerstack/screen/readerscreen.h"

#include <QTimer>

namespace ReaderStack {

namespace {
constexpr qint64 FaceCheckMs = 1500;
} // namespace

TestPatient::TestPatient(ReaderScreen &screen, ReaderScenario &scenario, PatientFlow &flow, QObject *parent)
    : QObject(parent)
    , m_screen(screen)
    , m_scenario(scenario)
    , m_flow(flow)
{
    connect(&m_flow, &PatientFlow::stateChanged, this, &TestPatient::onState);
}

void TestPatient::start()
{
    m_running = true;
    m_scenario.setFaceVerdict(FaceVerdict::Match, FaceCheckMs);
    m_scenario.placeCard(ReaderScenario::sampleHolder());
}

void TestPatient::onState(PatientFlow::State state)
{
    if (!m_running)
        return;
    switch (state) {
    case PatientFlow::State::ChoosingMethod:
        tapLater(MethodChoiceScene::buttonArea(VerificationMethod::Face));
        break;
    case PatientFlow::State::Consent:
        tapLater(ConsentScene::buttonArea(true));
        break;
    case PatientFlow::State::PinEntry:
        for (int key : {PinPadScene::Key1, PinPadScene::Key2, PinPadScene::Key3, PinPadScene::Key4,
                        PinPadScene::KeyConfirm})
            tapLater(PinPadScene::keyArea(key));
        break;
    case PatientFlow::State::Finished:
        QTimer::singleShot(LeaveDelayMs, this, [this] {
            m_running = false;
            if (m_scenario.hasCard())
                m_scenario.removeCard();
            Q_EMIT finished();
        });
        break;
    case PatientFlow::State::Idle:
        // The check ended before 資格確認終了 (the reader was stopped).
        m_running = false;
        if (m_scenario.hasCard())
            m_scenario.removeCard();
        Q_EMIT finished();
        break;
    default:
        break;
    }
}

void TestPatient::tapLater(const QRect &area)
{
    // Taps asked together land one delay apart, in order; a tap on a screen
    // that has moved on meanwhile is ignored by that screen.
    ++m_pendingTaps;
    QTimer::singleShot(TapDelayMs * m_pendingTaps, this, [this, point = area.center()] {
        --m_pendingTaps;
        m_screen.press(point);
    });
}

} // namespace ReaderStack
