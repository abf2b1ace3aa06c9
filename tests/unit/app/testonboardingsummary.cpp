// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/onboarding/onboardingchecks.h"
#include "app/onboarding/onboardingsummary.h"

#include <QRegularExpression>
#include <QTest>

using namespace Console;
using namespace Qt::StringLiterals;

// The setup record the onboarding wizard prints: every reader's serial and
// versions, the settings and the check results are in it; login names,
// passwords and anything about a patient are not.
class TestOnboardingSummary final : public QObject
{
    Q_OBJECT

private:
    static OnboardingSummary sample()
    {
        OnboardingSummary summary;
        summary.createdAt = QDateTime(QDate(2026, 12, 3), QTime(9, 30));
        summary.consoleVersion = u"0.1.0"_s;
        summary.startupDelaySeconds = 120;
        summary.messageForAll = u"お困りの際は受付へ"_s;
        summary.licensedReaders = 2;
        summary.checks = {{CheckId::Rdp, CheckOutcome::Pass, false, u"local session"_s},
                          {CheckId::Sleep, CheckOutcome::Fail, false, u"idle suspend after 20 min"_s},
                          {CheckId::Vendor, CheckOutcome::Pass, true, QString()},
                          {CheckId::Hub, CheckOutcome::Unknown, false, QString()}};
        OnboardingSummary::Reader first;
        first.serial = u"CAORA-000123"_s;
        first.software = u"1.6.0.0"_s;
        first.firmware = u"CAORA_MSN_P2.11.7_A16.5.4"_s;
        first.state = u"稼働中"_s;
        first.loginName = true;
        first.powerLink = true;
        OnboardingSummary::Reader second;
        second.serial = u"EMU-0002"_s;
        second.software = u"MADOGUCHI_RDR_1.0.0"_s;
        second.firmware = u"MADOGUCHI_FW_1.0.0"_s;
        second.state = u"停止中"_s;
        second.emulated = true;
        second.screenMessage = u"2階受付 <こちら>"_s;
        summary.readers = {first, second};
        summary.testPatientSerial = u"EMU-0002"_s;
        summary.testPatientResult = u"success"_s;
        return summary;
    }

private Q_SLOTS:
    void holdsSerialsVersionsAndSettings()
    {
        const QString html = sample().toHtml();
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"charset=\"utf-8\""_s));
        for (const QString &expected :
             {u"CAORA-000123"_s, u"EMU-0002"_s, u"1.6.0.0"_s, u"CAORA_MSN_P2.11.7_A16.5.4"_s,
              u"MADOGUCHI_RDR_1.0.0"_s, u"MADOGUCHI_FW_1.0.0"_s, u"稼働中"_s, u"停止中"_s, u"0.1.0"_s,
              u"2026-12-03 09:30"_s, u"120"_s, u"お困りの際は受付へ"_s, u"K-RDP"_s, u"K-SLEEP"_s, u"K-VENDOR"_s,
              u"K-HUB"_s, u"idle suspend after 20 min"_s})
            QVERIFY2(html.contains(expected), qPrintable(expected));
        // Text from the console is escaped, not markup.
        QVERIFY(html.contains(u"2階受付 &lt;こちら&gt;"_s));
        QVERIFY(!html.contains(u"<こちら>"_s));
        // Each outcome in words.
        for (CheckOutcome outcome : {CheckOutcome::Pass, CheckOutcome::Fail, CheckOutcome::Unknown})
            QVERIFY(html.contains(OnboardingChecks::outcomeLabel(outcome).toHtmlEscaped()));
    }

    void saysWhetherALoginNameIsRegisteredButNeverWhichOne()
    {
        OnboardingSummary summary = sample();
        const QString html = summary.toHtml();
        QCOMPARE(html.count(OnboardingSummary::tr("Registered")), 1);
        QCOMPARE(html.count(OnboardingSummary::tr("Not registered")), 1);
        // The record has no field for a login name or a password at all:
        // nothing that looks like one (F0…) or like a secret gets in.
        QVERIFY(!html.contains(QRegularExpression(u"F0[A-Za-z0-9]{4,}"_s)));
    }

    void holdsNothingPersonal()
    {
        const QString html = sample().toHtml();
        // No run of 12 digits (a My Number), no address of a reader.
        QVERIFY(!html.contains(QRegularExpression(u"\\d{12}"_s)));
        QVERIFY(!html.contains(QRegularExpression(u"\\d+\\.\\d+\\.\\d+\\.\\d+:\\d+"_s)));
    }

    void testPatientIsReportedByResultOnly()
    {
        OnboardingSummary summary = sample();
        QVERIFY(summary.toHtml().contains(u"EMU-0002: "_s));
        summary.testPatientSerial.clear();
        summary.testPatientResult.clear();
        QVERIFY(summary.toHtml().contains(OnboardingSummary::tr("Not run.")));
    }

    void emptySummaryStillReads()
    {
        OnboardingSummary summary;
        summary.createdAt = QDateTime(QDate(2026, 12, 3), QTime(9, 30));
        const QString html = summary.toHtml();
        QVERIFY(html.contains(OnboardingSummary::tr("No card reader was found.")));
        QVERIFY(html.endsWith(u"</html>\n"_s));
        QCOMPARE(summary.fileBaseName(), u"madoguchi-setup_20261203-0930"_s);
    }
};

QTEST_GUILESS_MAIN(TestOnboardingSummary)
#include "testonboardingsummary.moc"
