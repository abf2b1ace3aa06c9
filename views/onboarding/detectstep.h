// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QTimer>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Console {
class ReaderCommands;
}
namespace DeviceLink {
class ReaderRegistry;
}

namespace Views {

// Step 2: waits for the card readers to connect (the console's registry),
// showing how many are there. When none has come within the timeout it
// offers the 「接続を待っています」 guide (flow "waiting-for-connection") and
// waiting again.
class DetectStep : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 60000;
    static inline const QString WaitingFlow = QStringLiteral("waiting-for-connection");

    DetectStep(DeviceLink::ReaderRegistry *registry, Console::ReaderCommands *commands, QWidget *parent = nullptr);

    void setTimeout(int ms) { m_timeout.setInterval(ms); }
    int connectedCount() const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void troubleshootingRequested(const QString &flowId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void waitAgain();
    void refresh();

    DeviceLink::ReaderRegistry *m_registry;
    Console::ReaderCommands *m_commands;
    QTimer m_timeout;
    bool m_timedOut = false;
    QProgressBar *m_progress;
    QLabel *m_count;
    QListWidget *m_readers;
    QLabel *m_none;
    QPushButton *m_openFlow;
    QPushButton *m_waitAgain;
};

} // namespace Views
