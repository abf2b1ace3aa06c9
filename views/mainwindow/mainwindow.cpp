// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/mainwindow/mainwindow.h"

#include "app/consolecore.h"
#include "app/versionreport.h"
#include "app/emulatedreaders.h"
#include "app/languagemanager.h"
#include "app/logs/logcollection.h"
#include "app/readercommands.h"
#include "app/settings/autorestart.h"
#include "app/training/trainingmode.h"
#include "app/troubleshooting/consoleflowactions.h"
#include "devicelink/endpoint.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerregistry.h"
#include "translations/languagecatalog.h"
#include "views/common/stateappearance.h"
#include "views/charts/chartspage.h"
#include "views/firmware/firmwarepage.h"
#include "views/logs/logcollectdialog.h"
#include "views/logs/logviewerpage.h"
#include "views/messages/messagespage.h"
#include "views/registration/registrationpage.h"
#include "views/settings/settingspage.h"
#include "views/mirror/mirrorgridpage.h"
#include "views/onboarding/onboardingwizard.h"
#include "views/readerlist/readerlistpage.h"
#include "views/training/trainingbanner.h"
#include "views/training/trainingpage.h"
#include "views/tray/readertrayicon.h"
#include "views/troubleshooting/errorcataloguepage.h"
#include "views/troubleshooting/troubleshootingpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcWindow, "madoguchi.window")

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

MainWindow::MainWindow(Console::ConsoleCore *core, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_readerList(new ReaderListPage(core->registry(), core->commands(), this))
    , m_mirror(new MirrorGridPage(core->mirrors(), core->registry(), this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(applicationIcon());
    resize(1100, 680);

    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setFixedWidth(200);
    m_navigation->setIconSize(QSize(20, 20));
    auto *readersItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_ComputerIcon), QString(), m_navigation);
    readersItem->setSizeHint(QSize(0, 36));
    m_pages->addWidget(m_readerList);
    auto *mirrorItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_DesktopIcon), QString(), m_navigation);
    mirrorItem->setSizeHint(QSize(0, 36));
    m_pages->addWidget(m_mirror);
    if (core->logs()) {
        m_logs = new LogViewerPage(*core->logs(), this);
        auto *logsItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QString(),
                                             m_navigation);
        logsItem->setSizeHint(QSize(0, 36));
        m_pages->addWidget(m_logs);
    }
    m_registration = new RegistrationPage(core->registration(), core->fleet(), core->registry(), core->commands(), this);
    m_registrationItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), QString(),
                                             m_navigation);
    m_registrationItem->setSizeHint(QSize(0, 36));
    m_pages->addWidget(m_registration);
    m_messages = new MessagesPage(core->readerSettings(), core->registry(), this);
    m_messagesItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogContentsView), QString(),
                                         m_navigation);
    m_messagesItem->setSizeHint(QSize(0, 36));
    m_pages->addWidget(m_messages);
    m_settings = new SettingsPage(core->config(), core->autoRestart(), core->readerSettings(), core->secrets(),
                                  core->licences(), core->registry(), core->autostart(), this);
    m_settingsItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogListView), QString(),
                                         m_navigation);
    m_settingsItem->setSizeHint(QSize(0, 36));
    m_pages->addWidget(m_settings);
    m_troubleshooting = new TroubleshootingPage(core->flows(), core->liveChecks(), core->flowActions(),
                                                core->readerFacts(), core->registry(), this);
    m_troubleshootingItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogHelpButton), QString(),
                                                m_navigation);
    m_troubleshootingItem->setSizeHint(QSize(0, 36));
    m_pages->addWidget(m_troubleshooting);
    connect(core->flowActions(), &Console::ConsoleFlowActions::openRequested, this, [this](Console::FlowAction action) {
        switch (action) {
        case Console::FlowAction::CollectLogs:
            if (m_collection)
                m_collection->setSupportSummary(m_troubleshooting->supportSummaryJson());
            collectLogs();
            break;
        case Console::FlowAction::OpenLogViewer:
            showPage(u"logs"_s);
            break;
        case Console::FlowAction::OpenRegistration:
            showPage(u"registration"_s);
            break;
        case Console::FlowAction::OpenUpdates:
            showPage(u"firmware"_s);
            break;
        case Console::FlowAction::OpenSettings:
        case Console::FlowAction::OpenLicences:
            showPage(u"settings"_s);
            break;
        default:
            break;
        }
    });
    m_catalogue = new ErrorCataloguePage(core->flows(), this);
    m_catalogueItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxQuestion), QString(),
                                          m_navigation);
    m_catalogueItem->setSizeHint(QSize(0, 36));
    m_pages->addWidget(m_catalogue);
    connect(m_catalogue, &ErrorCataloguePage::flowRequested, this,
            [this](const QString &flowId) { startTroubleshooting(flowId); });
    connect(m_readerList, &ReaderListPage::errorCodeRequested, this, [this](const QString &code) {
        showPage(u"catalogue"_s);
        m_catalogue->showCode(code);
    });
    m_firmware = new FirmwarePage(core->firmwareUpdates(), core->registry(), this);
    m_firmwareItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_BrowserReload), QString(), m_navigation);
    m_firmwareItem->setSizeHint(QSize(0, 36));
    m_pages->addWidget(m_firmware);
    const auto showStatus = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(m_firmware, &FirmwarePage::statusMessage, this, showStatus);
    connect(m_registration, &RegistrationPage::statusMessage, this, showStatus);
    connect(m_messages, &MessagesPage::statusMessage, this, showStatus);
    connect(m_settings, &SettingsPage::statusMessage, this, showStatus);
    m_readerList->setAutoRestart(core->autoRestart());
    if (core->logs()) {
        m_charts = new ChartsPage(*core->logs(), this);
        m_chartsItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogInfoView), QString(),
                                           m_navigation);
        m_chartsItem->setSizeHint(QSize(0, 36));
        m_pages->addWidget(m_charts);
        connect(m_charts, &ChartsPage::statusMessage, this, showStatus);
        m_collection = new Console::LogCollection(
            *core->logs(), core->registry(),
            {core->configPath(), core->logPath(), QDir(core->options().dataDirectory).filePath(u"emulated"_s)}, this);
        connect(m_logs, &LogViewerPage::collectLogsRequested, this, &MainWindow::collectLogs);
    }
    // トレーニング: listed only while the training mode is on (updateTraining).
    m_trainingPage = new TrainingPage(core->training(), core->emulated(), this);
    m_trainingItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_MediaPlay), QString(), m_navigation);
    m_trainingItem->setSizeHint(QSize(0, 36));
    m_pages->addWidget(m_trainingPage);
    connect(m_trainingPage, &TrainingPage::statusMessage, this, showStatus);
    connect(m_trainingPage, &TrainingPage::practiseRequested, this, &MainWindow::startTroubleshooting);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    m_trainingBanner = new TrainingBanner(this);
    connect(m_trainingBanner, &TrainingBanner::endRequested, this, [this] { toggleTraining(false); });
    auto *central = new QWidget(this);
    auto *rows = new QVBoxLayout(central);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(0);
    rows->addWidget(m_trainingBanner);
    auto *body = new QWidget(central);
    auto *layout = new QHBoxLayout(body);
    rows->addWidget(body, 1);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_summary->setObjectName(u"readerSummary"_s);
    statusBar()->addPermanentWidget(m_summary);
    m_trainingStatus = new QLabel(this);
    m_trainingStatus->setObjectName(u"trainingStatus"_s);
    m_trainingStatus->setContentsMargins(8, 0, 8, 0);
    TrainingBanner::applyColours(m_trainingStatus);
    statusBar()->addPermanentWidget(m_trainingStatus);

    buildMenus();

    connect(m_readerList, &ReaderListPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_mirror, &MirrorGridPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_readerList, &ReaderListPage::attachEmulatedRequested, this, [this] { attachEmulated(1); });
    connect(m_readerList, &ReaderListPage::addByAddressRequested, this, &MainWindow::askAddByAddress);
    connect(core->registry(), &ReaderRegistry::summaryChanged, this, &MainWindow::updateSummary);
    connect(core->training(), &Console::TrainingMode::enabledChanged, this, &MainWindow::updateTraining);
    connect(core->emulated(), &Console::EmulatedReaders::attachedChanged, this, &MainWindow::updateTraining);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new ReaderTrayIcon(core->registry(), core->commands(), this);
        connect(m_tray, &ReaderTrayIcon::openConsoleRequested, this, &MainWindow::showConsole);
        connect(m_tray, &ReaderTrayIcon::quitRequested, this, &MainWindow::quitConsole);
        m_tray->show();
    }

    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    if (m_collection)
        m_collectAction = m_fileMenu->addAction(QString(), this, &MainWindow::collectLogs);
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::quitConsole);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_readerMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_readerMenu->addAction(QString(), m_core->commands(), &Console::ReaderCommands::refreshAll);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_addAddressAction = m_readerMenu->addAction(QString(), this, &MainWindow::askAddByAddress);
    m_readerMenu->addSeparator();
    m_attachAction = m_readerMenu->addAction(QString(), this, &MainWindow::askAttachEmulated);

    m_viewMenu = menuBar()->addMenu(QString());
    // The training action says why it is greyed out.
    m_viewMenu->setToolTipsVisible(true);
    m_trainingAction = m_viewMenu->addAction(QString());
    m_trainingAction->setObjectName(u"trainingModeAction"_s);
    m_trainingAction->setCheckable(true);
    connect(m_trainingAction, &QAction::triggered, this, &MainWindow::toggleTraining);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    for (const QString &code : Translations::availableLanguages()) {
        QAction *action = m_languageMenu->addAction(Translations::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_core->language()->language());
        m_languages->addAction(action);
    }
    connect(m_languages, &QActionGroup::triggered, this, [this](QAction *action) {
        if (Result<void> changed = m_core->changeLanguage(action->data().toString()); !changed)
            QMessageBox::warning(this, tr("Language"), changed.error().message());
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_onboardingAction = m_helpMenu->addAction(QString(), this, &MainWindow::showOnboarding);
    m_onboardingAction->setObjectName(u"onboardingAction"_s);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_navigation->item(0)->setText(tr("Card readers"));
    m_navigation->item(1)->setText(tr("Screen mirror"));
    if (m_logs)
        m_navigation->item(2)->setText(tr("Logs"));
    m_registrationItem->setText(tr("Login names", "ログイン名管理"));
    m_messagesItem->setText(tr("Screen message", "画面メッセージ登録"));
    m_settingsItem->setText(tr("Settings"));
    m_firmwareItem->setText(tr("Software update", "ソフトウェア更新"));
    m_catalogueItem->setText(tr("Error codes", "エラーコード一覧"));
    m_troubleshootingItem->setText(tr("Troubleshooting", "トラブルシューティング"));
    if (m_chartsItem)
        m_chartsItem->setText(tr("Charts"));
    m_trainingItem->setText(tr("Training", "トレーニング"));
    if (m_collectAction)
        m_collectAction->setText(tr("&Collect logs for support…"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_readerMenu->setTitle(tr("Card &readers"));
    m_refreshAction->setText(tr("&Refresh all", "最新の情報に更新"));
    m_addAddressAction->setText(tr("Add by &address…"));
    m_attachAction->setText(tr("Attach &emulated reader…"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_onboardingAction->setText(tr("&Setup wizard…", "導入ウィザード"));
    m_aboutAction->setText(tr("&About Madoguchi"));
    m_trainingAction->setText(tr("&Training mode", "トレーニングモード"));
    updateSummary();
    updateTraining();
}

QString MainWindow::summaryText() const
{
    const ReaderRegistry *registry = m_core->registry();
    QString text = tr("Running %1 · Stopped %2 · Closed %3 · Waiting %4 · Error %5")
                       .arg(registry->countInState(ReaderState::Running))
                       .arg(registry->countInState(ReaderState::Stopped))
                       .arg(registry->countInState(ReaderState::ReceptionClosed))
                       .arg(registry->countInState(ReaderState::WaitingForConnection))
                       .arg(registry->countInState(ReaderState::Error));
    int unregistered = 0;
    for (int row = 0; row < registry->rowCount(); ++row)
        unregistered += registry->entryAt(row).registered ? 0 : 1;
    if (unregistered > 0)
        text += u"  "_s + tr("%n not registered", nullptr, unregistered);
    return text;
}

void MainWindow::updateSummary()
{
    m_summary->setText(summaryText());
}

void MainWindow::showPage(const QString &name)
{
    if (name == u"readers"_s)
        m_navigation->setCurrentRow(m_pages->indexOf(m_readerList));
    else if (name == u"mirror"_s)
        m_navigation->setCurrentRow(m_pages->indexOf(m_mirror));
    else if (name == u"logs"_s && m_logs)
        m_navigation->setCurrentRow(m_pages->indexOf(m_logs));
    else if (name == u"charts"_s && m_charts)
        m_navigation->setCurrentRow(m_pages->indexOf(m_charts));
    else if (name == u"registration"_s)
        m_navigation->setCurrentRow(m_pages->indexOf(m_registration));
    else if (name == u"messages"_s)
        m_navigation->setCurrentRow(m_pages->indexOf(m_messages));
    else if (name == u"troubleshooting"_s)
        m_navigation->setCurrentRow(m_pages->indexOf(m_troubleshooting));
    else if (name == u"catalogue"_s)
        m_navigation->setCurrentRow(m_pages->indexOf(m_catalogue));
    else if (name == u"firmware"_s)
        m_navigation->setCurrentRow(m_pages->indexOf(m_firmware));
    else if (name == u"settings"_s || name == u"audit"_s)
        m_navigation->setCurrentRow(m_pages->indexOf(m_settings));
    else if (name == u"training"_s && m_core->training()->isEnabled())
        m_navigation->setCurrentRow(m_pages->indexOf(m_trainingPage));
}

void MainWindow::toggleTraining(bool on)
{
    Console::TrainingMode *training = m_core->training();
    if (on == training->isEnabled())
        return;
    if (on) {
        const QMessageBox::StandardButton answer = QMessageBox::question(
            this, tr("Training mode"),
            tr("Turn the training mode on?\n\nPractice faults (a pulled cable, a frozen screen, an old version, …) "
               "will be played on the emulated card readers (%1) so that you can practise the troubleshooting "
               "guides. Real card readers are not touched. Do not use the console for real reception meanwhile.")
                .arg(m_core->emulated()->serials().join(u", "_s)));
        if (answer != QMessageBox::Yes) {
            m_trainingAction->setChecked(false);
            return;
        }
        training->setEnabled(true);
        showPage(u"training"_s);
        return;
    }
    // TrainingMode clears every practice fault as it turns off.
    training->setEnabled(false);
    statusBar()->showMessage(tr("Training mode off: the practice faults were cleared."), 8000);
}

void MainWindow::updateTraining()
{
    const bool on = m_core->training()->isEnabled();
    const bool emulated = !m_core->emulated()->serials().isEmpty();
    // On, it stays enabled so that it can be turned off after the last
    // emulated reader went.
    m_trainingAction->setEnabled(on || emulated);
    m_trainingAction->setChecked(on);
    m_trainingAction->setToolTip(
        on || emulated ? tr("Practice faults on the emulated card readers, to learn the troubleshooting guides")
                       : tr("The training mode needs an emulated card reader: attach one first (Card readers ▸ "
                            "Attach emulated reader…)."));
    m_trainingAction->setStatusTip(m_trainingAction->toolTip());
    m_trainingBanner->setVisible(on);
    m_trainingStatus->setVisible(on);
    m_trainingStatus->setText(tr("Training mode"));
    if (!on && m_pages->currentWidget() == m_trainingPage)
        showPage(u"readers"_s);
    m_trainingItem->setHidden(!on);
    const QString title = tr("Madoguchi — card reader console");
    setWindowTitle(on ? tr("[Training]") + u' ' + title : title);
}

void MainWindow::startTroubleshooting(const QString &flowId, const QString &serial)
{
    showPage(u"troubleshooting"_s);
    showConsole();
    // A guide whose file failed to load is missing (the log says why).
    if (!m_troubleshooting->startFlow(flowId, serial))
        QMessageBox::warning(this, tr("Troubleshooting", "トラブルシューティング"),
                             tr("There is no guide \"%1\".").arg(flowId));
}

OnboardingWizard *MainWindow::onboardingWizard() const
{
    return m_onboarding;
}

void MainWindow::showOnboarding()
{
    if (!m_onboarding) {
        m_onboarding = new OnboardingWizard(m_core, this);
        m_onboarding->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_onboarding, &OnboardingWizard::troubleshootingRequested, this,
                [this](const QString &flowId) { startTroubleshooting(flowId); });
        connect(m_onboarding, &OnboardingWizard::pageRequested, this, [this](const QString &name) {
            showPage(name);
            showConsole();
        });
    }
    m_onboarding->show();
    m_onboarding->raise();
    m_onboarding->activateWindow();
}

void MainWindow::collectLogs()
{
    if (!m_collection)
        return;
    auto *dialog = new LogCollectDialog(m_collection, m_core->registry(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::attachEmulated(int count)
{
    Result<QStringList> attached = m_core->emulated()->attach(count);
    if (!attached) {
        qCWarning(lcWindow).noquote() << "attach emulated readers:" << attached.error().toLogString();
        QMessageBox::warning(this, tr("Attach emulated reader"),
                             tr("The emulated card reader could not be attached: %1 (%2)")
                                 .arg(attached.error().message(), attached.error().codeString()));
        return;
    }
    statusBar()->showMessage(tr("Attached %1").arg(attached->join(u", "_s)), 8000);
}

void MainWindow::askAttachEmulated()
{
    bool ok = false;
    const int count = QInputDialog::getInt(this, tr("Attach emulated reader"),
                                           tr("Number of emulated card readers to attach:"), 1, 1,
                                           Console::EmulatedReaders::MaxReaders, 1, &ok);
    if (ok)
        attachEmulated(count);
}

void MainWindow::askAddByAddress()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add card reader by address"),
                                               tr("Address and port of the card reader (for example "
                                                  "192.168.250.2:45455):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    Result<std::pair<QHostAddress, quint16>> endpoint = parseEndpoint(text);
    if (!endpoint) {
        QMessageBox::warning(this, tr("Add card reader by address"),
                             tr("\"%1\" is not an address and port. Write it like 192.168.250.2:45455.").arg(text));
        return;
    }
    m_core->fleet()->connectTo(endpoint->first.toString(), endpoint->second);
    statusBar()->showMessage(tr("Connecting to %1…").arg(text.trimmed()), 8000);
}

void MainWindow::showAbout()
{
    const QString report = Console::versionReport(*m_core->registry(), m_core->consoleFingerprint());
    QMessageBox box(QMessageBox::Information, tr("About Madoguchi"),
                    tr("Console for face-authentication My Number card readers.") + u"\n\n"_s + report,
                    QMessageBox::Close, this);
    box.setObjectName(u"aboutBox"_s);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *copy = box.addButton(tr("&Copy for support"), QMessageBox::ActionRole);
    copy->setObjectName(u"copyVersions"_s);
    // Copying must not close the box: QMessageBox closes on every button it
    // manages, so the button's own click is taken over.
    copy->disconnect();
    connect(copy, &QPushButton::clicked, &box, [this, report] {
        QGuiApplication::clipboard()->setText(report);
        statusBar()->showMessage(tr("Versions copied"), 5000);
    });
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && m_tray && m_tray->isVisible()) {
        hide();
        if (!m_toldAboutTray) {
            m_tray->showMessage(tr("Madoguchi"),
                                tr("Madoguchi keeps watching the card readers in the task tray. Use Quit in its "
                                   "menu to end it."));
            m_toldAboutTray = true;
        }
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::quitConsole()
{
    m_quitting = true;
    close();
    QApplication::quit();
}

void MainWindow::showConsole()
{
    show();
    raise();
    activateWindow();
}

} // namespace Views
