// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/device/readerdevice.h"
#include "readerstack/flow/flowoutcome.h"
#include "readerstack/flow/patientflow.h"
#include "readerstack/host/readerhost.h"
#include "readerstack/scenario/readerscenario.h"

#include <QTemporaryDir>
#include <QTest>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

// The made-up patient of the setup wizard and the training mode: only at a
// reader in service, through the whole check by face, and the card leaves
// after 資格確認終了.
class TestTestPatient final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReaderHost> m_host;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        ReaderHostOptions options;
        options.serial = u"EMU-0001"_s;
        options.stateDirectory = m_dir->filePath(u"reader"_s);
        Result<std::unique_ptr<ReaderHost>> host = ReaderHost::start(options);
        QVERIFY(host.ok());
        m_host = std::move(host).value();
    }

    void cleanup()
    {
        m_host.reset();
        m_dir.reset();
    }

    void needsTheReaderInService()
    {
        QCOMPARE(m_host->playTestPatient().error().code(), ErrorCode::IllegalTransition);
        QVERIFY(!m_host->scenario()->hasCard());
    }

    void notOnAFrozenScreen()
    {
        QVERIFY(m_host->device()->apply(ReaderCommand::Start).ok());
        QVERIFY(m_host->setFault(EmulatedFault::FrozenScreen, true).ok());
        QCOMPARE(m_host->playTestPatient().error().code(), ErrorCode::IllegalTransition);
        QVERIFY(!m_host->scenario()->hasCard());
    }

    void goesThroughTheCheckByFace()
    {
        QVERIFY(m_host->device()->apply(ReaderCommand::Start).ok());
        QList<FlowOutcome> outcomes;
        connect(m_host->flow(), &PatientFlow::outcomeRecorded, this,
                [&outcomes](const FlowOutcome &outcome) { outcomes << outcome; });
        QVERIFY(m_host->playTestPatient().ok());
        QVERIFY(m_host->scenario()->hasCard());
        // One at a time: the tray holds one card.
        QCOMPARE(m_host->playTestPatient().error().code(), ErrorCode::IllegalTransition);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 1, 20000);
        QCOMPARE(outcomes.first().result, FlowOutcome::Result::Success);
        QCOMPARE(outcomes.first().method, FlowOutcome::Method::Face);
        QTRY_VERIFY_WITH_TIMEOUT(!m_host->scenario()->hasCard(), 10000);
        QCOMPARE(m_host->flow()->state(), PatientFlow::State::Idle);
        // And again, for the next trainee.
        QVERIFY(m_host->playTestPatient().ok());
    }
};

QTEST_MAIN(TestTestPatient)
#include "testtestpatient.moc"
