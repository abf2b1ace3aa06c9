// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Console {
class ReaderCommands;
}
namespace DeviceLink {
class Error;
class ReaderRegistry;
} // namespace DeviceLink

namespace Views {

// Shown while a patient at the selected reader waits in 目視確認モード: staff
// compare the patient with the card's photo and answer here. Hidden as soon
// as the reader no longer waits (answered, card removed, time up).
class VisualCheckPrompt : public QFrame
{
    Q_OBJECT

public:
    VisualCheckPrompt(DeviceLink::ReaderRegistry *registry, Console::ReaderCommands *commands,
                      QWidget *parent = nullptr);

    void showReader(const QString &serial);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void answer(bool confirmed);
    void onFinished(const QString &serial, bool confirmed, const DeviceLink::Error &error);
    void retranslate();

    DeviceLink::ReaderRegistry *m_registry;
    Console::ReaderCommands *m_commands;
    QString m_serial;
    bool m_sent = false;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_problem;
    QPushButton *m_confirm;
    QPushButton *m_refuse;
};

} // namespace Views
