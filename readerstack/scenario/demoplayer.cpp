// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/scenario/demoplayer.h"

#include "devicelink/monotonicclock.h"
#include "readerstack/screen/consentscene.h"
#include "readerstack/screen/facecapturescene.h"
#include "readerstack/screen/idlescreen.h"
#include "readerstack/screen/messagescene.h"
#include "readerstack/screen/methodchoicescene.h"
#include "readerstack/screen/pinpadscene.h"
#include "readerstack/screen/readerscreen.h"
#include "readerstack/screen/screentext.h"

#include <array>
#include <cmath>

namespace ReaderStack {

using namespace DeviceLink;

namespace {

enum class StepKind { Idle, ReadingCard, ChooseFace, Face, ChoosePin, Pin, Consent, Done };

struct Step
{
    StepKind kind;
    qint64 durationMs;
};

constexpr std::array<Step, 12> Script{{
    {StepKind::Idle, 1500},
    {StepKind::ReadingCard, 1000},
    {StepKind::ChooseFace, 1000},
    {StepKind::Face, 2000},
    {StepKind::Consent, 1200},
    {StepKind::Done, 1300},
    {StepKind::Idle, 1500},
    {StepKind::ReadingCard, 1000},
    {StepKind::ChoosePin, 1000},
    {StepKind::Pin, 2400},
    {StepKind::Consent, 1200},
    {StepKind::Done, 1300},
}};

constexpr qint64 MsNs = 1'000'000;

std::shared_ptr<Scene> makeScene(StepKind kind, const IdleScreenContent &idle)
{
    switch (kind) {
    case StepKind::Idle: {
        IdleScreenContent content = idle;
        content.state = ReaderState::Running;
        return std::make_shared<IdleScene>(content);
    }
    case StepKind::ReadingCard:
        return std::make_shared<MessageScene>(
            MessageScene::Kind::Busy, screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Health insurance check")),
            screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Reading your card")),
            screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please do not remove the card.")));
    case StepKind::ChooseFace:
    case StepKind::ChoosePin:
        return std::make_shared<MethodChoiceScene>();
    case StepKind::Face:
        return std::make_shared<FaceCaptureScene>();
    case StepKind::Pin:
        return std::make_shared<PinPadScene>();
    case StepKind::Consent:
        return std::make_shared<ConsentScene>(
            screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen",
                                         "Do you agree to share your medication information?")),
            screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen",
                                         "Your doctor can then see the medicines you received in the last three "
                                         "years.")));
    case StepKind::Done:
        return std::make_shared<MessageScene>(
            MessageScene::Kind::Done, screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Health insurance check")),
            screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "The eligibility check is complete")),
            screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please take your card.")));
    }
    return {};
}

} // namespace

DemoPlayer::DemoPlayer(ReaderScreen *screen, IdleScreenContent idle, qint64 phaseNs, QObject *parent)
    : QObject(parent)
    , m_screen(screen)
    , m_idle(std::move(idle))
    , m_phaseNs(((phaseNs % FrameNs) + FrameNs) % FrameNs)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DemoPlayer::tick);
}

DemoPlayer::~DemoPlayer() = default;

qint64 DemoPlayer::loopNs()
{
    qint64 total = 0;
    for (const Step &step : Script)
        total += step.durationMs * MsNs;
    return total;
}

void DemoPlayer::start(qint64 offsetNs)
{
    if (m_running)
        return;
    m_running = true;
    m_startNs = monotonicNs() - offsetNs;
    m_step = -1;
    tick();
}

void DemoPlayer::stop()
{
    m_running = false;
    m_timer.stop();
}

void DemoPlayer::tick()
{
    if (!m_running)
        return;
    showAt(monotonicNs() - m_startNs);
    m_screen->render();
    scheduleNext();
}

void DemoPlayer::scheduleNext()
{
    const qint64 now = monotonicNs();
    const qint64 next = ((now - m_phaseNs) / FrameNs + 1) * FrameNs + m_phaseNs;
    m_timer.start(int((next - now + MsNs - 1) / MsNs));
}

void DemoPlayer::showAt(qint64 tNs)
{
    qint64 t = tNs % loopNs();
    int index = 0;
    while (t >= Script[size_t(index)].durationMs * MsNs) {
        t -= Script[size_t(index)].durationMs * MsNs;
        ++index;
    }
    const Step &step = Script[size_t(index)];
    const qreal progress = qreal(t) / qreal(step.durationMs * MsNs);
    if (index != m_step) {
        m_step = index;
        m_scene = makeScene(step.kind, m_idle);
        m_screen->setScene(m_scene);
    }

    const qreal seconds = qreal(t) / 1e9;
    switch (step.kind) {
    case StepKind::Idle:
        // The arrow slides into the tray and starts again (a sawtooth, not a
        // bounce, which would stand still for a frame at each turn): every
        // frame differs, as a live screen's would.
        m_screen->invalidate(
            static_cast<IdleScene *>(m_scene.get())->setPulse(seconds * 1.5 - std::floor(seconds * 1.5)));
        break;
    case StepKind::ReadingCard:
        m_screen->invalidate(static_cast<MessageScene *>(m_scene.get())->setSpinnerPhase(seconds));
        break;
    case StepKind::ChooseFace:
    case StepKind::ChoosePin: {
        auto *scene = static_cast<MethodChoiceScene *>(m_scene.get());
        const VerificationMethod method =
            step.kind == StepKind::ChooseFace ? VerificationMethod::Face : VerificationMethod::Pin;
        m_screen->invalidate(scene->setPressed(progress > 0.7 ? std::optional(method) : std::nullopt));
        m_screen->invalidate(scene->setRemaining(1 - progress * 0.1));
        break;
    }
    case StepKind::Face: {
        auto *scene = static_cast<FaceCaptureScene *>(m_scene.get());
        m_screen->invalidate(scene->setStandInPhase(seconds / 2));
        // The patient has 30 s; the demo patient is quick.
        m_screen->invalidate(scene->setRemaining(1 - seconds / 30));
        if (progress > 0.5 && scene->remaining() > 0)
            m_screen->invalidate(scene->setGuidance(
                screenText(QT_TRANSLATE_NOOP("ReaderStack::Screen", "Please hold still"))));
        break;
    }
    case StepKind::Pin: {
        auto *scene = static_cast<PinPadScene *>(m_scene.get());
        const int typed = std::min(PinPadScene::PinLength, int(progress * (PinPadScene::PinLength + 1)));
        const qreal inKey = progress * (PinPadScene::PinLength + 1) - std::floor(progress * (PinPadScene::PinLength + 1));
        const int key = typed < PinPadScene::PinLength ? (typed * 3 + 2) % 10 : PinPadScene::KeyConfirm;
        m_screen->invalidate(scene->setEntered(typed));
        m_screen->invalidate(scene->setPressedKey(inKey > 0.6 ? key : PinPadScene::NoKey));
        m_screen->invalidate(scene->setRemaining(1 - seconds / 30));
        break;
    }
    case StepKind::Consent: {
        auto *scene = static_cast<ConsentScene *>(m_scene.get());
        m_screen->invalidate(scene->setPressed(progress > 0.75 ? std::optional(true) : std::nullopt));
        m_screen->invalidate(scene->setRemaining(1 - seconds / 30));
        break;
    }
    case StepKind::Done:
        m_screen->invalidate(static_cast<MessageScene *>(m_scene.get())->setRemaining(1 - progress));
        break;
    }
}

} // namespace ReaderStack
