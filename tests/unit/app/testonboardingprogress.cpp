// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/configstore.h"
#include "app/onboarding/onboardingprogress.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

// How far the onboarding wizard got, in config.db: a new console starts at
// the first step and is not done; the step reached survives a restart; a
// finished wizard is done for good and starts again from the first step.
class TestOnboardingProgress final : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<ConfigStore> open(const QTemporaryDir &dir)
    {
        Result<std::unique_ptr<ConfigStore>> store = ConfigStore::open(dir.filePath(u"config.db"_s));
        return store ? std::move(store).value() : nullptr;
    }

private Q_SLOTS:
    void newConsoleStartsAtTheFirstStep()
    {
        QTemporaryDir dir;
        auto store = open(dir);
        QVERIFY(store);
        const OnboardingProgress progress(store.get());
        QCOMPARE(progress.reached(), OnboardingStep::Checks);
        QVERIFY(!progress.isCompleted());
        QVERIFY(!progress.completedAt().isValid());
    }

    void stepReachedSurvivesARestart()
    {
        QTemporaryDir dir;
        {
            auto store = open(dir);
            QVERIFY(store);
            OnboardingProgress progress(store.get());
            QVERIFY(progress.reach(OnboardingStep::Power).ok());
            QCOMPARE(progress.reached(), OnboardingStep::Power);
        }
        auto store = open(dir);
        QVERIFY(store);
        const OnboardingProgress progress(store.get());
        QCOMPARE(progress.reached(), OnboardingStep::Power);
        QVERIFY(!progress.isCompleted());
    }

    void finishingMarksDoneAndStartsTheNextRunAtTheFirstStep()
    {
        QTemporaryDir dir;
        auto store = open(dir);
        QVERIFY(store);
        OnboardingProgress progress(store.get());
        QVERIFY(progress.reach(OnboardingStep::Summary).ok());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(progress.markCompleted().ok());
        QVERIFY(progress.isCompleted());
        QVERIFY(progress.completedAt() >= before);
        QCOMPARE(progress.reached(), OnboardingStep::Checks);

        // Run again and left half-way: resumable again, still done.
        QVERIFY(progress.reach(OnboardingStep::Messages).ok());
        const OnboardingProgress reopened(store.get());
        QCOMPARE(reopened.reached(), OnboardingStep::Messages);
        QVERIFY(reopened.isCompleted());
    }

    void unknownStepIdStartsAtTheFirstStep()
    {
        QTemporaryDir dir;
        auto store = open(dir);
        QVERIFY(store);
        QVERIFY(store->setSetting(u"onboarding/step"_s, u"no-such-step"_s).ok());
        QCOMPARE(OnboardingProgress(store.get()).reached(), OnboardingStep::Checks);
    }

    void stepIdsRoundTrip()
    {
        for (int i = 0; i < OnboardingProgress::StepCount; ++i) {
            const auto step = OnboardingStep(i);
            QCOMPARE(OnboardingProgress::stepFromId(OnboardingProgress::stepId(step)), step);
        }
        QCOMPARE(OnboardingProgress::stepId(OnboardingStep::TestPatient), u"test-patient"_s);
        QVERIFY(!OnboardingProgress::stepFromId(QString()));
    }
};

QTEST_GUILESS_MAIN(TestOnboardingProgress)
#include "testonboardingprogress.moc"
