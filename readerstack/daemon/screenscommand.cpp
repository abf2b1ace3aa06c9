// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/daemon/screenscommand.h"

#include "readerstack/device/readerversion.h"
#include "readerstack/face/facequality.h"
#include "readerstack/flow/flowclock.h"
#include "readerstack/flow/patientflow.h"
#include "readerstack/scenario/readerscenario.h"
#include "readerstack/screen/consentscene.h"
#include "readerstack/screen/methodchoicescene.h"
#include "readerstack/screen/pinpadscene.h"
#include "readerstack/screen/readerscreen.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

using State = PatientFlow::State;

const QString Pin = u"1234"_s;
const QString WrongPin = u"9999"_s;
const QString SampleSerial = u"MDG-SAMPLE-0001"_s;

void printLine(const QString &text, FILE *stream)
{
    fputs((text + u'\n').toUtf8().constData(), stream);
}

// One reader's flow on a clock that moves only when told, so that every
// screen is shown exactly as it first appears.
class ScreenTour
{
public:
    explicit ScreenTour(QDir directory)
        : m_directory(std::move(directory))
        , m_scenario(m_clock)
        , m_flow(m_screen, m_scenario.cardFaceSource(), m_scenario.faceVerifier(), m_clock)
    {
        QObject::connect(&m_scenario, &ReaderScenario::cardPlaced, &m_flow, &PatientFlow::cardPlaced);
        QObject::connect(&m_scenario, &ReaderScenario::cardRemoved, &m_flow, &PatientFlow::cardRemoved);
    }

    bool run()
    {
        IdleScreenContent idle;
        idle.state = ReaderState::Running;
        idle.serial = SampleSerial;
        idle.software = readerSoftwareVersion();
        m_flow.setIdleContent(idle);
        save(u"idle"_s);

        const CardHolder holder = ReaderScenario::sampleHolder(Pin);
        m_scenario.placeCard(holder, m_clock.today().addMonths(1));
        save(u"reading"_s);
        settle();
        expect(State::CertificateNotice) && save(u"certificate-notice"_s);
        m_clock.advance(m_flow.timeouts().certificateNoticeMs);
        settle();
        expect(State::ChoosingMethod) && save(u"choice"_s);

        // A face check without a verdict stays on its screen.
        m_scenario.scriptFace({ScriptedFaceVerifier::Step{}});
        touch(MethodChoiceScene::buttonArea(VerificationMethod::Face));
        expect(State::FaceVerification) && save(u"face"_s);
        // What the face check asks of the patient, as CameraFaceVerifier does.
        m_flow.showFaceGuidance(FaceQuality::text(FaceGuidance::MoveCloser));
        settle();
        save(u"face-closer"_s);
        m_flow.showFaceGuidance(FaceQuality::text(FaceGuidance::LowerMask));
        settle();
        save(u"face-mask"_s);
        m_scenario.removeCard();

        m_scenario.setFaceVerdict(FaceVerdict::NoMatch);
        m_scenario.placeCard(holder);
        settle();
        touch(MethodChoiceScene::buttonArea(VerificationMethod::Face));
        expect(State::ChoosingMethod) && save(u"choice-after-face-failed"_s);
        ConsentSettings consents;
        consents.surgery = true;
        consents.medicalCare = true;
        consents.highCostCare = true;
        m_flow.setConsentSettings(consents);
        touch(MethodChoiceScene::buttonArea(VerificationMethod::Pin));
        touch(PinPadScene::keyArea(Pin.at(0).digitValue()));
        touch(PinPadScene::keyArea(Pin.at(1).digitValue()));
        expect(State::PinEntry) && save(u"pin"_s);
        for (int i = 2; i < Pin.size(); ++i)
            touch(PinPadScene::keyArea(Pin.at(i).digitValue()));
        touch(PinPadScene::keyArea(PinPadScene::KeyConfirm));
        expectConsent(PatientFlow::ConsentItem::Medication) && save(u"consent-medication"_s);
        agree();
        expectConsent(PatientFlow::ConsentItem::HealthCheck) && save(u"consent-health-check"_s);
        agree();
        expectConsent(PatientFlow::ConsentItem::Surgery) && save(u"consent-surgery"_s);
        agree();
        expectConsent(PatientFlow::ConsentItem::MedicalCare) && save(u"consent-medical-care"_s);
        agree();
        expectConsent(PatientFlow::ConsentItem::HighCostCare) && save(u"consent-high-cost"_s);
        agree();
        expect(State::Finished) && save(u"done"_s);
        m_scenario.removeCard();

        consents.combined = true;
        consents.highCostCare = false;
        m_flow.setConsentSettings(consents);
        m_flow.setOperatingMode(OperatingMode::VisualCheck);
        m_scenario.placeCard(holder);
        settle();
        expect(State::VisualCheck) && save(u"visual-check"_s);
        m_flow.confirmVisually(true);
        settle();
        expectConsent(PatientFlow::ConsentItem::All) && save(u"consent-all"_s);
        m_scenario.removeCard();

        m_flow.setOperatingMode(OperatingMode::Unattended);

        m_scenario.placeUnreadableCard();
        settle();
        expect(State::Finished) && save(u"error-001"_s);
        m_scenario.placeOtherCard();
        settle();
        expect(State::Finished) && save(u"error-002"_s);
        m_scenario.placeMisreadCard(holder);
        settle();
        expect(State::Finished) && save(u"error-003"_s);
        m_scenario.placeLockedCard(holder);
        settle();
        expect(State::Finished) && save(u"error-004"_s);

        m_scenario.placeCard(holder);
        settle();
        touch(MethodChoiceScene::buttonArea(VerificationMethod::Pin));
        for (int attempt = 0; attempt < PatientFlow::MaxPinTries; ++attempt) {
            for (QChar digit : WrongPin)
                touch(PinPadScene::keyArea(digit.digitValue()));
            touch(PinPadScene::keyArea(PinPadScene::KeyConfirm));
        }
        expect(State::Finished) && save(u"error-005"_s);

        m_scenario.placeCard(holder);
        settle();
        m_clock.advance(m_flow.timeouts().methodChoiceMs);
        settle();
        expect(State::Finished) && save(u"error-006"_s);

        m_flow.setOperatingMode(OperatingMode::VisualCheck);
        m_scenario.placeCard(holder);
        settle();
        m_flow.confirmVisually(false);
        settle();
        expect(State::Finished) && save(u"error-007"_s);
        m_scenario.removeCard();
        return m_ok;
    }

private:
    // Lets the flow act on what happened: scripted answers due now, touches
    // handed on from the event loop, then the screen painted.
    void settle()
    {
        for (int i = 0; i < 8; ++i) {
            m_clock.advance(0);
            QCoreApplication::processEvents();
        }
        m_screen.render();
    }

    void touch(const QRect &area)
    {
        m_screen.press(area.center());
        settle();
    }

    void agree() { touch(ConsentScene::buttonArea(true)); }

    bool expect(State state)
    {
        if (m_flow.state() == state)
            return true;
        printLine(u"madoguchi-reader screens: expected %1, the flow is in %2"_s.arg(int(state)).arg(int(m_flow.state())),
                  stderr);
        m_ok = false;
        ++m_number;
        return false;
    }

    bool expectConsent(PatientFlow::ConsentItem item)
    {
        if (!expect(State::Consent))
            return false;
        if (m_flow.currentConsent() == item)
            return true;
        printLine(u"madoguchi-reader screens: expected another consent question"_s, stderr);
        m_ok = false;
        ++m_number;
        return false;
    }

    bool save(const QString &name)
    {
        m_screen.render();
        const QString file = m_directory.filePath(u"%1-%2.png"_s.arg(++m_number, 2, 10, QChar(u'0')).arg(name));
        if (!m_screen.frame().save(file, "PNG")) {
            printLine(u"madoguchi-reader screens: cannot write "_s + file, stderr);
            m_ok = false;
            return false;
        }
        printLine(file, stdout);
        return true;
    }

    QDir m_directory;
    ManualFlowClock m_clock;
    ReaderScreen m_screen;
    ReaderScenario m_scenario;
    PatientFlow m_flow;
    int m_number = 0;
    bool m_ok = true;
};

} // namespace

int runScreensCommand(const QStringList &arguments)
{
    if (arguments.size() != 1 || arguments.constFirst().startsWith(u'-')) {
        printLine(u"usage: madoguchi-reader screens DIR"_s, stderr);
        return 2;
    }
    const QString directory = arguments.constFirst();
    if (!QDir().mkpath(directory)) {
        printLine(u"madoguchi-reader screens: cannot create "_s + directory, stderr);
        return 1;
    }
    ScreenTour tour{QDir(directory)};
    return tour.run() ? 0 : 1;
}

} // namespace ReaderStack
