// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/firmware/slotstatemachine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

using Slot = SlotStateMachine::Slot;
using Status = SlotStateMachine::Status;

namespace {

const QString Factory = u"MADOGUCHI_RDR_0.1.0"_s;
const QString Next = u"MADOGUCHI_RDR_1.2.0"_s;
const QByteArray Sha(32, '\x11');
const QByteArray OtherSha(32, '\x22');

// The helpers build states through the transitions under test; a step that
// fails there is a broken test, not a failed check.
void require(const Result<void> &result)
{
    if (!result.ok())
        qFatal("%s", qPrintable(result.error().toLogString()));
}

// Boots the machine as a restart would: only what is on disk survives.
SlotStateMachine restart(const SlotStateMachine &machine)
{
    Result<SlotStateMachine> reloaded = SlotStateMachine::fromJson(machine.toJson());
    if (!reloaded.ok())
        qFatal("%s", qPrintable(reloaded.error().toLogString()));
    return reloaded.value();
}

SlotStateMachine installed()
{
    SlotStateMachine m = SlotStateMachine::factory(Factory);
    require(m.beginInstall(Next, 1000, Sha));
    require(m.finishInstall(Sha));
    return m;
}

SlotStateMachine marked(int tries = SlotStateMachine::DefaultTries)
{
    SlotStateMachine m = installed();
    require(m.markTryBoot(tries));
    return restart(m);
}

SlotStateMachine trialRunning()
{
    SlotStateMachine m = marked();
    m.boot();
    return m;
}

void verifyRefused(const Result<void> &result)
{
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::FirmwareUpdateRefused);
}

QByteArray edited(const SlotStateMachine &machine, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject object = QJsonDocument::fromJson(machine.toJson()).object();
    edit(object);
    return QJsonDocument(object).toJson();
}

} // namespace

// Every transition of the A/B slot state machine, and the state file that
// carries it across restarts.
class TestSlotStateMachine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void factoryState()
    {
        const SlotStateMachine m = SlotStateMachine::factory(Factory);
        QCOMPARE(m.active(), Slot::A);
        QCOMPARE(m.inactive(), Slot::B);
        QCOMPARE(m.booted(), Slot::A);
        QVERIFY(!m.trial());
        QCOMPARE(m.record(Slot::A).status, Status::Good);
        QCOMPARE(m.record(Slot::A).version, Factory);
        QVERIFY(m.record(Slot::A).factory);
        QCOMPARE(m.record(Slot::B).status, Status::Empty);
    }

    void bootWithoutTrialRunsActive()
    {
        SlotStateMachine m = SlotStateMachine::factory(Factory);
        const SlotStateMachine before = m;
        const SlotStateMachine::BootDecision decision = m.boot();
        QCOMPARE(decision.slot, Slot::A);
        QVERIFY(!decision.trial);
        QVERIFY(!decision.rolledBack);
        QCOMPARE(m, before);
    }

    void beginInstallIntoInactive()
    {
        SlotStateMachine m = SlotStateMachine::factory(Factory);
        QVERIFY(m.beginInstall(Next, 1000, Sha).ok());
        QCOMPARE(m.record(Slot::B).status, Status::Installing);
        QCOMPARE(m.record(Slot::B).version, Next);
        QCOMPARE(m.record(Slot::B).size, 1000);
        QCOMPARE(m.record(Slot::B).sha256, Sha);
        QCOMPARE(m.record(Slot::A).status, Status::Good);
        QCOMPARE(m.active(), Slot::A);
    }

    void beginInstallAgainResumesOrRestarts()
    {
        SlotStateMachine m = SlotStateMachine::factory(Factory);
        QVERIFY(m.beginInstall(Next, 1000, Sha).ok());
        const SlotStateMachine resumed = m;
        QVERIFY(m.beginInstall(Next, 1000, Sha).ok());
        QCOMPARE(m, resumed);
        QVERIFY(m.beginInstall(u"MADOGUCHI_RDR_1.3.0"_s, 2000, OtherSha).ok());
        QCOMPARE(m.record(Slot::B).status, Status::Installing);
        QCOMPARE(m.record(Slot::B).sha256, OtherSha);
    }

    void beginInstallOverInstalledGoodOrBad()
    {
        SlotStateMachine overInstalled = installed();
        QVERIFY(overInstalled.beginInstall(u"MADOGUCHI_RDR_1.3.0"_s, 5, OtherSha).ok());
        QCOMPARE(overInstalled.record(Slot::B).status, Status::Installing);

        SlotStateMachine overBad = SlotStateMachine::factory(Factory);
        QVERIFY(overBad.beginInstall(Next, 1000, Sha).ok());
        QVERIFY(!overBad.finishInstall(OtherSha).ok());
        QCOMPARE(overBad.record(Slot::B).status, Status::Bad);
        QVERIFY(overBad.beginInstall(Next, 1000, Sha).ok());
        QCOMPARE(overBad.record(Slot::B).status, Status::Installing);

        // After a commit the old active slot, Good, takes the next update.
        SlotStateMachine committed = trialRunning();
        QVERIFY(committed.commit().ok());
        QCOMPARE(committed.inactive(), Slot::A);
        QVERIFY(committed.beginInstall(u"MADOGUCHI_RDR_1.3.0"_s, 5, OtherSha).ok());
        QCOMPARE(committed.record(Slot::A).status, Status::Installing);
        QVERIFY(!committed.record(Slot::A).factory);
        QCOMPARE(committed.record(Slot::B).status, Status::Good);
    }

    void beginInstallRefused()
    {
        SlotStateMachine pending = marked();
        verifyRefused(pending.beginInstall(Next, 1000, Sha));
        SlotStateMachine running = trialRunning();
        verifyRefused(running.beginInstall(Next, 1000, Sha));
        SlotStateMachine m = SlotStateMachine::factory(Factory);
        verifyRefused(m.beginInstall(u"1.2"_s, 1000, Sha));
        verifyRefused(m.beginInstall(Next, -1, Sha));
        verifyRefused(m.beginInstall(Next, 1000, QByteArray(31, 'x')));
        QCOMPARE(m.record(Slot::B).status, Status::Empty);
    }

    void finishInstallChecksTheHash()
    {
        SlotStateMachine good = SlotStateMachine::factory(Factory);
        QVERIFY(good.beginInstall(Next, 1000, Sha).ok());
        QVERIFY(good.finishInstall(Sha).ok());
        QCOMPARE(good.record(Slot::B).status, Status::Installed);

        SlotStateMachine bad = SlotStateMachine::factory(Factory);
        QVERIFY(bad.beginInstall(Next, 1000, Sha).ok());
        const Result<void> mismatch = bad.finishInstall(OtherSha);
        QCOMPARE(mismatch.error().code(), ErrorCode::BundlePayloadMismatch);
        QCOMPARE(bad.record(Slot::B).status, Status::Bad);
        verifyRefused(bad.markTryBoot());
    }

    void finishInstallRefused()
    {
        SlotStateMachine empty = SlotStateMachine::factory(Factory);
        verifyRefused(empty.finishInstall(Sha));
        SlotStateMachine done = installed();
        verifyRefused(done.finishInstall(Sha));
        QCOMPARE(done.record(Slot::B).status, Status::Installed);
    }

    void abortInstall()
    {
        SlotStateMachine installing = SlotStateMachine::factory(Factory);
        QVERIFY(installing.beginInstall(Next, 1000, Sha).ok());
        QVERIFY(installing.abortInstall().ok());
        QCOMPARE(installing.record(Slot::B), SlotStateMachine::Record {});

        SlotStateMachine done = installed();
        QVERIFY(done.abortInstall().ok());
        QCOMPARE(done.record(Slot::B).status, Status::Empty);

        SlotStateMachine empty = SlotStateMachine::factory(Factory);
        verifyRefused(empty.abortInstall());
        SlotStateMachine pending = marked();
        verifyRefused(pending.abortInstall());
        QCOMPARE(pending.record(Slot::B).status, Status::Installed);
    }

    void markTryBoot()
    {
        SlotStateMachine m = installed();
        QVERIFY(m.markTryBoot().ok());
        QCOMPARE(m.trial(), Slot::B);
        QCOMPARE(m.triesLeft(), SlotStateMachine::DefaultTries);
        QCOMPARE(m.active(), Slot::A);
        QCOMPARE(m.booted(), Slot::A);
        QVERIFY(!m.bootedTrial());
    }

    void markTryBootRefused()
    {
        SlotStateMachine empty = SlotStateMachine::factory(Factory);
        verifyRefused(empty.markTryBoot());
        SlotStateMachine installing = SlotStateMachine::factory(Factory);
        QVERIFY(installing.beginInstall(Next, 1000, Sha).ok());
        verifyRefused(installing.markTryBoot());
        SlotStateMachine twice = marked();
        verifyRefused(twice.markTryBoot());
        SlotStateMachine running = trialRunning();
        verifyRefused(running.markTryBoot());
        SlotStateMachine tries = installed();
        verifyRefused(tries.markTryBoot(0));
        verifyRefused(tries.markTryBoot(17));
        QVERIFY(!tries.trial());
    }

    void cancelTryBoot()
    {
        SlotStateMachine m = marked();
        QVERIFY(m.cancelTryBoot().ok());
        QVERIFY(!m.trial());
        QCOMPARE(m.triesLeft(), 0);
        QCOMPARE(m.record(Slot::B).status, Status::Installed);
        QCOMPARE(m.boot().slot, Slot::A);

        SlotStateMachine none = installed();
        verifyRefused(none.cancelTryBoot());
        SlotStateMachine running = trialRunning();
        verifyRefused(running.cancelTryBoot());
        QCOMPARE(running.trial(), Slot::B);
    }

    void bootRunsTheTrialAndSpendsATry()
    {
        SlotStateMachine m = marked();
        const SlotStateMachine::BootDecision decision = m.boot();
        QCOMPARE(decision.slot, Slot::B);
        QVERIFY(decision.trial);
        QVERIFY(!decision.rolledBack);
        QCOMPARE(m.booted(), Slot::B);
        QVERIFY(m.bootedTrial());
        QCOMPARE(m.triesLeft(), 0);
        QCOMPARE(m.active(), Slot::A);
        QCOMPARE(m.record(Slot::B).version, Next);
    }

    void bootWithTriesSpentRollsBack()
    {
        SlotStateMachine m = restart(trialRunning());
        const SlotStateMachine::BootDecision decision = m.boot();
        QCOMPARE(decision.slot, Slot::A);
        QVERIFY(!decision.trial);
        QVERIFY(decision.rolledBack);
        QCOMPARE(m.record(Slot::B).status, Status::Bad);
        QVERIFY(!m.trial());
        QCOMPARE(m.active(), Slot::A);
        // Later boots stay on the active slot without reporting it again.
        SlotStateMachine again = restart(m);
        QVERIFY(!again.boot().rolledBack);
    }

    void bootOfADamagedTrialRollsBackWithoutRunningIt()
    {
        SlotStateMachine m = marked();
        const SlotStateMachine::BootDecision decision = m.boot(false);
        QCOMPARE(decision.slot, Slot::A);
        QVERIFY(decision.rolledBack);
        QCOMPARE(m.record(Slot::B).status, Status::Bad);
    }

    void severalTries()
    {
        SlotStateMachine m = marked(3);
        for (int i = 0; i < 3; ++i) {
            m = restart(m);
            QCOMPARE(m.boot().slot, Slot::B);
            QCOMPARE(m.triesLeft(), 2 - i);
        }
        m = restart(m);
        QVERIFY(m.boot().rolledBack);
        QCOMPARE(m.booted(), Slot::A);
    }

    void commitMakesTheTrialActive()
    {
        SlotStateMachine m = trialRunning();
        QVERIFY(m.commit().ok());
        QCOMPARE(m.active(), Slot::B);
        QCOMPARE(m.booted(), Slot::B);
        QVERIFY(!m.trial());
        QCOMPARE(m.record(Slot::B).status, Status::Good);
        QCOMPARE(m.record(Slot::A).status, Status::Good);
        SlotStateMachine after = restart(m);
        QCOMPARE(after.boot().slot, Slot::B);
        QCOMPARE(after.record(after.booted()).version, Next);
    }

    void commitWithoutTrialChangesNothing()
    {
        SlotStateMachine plain = SlotStateMachine::factory(Factory);
        const SlotStateMachine before = plain;
        QVERIFY(plain.commit().ok());
        QCOMPARE(plain, before);
        // Marked during this boot, not booted yet: this boot is not the trial.
        SlotStateMachine pending = marked();
        QVERIFY(pending.commit().ok());
        QCOMPARE(pending.trial(), Slot::B);
        QCOMPARE(pending.active(), Slot::A);
    }

    void rejectBootedTrial()
    {
        SlotStateMachine m = marked(3);
        m.boot();
        QCOMPARE(m.triesLeft(), 2);
        QVERIFY(m.rejectBootedTrial().ok());
        QCOMPARE(m.triesLeft(), 0);
        SlotStateMachine next = restart(m);
        QVERIFY(next.boot().rolledBack);

        SlotStateMachine active = SlotStateMachine::factory(Factory);
        verifyRefused(active.rejectBootedTrial());
        SlotStateMachine pending = marked();
        verifyRefused(pending.rejectBootedTrial());
    }

    void installAgainAfterRollback()
    {
        SlotStateMachine m = restart(trialRunning());
        QVERIFY(m.boot().rolledBack);
        QVERIFY(m.beginInstall(u"MADOGUCHI_RDR_1.2.1"_s, 10, OtherSha).ok());
        QVERIFY(m.finishInstall(OtherSha).ok());
        QVERIFY(m.markTryBoot().ok());
        m = restart(m);
        QCOMPARE(m.boot().slot, Slot::B);
        QVERIFY(m.commit().ok());
        QCOMPARE(m.record(m.active()).version, u"MADOGUCHI_RDR_1.2.1"_s);
    }

    void stateFileRoundTrips_data()
    {
        QTest::addColumn<QByteArray>("json");
        SlotStateMachine installing = SlotStateMachine::factory(Factory);
        QVERIFY(installing.beginInstall(Next, 1000, Sha).ok());
        SlotStateMachine committed = trialRunning();
        QVERIFY(committed.commit().ok());
        SlotStateMachine rolledBack = restart(trialRunning());
        rolledBack.boot();
        QTest::newRow("factory") << SlotStateMachine::factory(Factory).toJson();
        QTest::newRow("installing") << installing.toJson();
        QTest::newRow("installed") << installed().toJson();
        QTest::newRow("marked") << marked(3).toJson();
        QTest::newRow("trial running") << trialRunning().toJson();
        QTest::newRow("committed") << restart(committed).toJson();
        QTest::newRow("rolled back") << rolledBack.toJson();
    }

    void stateFileRoundTrips()
    {
        QFETCH(QByteArray, json);
        const Result<SlotStateMachine> parsed = SlotStateMachine::fromJson(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().toLogString()));
        QCOMPARE(parsed->toJson(), json);
        QCOMPARE(parsed->booted(), parsed->active());
    }

    void damagedStateFile_data()
    {
        QTest::addColumn<QByteArray>("json");
        const SlotStateMachine pending = marked();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("torn") << pending.toJson().left(40);
        QTest::newRow("format 2") << edited(pending, [](QJsonObject &o) { o.insert(u"format"_s, 2); });
        QTest::newRow("no active") << edited(pending, [](QJsonObject &o) { o.remove(u"active"_s); });
        QTest::newRow("active c") << edited(pending, [](QJsonObject &o) { o.insert(u"active"_s, u"c"_s); });
        QTest::newRow("active not good") << edited(pending, [](QJsonObject &o) { o.insert(u"active"_s, u"b"_s); });
        QTest::newRow("trial is the active slot")
            << edited(pending, [](QJsonObject &o) { o.insert(u"trial"_s, u"a"_s); });
        QTest::newRow("trial not installed") << edited(SlotStateMachine::factory(Factory), [](QJsonObject &o) {
            o.insert(u"trial"_s, u"b"_s);
            o.insert(u"triesLeft"_s, 1);
        });
        QTest::newRow("tries without trial")
            << edited(installed(), [](QJsonObject &o) { o.insert(u"triesLeft"_s, 1); });
        QTest::newRow("negative tries") << edited(pending, [](QJsonObject &o) { o.insert(u"triesLeft"_s, -1); });
        QTest::newRow("too many tries") << edited(pending, [](QJsonObject &o) { o.insert(u"triesLeft"_s, 99); });
        const auto slotB = [](const std::function<void(QJsonObject &)> &edit) {
            return [edit](QJsonObject &o) {
                QJsonObject slots = o.value(u"slots"_s).toObject();
                QJsonObject b = slots.value(u"b"_s).toObject();
                edit(b);
                slots.insert(u"b"_s, b);
                o.insert(u"slots"_s, slots);
            };
        };
        QTest::newRow("unknown status") << edited(pending,
                                                  slotB([](QJsonObject &b) { b.insert(u"status"_s, u"booting"_s); }));
        QTest::newRow("no hash") << edited(pending, slotB([](QJsonObject &b) { b.insert(u"sha256"_s, u""_s); }));
        QTest::newRow("bad version") << edited(pending,
                                               slotB([](QJsonObject &b) { b.insert(u"version"_s, u"latest"_s); }));
        QTest::newRow("negative size") << edited(pending, slotB([](QJsonObject &b) { b.insert(u"size"_s, -5); }));
        QTest::newRow("slot missing") << edited(pending, [](QJsonObject &o) { o.remove(u"slots"_s); });
    }

    void damagedStateFile()
    {
        QFETCH(QByteArray, json);
        const Result<SlotStateMachine> parsed = SlotStateMachine::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code(), ErrorCode::FirmwareStateCorrupt);
    }
};

QTEST_GUILESS_MAIN(TestSlotStateMachine)
#include "testslotstatemachine.moc"
