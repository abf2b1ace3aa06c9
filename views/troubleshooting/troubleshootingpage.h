// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Console {
class FlowActions;
class FlowEngine;
class FlowLibrary;
class LiveChecks;
class ReaderFacts;
} // namespace Console
namespace DeviceLink {
class ReaderRegistry;
}

namespace Views {

// トラブルシューティング: pick a symptom (searched in Japanese or English),
// optionally the reader it is about, and go through its flow one step at a
// time. Checks run by themselves; a check this PC cannot make is asked as a
// question. Actions are one click. The transcript grows as it goes, and an
// end in "contact support" offers the support summary to copy.
class TroubleshootingPage : public QWidget {
    Q_OBJECT

public:
    TroubleshootingPage(const Console::FlowLibrary *flows, Console::LiveChecks *checks,
                        Console::FlowActions *actions, const Console::ReaderFacts *facts,
                        DeviceLink::ReaderRegistry *registry, QWidget *parent = nullptr);
    ~TroubleshootingPage() override;

    // Starts the flow of this id (about serial, or every reader); false when
    // there is no such flow.
    bool startFlow(const QString &flowId, const QString &serial = {});
    const Console::FlowEngine *run() const { return m_run.get(); }
    // The support summary of the run so far, as text for the clipboard.
    QString supportSummaryText() const;
    QByteArray supportSummaryJson() const;

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFlows();
    void fillReaders();
    void showStep();

    const Console::FlowLibrary *m_flows;
    Console::LiveChecks *m_checks;
    Console::FlowActions *m_actions;
    const Console::ReaderFacts *m_facts;
    DeviceLink::ReaderRegistry *m_registry;
    std::unique_ptr<Console::FlowEngine> m_run;

    QLineEdit *m_search;
    QListWidget *m_flowList;
    QLabel *m_readerLabel;
    QComboBox *m_reader;
    QPushButton *m_startFlow;
    QLabel *m_title;
    QLabel *m_step;
    QLabel *m_status;
    QWidget *m_choices;
    QHBoxLayout *m_choiceLayout;
    QPushButton *m_back;
    QPushButton *m_restart;
    QPushButton *m_copySummary;
    QPushButton *m_continue;
    QLabel *m_transcriptLabel;
    QListWidget *m_transcript;
};

} // namespace Views
