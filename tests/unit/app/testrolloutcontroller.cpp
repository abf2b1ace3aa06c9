// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/firmware/stagedrollout.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

const QString Version = u"MADOGUCHI_RDR_9.0.0"_s;

// Readers as flags: an update takes its reader out of service and ends on
// the next turn of the event loop, back in the state it had, unless told
// to fail or to stay down. Records who was running at each update.
class FakeUpdater final : public ReaderUpdater {
    Q_OBJECT

public:
    QHash<QString, bool> running;
    QHash<QString, Error> failures;
    QSet<QString> staysDown;
    QStringList updates;
    QList<int> othersRunningAtUpdate;
    int cancels = 0;

    bool isRunning(const QString &serial) const override { return running.value(serial); }

    void update(const QString &serial, const QString &) override
    {
        updates << serial;
        int others = 0;
        for (auto it = running.cbegin(); it != running.cend(); ++it)
            others += it.key() != serial && it.value() ? 1 : 0;
        othersRunningAtUpdate << others;
        const bool was = running.value(serial);
        running[serial] = false;
        m_pending = serial;
        QTimer::singleShot(0, this, [this, serial, was] {
            if (m_pending != serial)
                return;
            Q_EMIT progress(serial, 50, 100);
            if (m_pending != serial) {
                running[serial] = was;
                return;
            }
            m_pending.clear();
            if (failures.contains(serial)) {
                running[serial] = was;
                Q_EMIT failed(serial, failures.value(serial));
                return;
            }
            running[serial] = was && !staysDown.contains(serial);
            Q_EMIT progress(serial, 100, 100);
            Q_EMIT finished(serial, Version);
        });
    }

    void cancel() override
    {
        ++cancels;
        m_pending.clear();
    }

private:
    QString m_pending;
};

} // namespace

// The staged rollout's order and stops, against a fake updater: one reader
// at a time, a 稼働中 reader kept when there are two or more, the first
// failure ends it with the readers after it untouched, cancel.
class TestRolloutController final : public QObject {
    Q_OBJECT

private:
    static QStringList four() { return { u"R1"_s, u"R2"_s, u"R3"_s, u"R4"_s }; }

    static void allRunning(FakeUpdater &updater, const QStringList &serials)
    {
        for (const QString &serial : serials)
            updater.running[serial] = true;
    }

private Q_SLOTS:
    void planPutsReadersOutOfServiceFirst()
    {
        const QSet<QString> running { u"R1"_s, u"R3"_s };
        const auto isRunning = [&](const QString &serial) { return running.contains(serial); };
        QCOMPARE(StagedRollout::plan({ u"R1"_s, u"R2"_s, u"R3"_s, u"R4"_s, u"R2"_s }, isRunning),
                 QStringList({ u"R2"_s, u"R4"_s, u"R1"_s, u"R3"_s }));
        QCOMPARE(StagedRollout::plan({}, isRunning), QStringList());
    }

    void updatesEveryReaderOnceKeepingAnotherRunning()
    {
        FakeUpdater updater;
        allRunning(updater, four());
        StagedRollout rollout(&updater, u"update.mdgb"_s, four());
        QSignalSpy finished(&rollout, &StagedRollout::finished);
        QSignalSpy started(&rollout, &StagedRollout::readerStarted);
        QSignalSpy updated(&rollout, &StagedRollout::readerUpdated);
        QSignalSpy progress(&rollout, &StagedRollout::readerProgress);
        rollout.start();
        QVERIFY(rollout.running());
        QVERIFY(finished.wait(5000));
        QVERIFY(!rollout.running());
        QCOMPARE(updater.updates, four());
        QCOMPARE(rollout.updated(), four());
        QCOMPARE(updated.count(), 4);
        QCOMPARE(updated.last().at(1).toString(), Version);
        QCOMPARE(started.count(), 4);
        QCOMPARE(started.at(2).at(1).toInt(), 2);
        QCOMPARE(started.at(2).at(2).toInt(), 4);
        QCOMPARE(progress.count(), 8);
        for (int others : std::as_const(updater.othersRunningAtUpdate))
            QVERIFY(others >= 1);
        for (const QString &serial : four())
            QVERIFY(updater.running.value(serial));
    }

    void stopsAtTheFirstFailureAndLeavesTheRestAlone()
    {
        FakeUpdater updater;
        allRunning(updater, four());
        updater.failures.insert(u"R2"_s, Error(ErrorCode::BundleWrongModel, u"injected"_s));
        StagedRollout rollout(&updater, u"update.mdgb"_s, four());
        QSignalSpy failed(&rollout, &StagedRollout::failed);
        QSignalSpy finished(&rollout, &StagedRollout::finished);
        rollout.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toString(), u"R2"_s);
        QCOMPARE(failed.first().at(1).value<Error>().code(), ErrorCode::BundleWrongModel);
        QVERIFY(!rollout.running());
        QCOMPARE(updater.updates, QStringList({ u"R1"_s, u"R2"_s }));
        QCOMPARE(rollout.updated(), QStringList({ u"R1"_s }));
        QVERIFY(updater.running.value(u"R3"_s));
        QVERIFY(updater.running.value(u"R4"_s));
        // Nothing more happens after the stop.
        QCoreApplication::processEvents();
        QCOMPARE(updater.updates.size(), 2);
        QVERIFY(finished.isEmpty());
    }

    void neverTakesTheLastRunningReader()
    {
        FakeUpdater updater;
        updater.running[u"A"_s] = true;
        updater.running[u"B"_s] = false;
        StagedRollout rollout(&updater, u"update.mdgb"_s, { u"A"_s, u"B"_s });
        QSignalSpy failed(&rollout, &StagedRollout::failed);
        rollout.start();
        QCOMPARE(rollout.order(), QStringList({ u"B"_s, u"A"_s }));
        QVERIFY(failed.count() > 0 || failed.wait(5000));
        QCOMPARE(failed.first().at(0).toString(), u"A"_s);
        QCOMPARE(failed.first().at(1).value<Error>().code(), ErrorCode::RolloutWouldStopService);
        QCOMPARE(failed.first().at(1).value<Error>().codeString(), u"U630"_s);
        QCOMPARE(updater.updates, QStringList({ u"B"_s }));
        QVERIFY(updater.running.value(u"A"_s));
    }

    void aSingleReaderMayBeUpdated()
    {
        FakeUpdater updater;
        updater.running[u"A"_s] = true;
        StagedRollout rollout(&updater, u"update.mdgb"_s, { u"A"_s });
        QSignalSpy finished(&rollout, &StagedRollout::finished);
        rollout.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(updater.updates, QStringList({ u"A"_s }));
    }

    void aReaderThatDoesNotComeBackStopsTheRollout()
    {
        FakeUpdater updater;
        allRunning(updater, four());
        updater.staysDown.insert(u"R1"_s);
        StagedRollout rollout(&updater, u"update.mdgb"_s, four());
        QSignalSpy failed(&rollout, &StagedRollout::failed);
        rollout.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toString(), u"R1"_s);
        QCOMPARE(failed.first().at(1).value<Error>().code(), ErrorCode::RolloutReaderNotBack);
        QCOMPARE(updater.updates, QStringList({ u"R1"_s }));
        QVERIFY(rollout.updated().isEmpty());
    }

    void cancelStopsTheReaderUnderWayAndTouchesNoOther()
    {
        FakeUpdater updater;
        allRunning(updater, four());
        StagedRollout rollout(&updater, u"update.mdgb"_s, four());
        QSignalSpy cancelled(&rollout, &StagedRollout::cancelled);
        QSignalSpy finished(&rollout, &StagedRollout::finished);
        connect(&rollout, &StagedRollout::readerProgress, this, [&](const QString &serial) {
            if (serial == u"R2"_s)
                rollout.cancel();
        });
        rollout.start();
        QVERIFY(cancelled.wait(5000));
        QVERIFY(!rollout.running());
        QCOMPARE(updater.cancels, 1);
        QCoreApplication::processEvents();
        QCOMPARE(updater.updates, QStringList({ u"R1"_s, u"R2"_s }));
        QCOMPARE(rollout.updated(), QStringList({ u"R1"_s }));
        for (const QString &serial : four())
            QVERIFY(updater.running.value(serial));
        QVERIFY(finished.isEmpty());
    }

    void cancelBeforeTheNextReaderStartsIt()
    {
        FakeUpdater updater;
        allRunning(updater, four());
        StagedRollout rollout(&updater, u"update.mdgb"_s, four());
        QSignalSpy cancelled(&rollout, &StagedRollout::cancelled);
        connect(&rollout, &StagedRollout::readerStarted, this, [&](const QString &serial) {
            if (serial == u"R2"_s)
                rollout.cancel();
        });
        rollout.start();
        QVERIFY(cancelled.wait(5000));
        QCOMPARE(updater.updates, QStringList({ u"R1"_s }));
    }
};

QTEST_MAIN(TestRolloutController)
#include "testrolloutcontroller.moc"
