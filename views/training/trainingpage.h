// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Console {
class EmulatedReaders;
class TrainingMode;
} // namespace Console
namespace DeviceLink {
class Error;
}

namespace Views {

class TrainingFaultModel;

// トレーニング: the practice faults of the training mode on the emulated card
// readers (TrainingFaultModel, checked in the table), the guide to practise
// the chosen one with, and what a trainer does at a reader: pull and plug
// its cable, move it to another USB port, send a test patient. The main
// window lists the page only while the training mode is on.
class TrainingPage : public QWidget {
    Q_OBJECT

public:
    TrainingPage(Console::TrainingMode *training, Console::EmulatedReaders *emulated, QWidget *parent = nullptr);

    TrainingFaultModel *model() const { return m_model; }
    // The reader the buttons act on; empty when no emulated reader is attached.
    QString currentReader() const;
    void setCurrentReader(const QString &serial);

Q_SIGNALS:
    // The troubleshooting guide flowId, about serial (empty: every reader).
    void practiseRequested(const QString &flowId, const QString &serial);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void readersChanged();
    void showCurrentFault();
    void practise();
    void changePort();
    void replug();
    void playTestPatient();
    void showError(const DeviceLink::Error &error);

    Console::TrainingMode *m_training;
    // The fault and the reader chosen, kept while the model is reset: a
    // replug takes the reader's column away and brings it back.
    int m_rowBeforeReset = 0;
    QString m_chosenReader;
    TrainingFaultModel *m_model;
    QLabel *m_intro;
    QTableView *m_faults;
    QLabel *m_explanation;
    QPushButton *m_practise;
    QGroupBox *m_readerBox;
    QLabel *m_readerLabel;
    QComboBox *m_reader;
    QPushButton *m_replug;
    QPushButton *m_changePort;
    QPushButton *m_testPatient;
};

} // namespace Views
