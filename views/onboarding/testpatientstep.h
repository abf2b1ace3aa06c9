// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QCborMap>
#include <QPointer>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Console {
class EmulatedReaders;
class FlowOutcomeFeed;
class MirrorHub;
} // namespace Console
namespace DeviceLink {
class ReaderRegistry;
}

namespace Views {

class MirrorView;

// Step 8: one patient check on one 稼働中 card reader, watched in its screen
// mirror. An emulated reader plays a made-up test patient
// (EmulatedReaders::playTestPatient); at a real reader the user puts a My
// Number card on it. The step is done when the reader reports the check's
// outcome (FlowOutcomeFeed); it can be skipped.
class TestPatientStep : public QWizardPage
{
    Q_OBJECT

public:
    TestPatientStep(DeviceLink::ReaderRegistry *registry, Console::MirrorHub *mirrors,
                    Console::EmulatedReaders *emulated, Console::FlowOutcomeFeed *outcomes,
                    QWidget *parent = nullptr);

    // The reader watched now.
    QString serial() const;
    // The reader and result ("success", ...) of the check seen; empty until then.
    QString testedSerial() const { return m_testedSerial; }
    QString testResult() const { return m_testResult; }
    MirrorView *mirror() const;

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillReaders();
    void showReader();
    void play();
    void onOutcome(const QString &serial, const QCborMap &outcome);
    void showStatus();

    DeviceLink::ReaderRegistry *m_registry;
    Console::MirrorHub *m_mirrors;
    Console::EmulatedReaders *m_emulated;
    QLabel *m_readerLabel;
    QComboBox *m_reader;
    QPushButton *m_play;
    QLabel *m_status;
    QVBoxLayout *m_mirrorLayout;
    QPointer<MirrorView> m_mirror;
    QString m_testedSerial;
    QString m_testResult;
    QString m_playError;
    bool m_playing = false;
};

} // namespace Views
