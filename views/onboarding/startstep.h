// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Console {
class ReaderCommands;
}
namespace DeviceLink {
class Error;
class ReaderRegistry;
enum class ReaderCommand;
} // namespace DeviceLink

namespace Views {

// Step 7: 起動 for every registered card reader (ReaderCommands, so the
// licence gate applies), each reader's state shown until it is 稼働中.
// Done when at least one reader is 稼働中, the one the test patient needs.
class StartStep : public QWizardPage
{
    Q_OBJECT

public:
    StartStep(DeviceLink::ReaderRegistry *registry, Console::ReaderCommands *commands, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void startAll();
    void onCommandFinished(const QString &serial, DeviceLink::ReaderCommand command, const DeviceLink::Error &error);

    DeviceLink::ReaderRegistry *m_registry;
    Console::ReaderCommands *m_commands;
    QTableWidget *m_table;
    QLabel *m_count;
    QLabel *m_feedback;
    QPushButton *m_start;
    QStringList m_problems;
};

} // namespace Views
