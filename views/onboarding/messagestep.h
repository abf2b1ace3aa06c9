// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Console {
class ReaderSettings;
}
namespace DeviceLink {
class ReaderRegistry;
}

namespace Views {

// Step 5: the 画面メッセージ every card reader shows on its idle screen,
// checked as it is typed and sent to all of them (ReaderSettings, as on the
// 画面メッセージ登録 page, where one reader can get a message of its own).
// Optional: no message is a valid choice.
class MessageStep : public QWizardPage
{
    Q_OBJECT

public:
    MessageStep(Console::ReaderSettings *settings, DeviceLink::ReaderRegistry *registry, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    void send();

    Console::ReaderSettings *m_settings;
    DeviceLink::ReaderRegistry *m_registry;
    QPlainTextEdit *m_editor;
    QLabel *m_limits;
    QLabel *m_feedback;
    QPushButton *m_send;
    int m_pending = 0;
    QStringList m_failed;
};

} // namespace Views
