// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/configstore.h"
#include "app/consolecore.h"
#include "app/emulatedreaders.h"
#include "app/onboarding/onboardingchecks.h"
#include "app/onboarding/onboardingprogress.h"
#include "app/registration/registrationservice.h"
#include "app/settings/readersettings.h"
#include "app/troubleshooting/flowdefinition.h"
#include "app/troubleshooting/flowengine.h"
#include "devicelink/readerregistry.h"
#include "views/mainwindow/mainwindow.h"
#include "views/mirror/mirrorview.h"
#include "views/onboarding/detectstep.h"
#include "views/onboarding/loginnamestep.h"
#include "views/onboarding/onboardingwizard.h"
#include "views/onboarding/summarystep.h"
#include "views/onboarding/testpatientstep.h"
#include "views/registration/registrationpage.h"
#include "views/troubleshooting/troubleshootingpage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

const QStringList Serials{u"EMU-0001"_s, u"EMU-0002"_s};
const QString Password = u"Wizard-Pass-2026"_s;

} // namespace

// The 導入ウィザード on a real console with two emulated readers, from the
// environment checks to the printed record; resumed where it was left; and
// without readers, branching into the 「接続を待っています」 guide. With
// MADOGUCHI_SCREENSHOT_DIR and MADOGUCHI_SCREENSHOT_LANG set, each step is
// saved as onboarding-NN-<step>-<lang>.png.
class TestOnboardingWizard final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleCore> m_core;
    std::unique_ptr<Views::MainWindow> m_window;

    Views::OnboardingWizard *openWizard()
    {
        m_window->showOnboarding();
        Views::OnboardingWizard *wizard = m_window->onboardingWizard();
        if (wizard)
            wizard->resize(900, 660);
        return wizard;
    }

    static QAbstractButton *next(Views::OnboardingWizard *wizard) { return wizard->button(QWizard::NextButton); }

    static void grabStep(Views::OnboardingWizard *wizard)
    {
        const QString shots = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        const int id = wizard->currentId();
        const QString name = u"onboarding-%1-%2-%3.png"_s.arg(id + 1, 2, 10, QChar(u'0'))
                                 .arg(OnboardingProgress::stepId(OnboardingStep(id)),
                                      qEnvironmentVariable("MADOGUCHI_SCREENSHOT_LANG", u"ja"_s));
        QVERIFY(wizard->grab().save(QDir(shots).filePath(name)));
    }

    template<typename T>
    static T *child(QWidget *root, const QString &name)
    {
        T *found = root->findChild<T *>(name);
        if (!found)
            qWarning().noquote() << "no child" << name;
        return found;
    }

    void attachAndWait()
    {
        m_window->attachEmulated(2);
        for (const QString &serial : Serials)
            QTRY_VERIFY_WITH_TIMEOUT(m_core->registry()->entry(serial) && m_core->registry()->entry(serial)->trusted,
                                     10000);
    }

    void registerThroughTheDialog(Views::OnboardingWizard *wizard, const QString &account)
    {
        Views::LoginNameStep *step = wizard->loginNameStep();
        QPushButton *add = child<QPushButton>(step, u"addLoginName"_s);
        QVERIFY(add && add->isEnabled());
        const int before = int(m_core->registration()->unregisteredConnected().size());
        add->click();
        QTRY_VERIFY(step->openDialog());
        Views::RegistrationDialog *dialog = step->openDialog();
        const QString serial = dialog->serial();
        QVERIFY(Serials.contains(serial));
        QTest::keyClicks(child<QLineEdit>(dialog, u"accountName"_s), account);
        QTest::keyClicks(child<QLineEdit>(dialog, u"accountPassword"_s), Password);
        QPushButton *ok = child<QPushButton>(dialog, u"registerOk"_s);
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_core->registration()->accountOf(serial), account, 10000);
        QTRY_COMPARE(int(m_core->registration()->unregisteredConnected().size()), before - 1);
        QTRY_VERIFY(child<QLabel>(step, u"loginNameFeedback"_s)->text().contains(serial));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        ConsoleOptions options;
        options.dataDirectory = m_dir->path();
        options.discoveryAddress = QHostAddress::LocalHost;
        options.discoveryPort = 0;
        options.secretBackend = u"file"_s;
        options.language = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_LANG", u"ja"_s);
        Result<std::unique_ptr<ConsoleCore>> created = ConsoleCore::create(options);
        QVERIFY(created.ok());
        m_core = std::move(created).value();
        m_window = std::make_unique<Views::MainWindow>(m_core.get());
        m_window->resize(1200, 720);
        m_window->show();
        // Building the window does not open the wizard: main.cpp does, on a
        // first run only.
        QVERIFY(!m_window->onboardingWizard());
    }

    void cleanup()
    {
        m_window.reset();
        m_core.reset();
        m_dir.reset();
    }

    void walksFromTheChecksToTheRecord()
    {
        Views::OnboardingWizard *wizard = openWizard();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(OnboardingStep::Checks));

        // 1. Environment checks: each one ends as OK, needs attention or a
        // question. Of the questions, the first is answered yes (pass), the
        // second no (what to do is shown), the rest left open; neither a
        // failure nor an open question blocks.
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 10000);
        int questions = 0;
        for (CheckId id : OnboardingChecks::environment()) {
            const QString code = checkIdString(id);
            QLabel *status = child<QLabel>(wizard, u"checkStatus-"_s + code);
            QVERIFY(status);
            QVERIFY(!status->text().isEmpty());
            QVERIFY(wizard->checks()->hasResult(id));
            QPushButton *yes = child<QPushButton>(wizard, u"checkYes-"_s + code);
            QLabel *text = child<QLabel>(wizard, u"checkText-"_s + code);
            if (wizard->checks()->result(id).outcome == CheckOutcome::Unknown) {
                QVERIFY(yes->isVisible());
                QCOMPARE(text->text(), OnboardingChecks::question(id));
                ++questions;
                if (questions == 1) {
                    yes->click();
                    QCOMPARE(wizard->checks()->outcome(id), CheckOutcome::Pass);
                    QVERIFY(!yes->isVisible());
                } else if (questions == 2) {
                    child<QPushButton>(wizard, u"checkNo-"_s + code)->click();
                    QCOMPARE(wizard->checks()->outcome(id), CheckOutcome::Fail);
                    QVERIFY(text->text().startsWith(OnboardingChecks::advice(id)));
                    QVERIFY(child<QLabel>(wizard, u"checksWarning"_s)->isVisible());
                }
            } else if (wizard->checks()->result(id).outcome == CheckOutcome::Fail) {
                QVERIFY(text->text().startsWith(OnboardingChecks::advice(id)));
                QVERIFY(!yes->isVisible());
            } else {
                QVERIFY(!yes->isVisible());
            }
        }
        QVERIFY(next(wizard)->isEnabled());
        grabStep(wizard);
        next(wizard)->click();

        // 2. Readers found, counted while they come.
        QCOMPARE(wizard->currentId(), int(OnboardingStep::Detect));
        QVERIFY(!next(wizard)->isEnabled());
        QVERIFY(child<QWidget>(wizard, u"detectProgress"_s)->isVisible());
        attachAndWait();
        QTRY_COMPARE(wizard->detectStep()->connectedCount(), 2);
        QTRY_VERIFY(next(wizard)->isEnabled());
        QVERIFY(child<QLabel>(wizard, u"detectCount"_s)->text().contains(u'2'));
        grabStep(wizard);
        next(wizard)->click();

        // 3. Licences: emulated readers need none.
        QCOMPARE(wizard->currentId(), int(OnboardingStep::Licence));
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 10000);
        QVERIFY(wizard->checks()->hasResult(CheckId::Licence));
        QVERIFY(child<QLabel>(wizard, u"licenceStatus"_s)->text().contains(u"K-LIC"_s));
        grabStep(wizard);
        next(wizard)->click();

        // 4. A login name for each reader, through the 新規追加 dialog.
        QCOMPARE(wizard->currentId(), int(OnboardingStep::LoginNames));
        QVERIFY(!next(wizard)->isEnabled());
        registerThroughTheDialog(wizard, u"F0clinic01"_s);
        QVERIFY(!next(wizard)->isEnabled());
        registerThroughTheDialog(wizard, u"F0clinic02"_s);
        QTRY_VERIFY(next(wizard)->isEnabled());
        grabStep(wizard);
        next(wizard)->click();

        // 5. The screen message for all readers.
        QCOMPARE(wizard->currentId(), int(OnboardingStep::Messages));
        auto *editor = child<QPlainTextEdit>(wizard, u"screenMessage"_s);
        editor->setPlainText(u"お困りの際は受付へ"_s);
        QPushButton *send = child<QPushButton>(wizard, u"sendMessage"_s);
        QTRY_VERIFY(send->isEnabled());
        send->click();
        const QString sent = QCoreApplication::translate("Views::MessageStep", "The message is saved on the card readers.");
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(wizard, u"messageFeedback"_s)->text(), sent, 10000);
        for (const QString &serial : Serials)
            QCOMPARE(m_core->readerSettings()->screenMessage(serial), u"お困りの際は受付へ"_s);
        grabStep(wizard);
        next(wizard)->click();

        // 6. 電源連動 on one reader, the start-up delay kept when going on.
        QCOMPARE(wizard->currentId(), int(OnboardingStep::Power));
        auto *spin = child<QSpinBox>(wizard, u"startupDelay"_s);
        QCOMPARE(spin->value(), ConfigStore::DefaultStartupDelayS);
        QTRY_VERIFY_WITH_TIMEOUT(child<QCheckBox>(wizard, u"powerLink-EMU-0001"_s)
                                     && child<QCheckBox>(wizard, u"powerLink-EMU-0001"_s)->isEnabled(),
                                 10000);
        child<QCheckBox>(wizard, u"powerLink-EMU-0001"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_core->readerSettings()->power(Serials[0]).powerLink, 10000);
        spin->setValue(90);
        QTRY_VERIFY(child<QCheckBox>(wizard, u"powerLink-EMU-0001"_s)->isChecked());
        grabStep(wizard);
        next(wizard)->click();
        QCOMPARE(m_core->config()->startupDelaySeconds(), 90);

        // 7. 起動 for both, watched until 稼働中.
        QCOMPARE(wizard->currentId(), int(OnboardingStep::Start));
        QVERIFY(!next(wizard)->isEnabled());
        QPushButton *startAll = child<QPushButton>(wizard, u"startAll"_s);
        QVERIFY(startAll->isEnabled());
        startAll->click();
        for (const QString &serial : Serials)
            QTRY_COMPARE_WITH_TIMEOUT(m_core->registry()->entry(serial)->state, ReaderState::Running, 10000);
        QTRY_VERIFY(!startAll->isEnabled());
        QVERIFY(next(wizard)->isEnabled());
        grabStep(wizard);
        next(wizard)->click();

        // 8. A test patient on one reader, in its mirror: the check's outcome
        // arrives, or the reader side says it cannot play one yet (C441).
        QCOMPARE(wizard->currentId(), int(OnboardingStep::TestPatient));
        Views::TestPatientStep *test = wizard->testPatientStep();
        QCOMPARE(test->serial(), Serials[0]);
        QVERIFY(test->mirror());
        QTRY_VERIFY_WITH_TIMEOUT(test->mirror()->hasFrame(), 10000);
        QPushButton *play = child<QPushButton>(wizard, u"playTestPatient"_s);
        QVERIFY(play->isEnabled());
        play->click();
        auto *status = child<QLabel>(wizard, u"testStatus"_s);
        const QString unavailable = Error(ErrorCode::TrainingUnavailable).message();
        QTRY_VERIFY_WITH_TIMEOUT(!test->testedSerial().isEmpty() || status->text().contains(u"C441"_s), 60000);
        if (test->testedSerial().isEmpty()) {
            QVERIFY(status->text().contains(unavailable));
            QVERIFY(test->testResult().isEmpty());
        } else {
            QCOMPARE(test->testedSerial(), Serials[0]);
            QVERIFY(!test->testResult().isEmpty());
            QVERIFY(!status->text().contains(u"C441"_s));
        }
        grabStep(wizard);
        next(wizard)->click();

        // 9. The record: both readers, no login name or password; saved as
        // HTML and PDF; a folder that cannot be written is said so.
        QCOMPARE(wizard->currentId(), int(OnboardingStep::Summary));
        Views::SummaryStep *summary = wizard->summaryStep();
        const QString html = summary->html();
        for (const QString &serial : Serials)
            QVERIFY(html.contains(serial));
        QVERIFY(html.contains(u"90"_s));
        QVERIFY(html.contains(u"お困りの際は受付へ"_s));
        QVERIFY(!html.contains(u"F0clinic"_s));
        QVERIFY(!html.contains(Password));
        QVERIFY(child<QTextBrowser>(wizard, u"summaryBrowser"_s)->toPlainText().contains(Serials[1]));
        QTemporaryDir out;
        const QString htmlPath = out.filePath(u"record.html"_s);
        const QString pdfPath = out.filePath(u"record.pdf"_s);
        QVERIFY(summary->saveAs(htmlPath, Views::SummaryStep::Format::Html).ok());
        QVERIFY(summary->saveAs(pdfPath, Views::SummaryStep::Format::Pdf).ok());
        QFile savedHtml(htmlPath);
        QVERIFY(savedHtml.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(savedHtml.readAll()), html);
        QFile savedPdf(pdfPath);
        QVERIFY(savedPdf.open(QIODevice::ReadOnly));
        QVERIFY(savedPdf.size() > 1000);
        QVERIFY(savedPdf.read(5) == "%PDF-");
        auto *feedback = child<QLabel>(wizard, u"saveFeedback"_s);
        QVERIFY(feedback->text().contains(QDir::toNativeSeparators(pdfPath)));
        Result<void> refused =
            summary->saveAs(out.filePath(u"no-such-folder/record.pdf"_s), Views::SummaryStep::Format::Pdf);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::OnboardingSummaryNotSaved);
        QVERIFY(feedback->text().contains(u"C450"_s));
        QVERIFY(feedback->text().contains(Error(ErrorCode::OnboardingSummaryNotSaved).message()));
        feedback->clear();
        grabStep(wizard);

        // The password is nowhere in what the console wrote in the clear.
        QDirIterator files(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(Password.toUtf8()), qPrintable(file.fileName()));
        }

        // Finished: done for good, and the next run starts from the start.
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(OnboardingProgress(m_core->config()).isCompleted());
        QTRY_VERIFY(!m_window->onboardingWizard());
        Views::OnboardingWizard *again = openWizard();
        QVERIFY(again);
        QCOMPARE(again->currentId(), int(OnboardingStep::Checks));
    }

    void resumesAtTheStepReached()
    {
        attachAndWait();
        QVERIFY(OnboardingProgress(m_core->config()).reach(OnboardingStep::Messages).ok());
        Views::OnboardingWizard *wizard = openWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(OnboardingStep::Messages));
        next(wizard)->click();
        QCOMPARE(wizard->currentId(), int(OnboardingStep::Power));
        QCOMPARE(OnboardingProgress(m_core->config()).reached(), OnboardingStep::Power);

        // Closed half-way: not done, and opened again at the same step.
        wizard->button(QWizard::CancelButton)->click();
        QTRY_VERIFY(!m_window->onboardingWizard());
        QVERIFY(!OnboardingProgress(m_core->config()).isCompleted());
        wizard = openWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(OnboardingStep::Power));

        // 最初からやり直す goes back to the checks.
        wizard->button(QWizard::CustomButton1)->click();
        QCOMPARE(wizard->currentId(), int(OnboardingStep::Checks));
        QCOMPARE(OnboardingProgress(m_core->config()).reached(), OnboardingStep::Checks);
    }

    void withoutReadersOffersTheWaitingGuide()
    {
        Views::OnboardingWizard *wizard = openWizard();
        QVERIFY(wizard);
        wizard->setDetectTimeout(300);
        QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 10000);
        next(wizard)->click();
        QCOMPARE(wizard->currentId(), int(OnboardingStep::Detect));
        QPushButton *openFlow = child<QPushButton>(wizard, u"openWaitingFlow"_s);
        QVERIFY(!openFlow->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(openFlow->isVisible(), 5000);
        QVERIFY(child<QLabel>(wizard, u"noReaders"_s)->isVisible());
        QVERIFY(!child<QWidget>(wizard, u"detectProgress"_s)->isVisible());
        QVERIFY(!next(wizard)->isEnabled());
        openFlow->click();
        auto *page = m_window->findChild<Views::TroubleshootingPage *>();
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QVERIFY(page->run());
        QCOMPARE(page->run()->flow().id, Views::DetectStep::WaitingFlow);
        // The wizard stays open beside it, on its step.
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(OnboardingStep::Detect));

        // Waiting again: a reader that comes now is found.
        child<QPushButton>(wizard, u"waitAgain"_s)->click();
        QVERIFY(child<QWidget>(wizard, u"detectProgress"_s)->isVisible());
        wizard->setDetectTimeout(30000);
        child<QPushButton>(wizard, u"waitAgain"_s)->click();
        attachAndWait();
        QTRY_VERIFY(next(wizard)->isEnabled());
        QVERIFY(!openFlow->isVisible());
    }
};

QTEST_MAIN(TestOnboardingWizard)
#include "testonboardingwizard.moc"
