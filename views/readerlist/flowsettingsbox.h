// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/flowsettings.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace Console {
class ReaderCommands;
}
namespace DeviceLink {
class Error;
class ReaderRegistry;
} // namespace DeviceLink

namespace Views {

// 受付の設定 of the selected reader: the consent items it asks, 無人運転モード
// or 目視確認モード, and the face step's time limit. Read from the reader
// when shown or reconnected; each change is sent at once and the controls
// show what the reader confirmed, or go back to it with the reason.
class FlowSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    FlowSettingsBox(DeviceLink::ReaderRegistry *registry, Console::ReaderCommands *commands,
                    QWidget *parent = nullptr);

    void showReader(const QString &serial);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followRegistry();
    void onReceived(const QString &serial, const DeviceLink::FlowSettings &settings);
    void onFailed(const QString &serial, const DeviceLink::Error &error);
    void sendChange();
    DeviceLink::FlowSettings edited() const;
    void showSettings();
    void setWaiting(bool waiting);
    void retranslate();

    DeviceLink::ReaderRegistry *m_registry;
    Console::ReaderCommands *m_commands;
    QString m_serial;
    bool m_trusted = false;
    bool m_waiting = false;
    // What the reader last confirmed; empty until it answered.
    std::optional<DeviceLink::FlowSettings> m_settings;

    QLabel *m_consentLabel;
    QCheckBox *m_medication;
    QCheckBox *m_healthCheck;
    QCheckBox *m_surgery;
    QCheckBox *m_medicalCare;
    QCheckBox *m_combined;
    QCheckBox *m_highCost;
    QLabel *m_modeLabel;
    QComboBox *m_mode;
    QLabel *m_faceTimeoutLabel;
    QSpinBox *m_faceTimeout;
    QLabel *m_status;
};

} // namespace Views
