// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace Console {
class ConsoleCore;
class LogCollection;
}

namespace Views {

class ChartsPage;
class ErrorCataloguePage;
class TroubleshootingPage;
class FirmwarePage;
class LogViewerPage;
class MessagesPage;
class OnboardingWizard;
class RegistrationPage;
class SettingsPage;
class MirrorGridPage;
class ReaderListPage;
class ReaderTrayIcon;
class TrainingBanner;
class TrainingPage;

// The console's one window: a navigation list of pages on the left (one per
// feature), the page on the right, a status bar with the reader summary.
// When a system tray exists, closing the window keeps the console running
// there; otherwise closing quits.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Console::ConsoleCore *core, QWidget *parent = nullptr);
    ~MainWindow() override;

    ReaderListPage *readerListPage() const { return m_readerList; }
    MirrorGridPage *mirrorPage() const { return m_mirror; }
    // Null when the console has no log store.
    LogViewerPage *logPage() const { return m_logs; }
    ChartsPage *chartsPage() const { return m_charts; }
    ReaderTrayIcon *trayIcon() const { return m_tray; }
    RegistrationPage *registrationPage() const { return m_registration; }
    MessagesPage *messagesPage() const { return m_messages; }
    SettingsPage *settingsPage() const { return m_settings; }
    TrainingPage *trainingPage() const { return m_trainingPage; }
    QAction *trainingAction() const { return m_trainingAction; }
    QString summaryText() const;

    // "readers", "mirror", "logs", "charts", "registration", "messages", "settings",
    // "audit" (the settings page, which shows the audit trail) or "training"
    // (while the training mode is on); anything else leaves the page as it is.
    void showPage(const QString &name);

    // The ログ収集 dialog (when there is a log store).
    void collectLogs();

    // The troubleshooting page, running the flow of this id about serial
    // (empty: every reader).
    void startTroubleshooting(const QString &flowId, const QString &serial = {});

    // The 導入ウィザード, beside the window (raised when it is open already).
    void showOnboarding();
    // Null while it is not open.
    OnboardingWizard *onboardingWizard() const;

    // Attaches count emulated readers, telling the user if it fails.
    void attachEmulated(int count);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void updateSummary();
    void askAttachEmulated();
    void askAddByAddress();
    void showAbout();
    void quitConsole();
    void showConsole();
    void toggleTraining(bool on);
    void updateTraining();

    Console::ConsoleCore *m_core;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ReaderListPage *m_readerList;
    MirrorGridPage *m_mirror;
    LogViewerPage *m_logs = nullptr;
    ChartsPage *m_charts = nullptr;
    QListWidgetItem *m_chartsItem = nullptr;
    Console::LogCollection *m_collection = nullptr;
    QAction *m_collectAction = nullptr;
    ReaderTrayIcon *m_tray = nullptr;
    RegistrationPage *m_registration = nullptr;
    MessagesPage *m_messages = nullptr;
    SettingsPage *m_settings = nullptr;
    QListWidgetItem *m_registrationItem = nullptr;
    QListWidgetItem *m_messagesItem = nullptr;
    QListWidgetItem *m_settingsItem = nullptr;
    FirmwarePage *m_firmware = nullptr;
    ErrorCataloguePage *m_catalogue = nullptr;
    QListWidgetItem *m_troubleshootingItem = nullptr;
    TroubleshootingPage *m_troubleshooting = nullptr;
    QListWidgetItem *m_catalogueItem = nullptr;
    QListWidgetItem *m_firmwareItem = nullptr;
    TrainingPage *m_trainingPage = nullptr;
    QListWidgetItem *m_trainingItem = nullptr;
    TrainingBanner *m_trainingBanner = nullptr;
    QLabel *m_trainingStatus = nullptr;
    QLabel *m_summary;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_readerMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_addAddressAction = nullptr;
    QAction *m_attachAction = nullptr;
    QAction *m_trainingAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_onboardingAction = nullptr;
    QPointer<OnboardingWizard> m_onboarding;
    QActionGroup *m_languages = nullptr;
    bool m_quitting = false;
    bool m_toldAboutTray = false;
};

} // namespace Views
