// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace Views {
class FlowSettingsBox;
class VisualCheckPrompt;
} // namespace Views

namespace Console {
class ReaderCommands;
}
namespace DeviceLink {
class ReaderRegistry;
}

namespace Views {

// Everything known about the selected reader, with the error explained in
// words and what to do about it, follows the registry live; below it the
// reader's visual-check prompt and its reception settings.
class ReaderDetailPanel : public QWidget
{
    Q_OBJECT

public:
    ReaderDetailPanel(DeviceLink::ReaderRegistry *registry, Console::ReaderCommands *commands,
                      QWidget *parent = nullptr);

    void showReader(const QString &serial);
    QString serial() const { return m_serial; }

Q_SIGNALS:
    // The manager asked what the reader's error code means (エラーコード一覧).
    void errorCodeRequested(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    DeviceLink::ReaderRegistry *m_registry;
    QString m_serial;
    QLabel *m_title;
    QFormLayout *m_form;
    QLabel *m_state;
    QLabel *m_registration;
    QLabel *m_software;
    QLabel *m_firmware;
    QLabel *m_model;
    QLabel *m_address;
    QLabel *m_uptime;
    QLabel *m_problem;
    QPushButton *m_explain;
    VisualCheckPrompt *m_visualCheck;
    FlowSettingsBox *m_flowSettings;
};

} // namespace Views
