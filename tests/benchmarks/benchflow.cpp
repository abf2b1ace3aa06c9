// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

// make bench B=flow
//
// A PIN check as the reader runs it, 200 times: card placed → card face
// (scripted, no delay) → chip unlocked → 暗証番号 → 薬剤 and 特定健診 consents
// → 資格確認終了, on the real screen and clock. Each touch is made as soon as
// its screen has rendered, so there is no user think time in the
// measurement: what is timed is the reader's own work, from the card placed
// to the 資格確認終了 screen rendered. A fresh virtual card each run; five
// untimed runs first warm the font and glyph caches.

#include "readerstack/flow/flowclock.h"
#include "readerstack/flow/patientflow.h"
#include "readerstack/scenario/readerscenario.h"
#include "readerstack/screen/consentscene.h"
#include "readerstack/screen/messagescene.h"
#include "readerstack/screen/methodchoicescene.h"
#include "readerstack/screen/pinpadscene.h"
#include "readerstack/screen/readerscreen.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ReaderStack;
using namespace Qt::StringLiterals;

namespace {

constexpr int Runs = 200;
constexpr int WarmUpRuns = 5;
constexpr int GiveUpMs = 10'000;
const QString Pin = u"2580"_s;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

// The patient: touches the screen just rendered, once per screen (once per
// digit on the PIN pad).
class Patient
{
public:
    Patient(ReaderScreen &screen, PatientFlow &flow)
        : m_screen(screen)
        , m_flow(flow)
    {
    }

    void reset()
    {
        m_lastScene = nullptr;
        m_lastEntered = -1;
    }

    void onRendered()
    {
        const Scene *scene = m_screen.scene();
        switch (m_flow.state()) {
        case PatientFlow::State::ChoosingMethod:
            touchOnce(scene, MethodChoiceScene::buttonArea(VerificationMethod::Pin));
            break;
        case PatientFlow::State::PinEntry: {
            const int entered = static_cast<const PinPadScene *>(scene)->entered();
            if (scene == m_lastScene && entered == m_lastEntered)
                break;
            m_lastScene = scene;
            m_lastEntered = entered;
            m_screen.press(PinPadScene::keyArea(entered < PinPadScene::PinLength ? Pin.at(entered).digitValue()
                                                                                  : int(PinPadScene::KeyConfirm))
                               .center());
            break;
        }
        case PatientFlow::State::Consent:
            touchOnce(scene, ConsentScene::buttonArea(true));
            break;
        default:
            break;
        }
    }

private:
    void touchOnce(const Scene *scene, const QRect &area)
    {
        if (scene == m_lastScene)
            return;
        m_lastScene = scene;
        m_lastEntered = -1;
        m_screen.press(area.center());
    }

    ReaderScreen &m_screen;
    PatientFlow &m_flow;
    const Scene *m_lastScene = nullptr;
    int m_lastEntered = -1;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    SystemFlowClock clock;
    ReaderScreen screen;
    ReaderScenario scenario(clock);
    PatientFlow flow(screen, scenario.cardFaceSource(), scenario.faceVerifier(), clock);
    QObject::connect(&scenario, &ReaderScenario::cardPlaced, &flow, &PatientFlow::cardPlaced);
    QObject::connect(&scenario, &ReaderScenario::cardRemoved, &flow, &PatientFlow::cardRemoved);
    Patient patient(screen, flow);

    QEventLoop loop;
    bool done = false;
    bool succeeded = false;
    QObject::connect(&screen, &ReaderScreen::frameRendered, &loop, [&] {
        if (flow.state() == PatientFlow::State::Finished) {
            const auto *message = dynamic_cast<const MessageScene *>(screen.scene());
            succeeded = message && message->kind() == MessageScene::Kind::Done;
            done = true;
            loop.quit();
            return;
        }
        patient.onRendered();
    });

    const CardHolder holder = ReaderScenario::sampleHolder(Pin);
    std::vector<double> times;
    times.reserve(Runs);
    for (int run = 0; run < WarmUpRuns + Runs; ++run) {
        done = false;
        succeeded = false;
        patient.reset();
        QTimer giveUp;
        giveUp.setSingleShot(true);
        QObject::connect(&giveUp, &QTimer::timeout, &loop, &QEventLoop::quit);
        giveUp.start(GiveUpMs);
        QElapsedTimer elapsed;
        elapsed.start();
        scenario.placeCard(holder);
        if (!done)
            loop.exec();
        const double ms = double(elapsed.nsecsElapsed()) / 1e6;
        if (!done || !succeeded) {
            std::fprintf(stderr, "benchflow: run %d did not end on 資格確認終了 (state %d)\n", run, int(flow.state()));
            return 1;
        }
        scenario.removeCard();
        if (run >= WarmUpRuns)
            times.push_back(ms);
    }

    const double p50 = percentile(times, 0.50);
    const double p95 = percentile(times, 0.95);
    std::printf("PIN flow, card placed to 資格確認終了 rendered: min %.2f ms, p50 %.2f ms, p95 %.2f ms, max %.2f ms\n",
                *std::min_element(times.begin(), times.end()), p50, p95,
                *std::max_element(times.begin(), times.end()));
    std::printf("BENCH flow pin_ms=%.2f pin_p95_ms=%.2f runs=%d\n", p50, p95, Runs);
    return 0;
}
