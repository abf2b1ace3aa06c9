// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/readercommands.h"
#include "devicelink/flowsettings.h"
#include "readerstack/device/readerdevice.h"
#include "readerstack/flow/patientflow.h"
#include "readerstack/host/readerhost.h"
#include "readerstack/scenario/readerscenario.h"
#include "tests/support/consolefixture.h"
#include "views/readerlist/flowsettingsbox.h"
#include "views/readerlist/visualcheckprompt.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace TestSupport;
using namespace Qt::StringLiterals;

namespace {
const QString Serial = u"EMU-0701"_s;
}

// The reader detail panel's 受付の設定 and 目視確認 prompt against a reader
// host on loopback: what the manager sets is what the reader runs.
class TestReceptionSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsWhatTheReaderRuns();
    void aClickChangesTheReader();
    void outOfRangeTimeoutNeverReachesTheReader();
    void promptAppearsOnlyWhileAPatientWaits();

private:
    // As another console would: the reader runs these before the view opens.
    void setOnReader(const FlowSettings &settings)
    {
        QSignalSpy received(m_commands.get(), &Console::ReaderCommands::flowSettingsReceived);
        m_commands->changeFlowSettings(Serial, FlowSettings(), settings);
        QVERIFY(received.wait());
        QCOMPARE(m_host->device()->flowSettings(), settings);
    }

    template<typename T>
    T *child(QWidget *root, const QString &name)
    {
        T *widget = root->findChild<T *>(name);
        if (!widget)
            qWarning().noquote() << "missing" << name;
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<ReaderHost> m_host;
    std::unique_ptr<Console::ReaderCommands> m_commands;
};

void TestReceptionSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_console = std::make_unique<ConsoleFixture>();
    ReaderHostOptions options;
    options.serial = Serial;
    options.stateDirectory = m_dir->filePath(u"reader"_s);
    Result<std::unique_ptr<ReaderHost>> host = ReaderHost::start(options);
    QVERIFY2(host, qPrintable(host ? QString() : host.error().toLogString()));
    m_host = std::move(host).value();
    m_console->fleet->connectTo(u"127.0.0.1"_s, m_host->port());
    QTRY_VERIFY_WITH_TIMEOUT(m_console->registry.entry(Serial) != nullptr, 10000);
    Error error;
    QVERIFY2(m_console->registerReader(Serial, &error), qPrintable(error.toLogString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_console->isTrusted(Serial), 10000);
    QVERIFY(!m_console->command(Serial, ReaderCommand::Start).isError());
    m_commands = std::make_unique<Console::ReaderCommands>(m_console->fleet.get(), &m_console->registry);
}

void TestReceptionSettings::cleanup()
{
    m_commands.reset();
    m_host.reset();
    m_console.reset();
    m_dir.reset();
}

void TestReceptionSettings::showsWhatTheReaderRuns()
{
    FlowSettings running;
    running.consent.surgery = true;
    running.consent.medication = false;
    running.faceTimeoutS = 45;
    setOnReader(running);

    Views::FlowSettingsBox box(&m_console->registry, m_commands.get());
    box.show();
    box.showReader(Serial);
    auto *surgery = child<QCheckBox>(&box, u"consentSurgery"_s);
    auto *medication = child<QCheckBox>(&box, u"consentMedication"_s);
    auto *timeout = child<QSpinBox>(&box, u"faceTimeout"_s);
    QVERIFY(surgery && medication && timeout);
    QTRY_VERIFY(surgery->isEnabled());
    QVERIFY(surgery->isChecked());
    QVERIFY(!medication->isChecked());
    QVERIFY(child<QCheckBox>(&box, u"consentHealthCheck"_s)->isChecked());
    QCOMPARE(timeout->value(), 45);
    QCOMPARE(child<QComboBox>(&box, u"operatingMode"_s)->currentIndex(), 0);
}

void TestReceptionSettings::aClickChangesTheReader()
{
    Views::FlowSettingsBox box(&m_console->registry, m_commands.get());
    box.show();
    box.showReader(Serial);
    auto *surgery = child<QCheckBox>(&box, u"consentSurgery"_s);
    QVERIFY(surgery);
    QTRY_VERIFY(surgery->isEnabled());
    QVERIFY(!surgery->isChecked());

    surgery->click();
    QTRY_VERIFY(m_host->device()->flowSettings().consent.surgery);
    // Nothing else was touched.
    QVERIFY(m_host->device()->flowSettings().consent.medication);
    QCOMPARE(m_host->device()->flowSettings().mode, OperatingMode::Unattended);

    auto *mode = child<QComboBox>(&box, u"operatingMode"_s);
    QTRY_VERIFY(mode->isEnabled());
    mode->setCurrentIndex(1);
    QTRY_COMPARE(m_host->device()->flowSettings().mode, OperatingMode::VisualCheck);
    QVERIFY(m_host->device()->flowSettings().consent.surgery);
}

void TestReceptionSettings::outOfRangeTimeoutNeverReachesTheReader()
{
    Views::FlowSettingsBox box(&m_console->registry, m_commands.get());
    box.show();
    box.showReader(Serial);
    auto *timeout = child<QSpinBox>(&box, u"faceTimeout"_s);
    QVERIFY(timeout);
    QTRY_VERIFY(timeout->isEnabled());
    // The spin box keeps the value inside what the reader accepts.
    QCOMPARE(timeout->minimum(), FlowSettings::MinFaceTimeoutS);
    QCOMPARE(timeout->maximum(), FlowSettings::MaxFaceTimeoutS);
    timeout->setValue(FlowSettings::MaxFaceTimeoutS + 50);
    QTRY_COMPARE(m_host->device()->flowSettings().faceTimeoutS, FlowSettings::MaxFaceTimeoutS);
}

void TestReceptionSettings::promptAppearsOnlyWhileAPatientWaits()
{
    FlowSettings visual;
    visual.mode = OperatingMode::VisualCheck;
    setOnReader(visual);

    Views::VisualCheckPrompt prompt(&m_console->registry, m_commands.get());
    prompt.show();
    prompt.showReader(Serial);
    QVERIFY(prompt.isHidden());

    m_host->scenario()->placeCard(ReaderScenario::sampleHolder(u"1234"_s));
    QTRY_COMPARE(m_host->flow()->state(), PatientFlow::State::VisualCheck);
    QTRY_VERIFY(prompt.isVisible());

    auto *confirm = child<QPushButton>(&prompt, u"visualCheckConfirm"_s);
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY(m_host->flow()->state() != PatientFlow::State::VisualCheck);
    QCOMPARE(m_host->flow()->state(), PatientFlow::State::Consent);
    QTRY_VERIFY(prompt.isHidden());
}

QTEST_MAIN(TestReceptionSettings)
#include "testreceptionsettings.moc"
