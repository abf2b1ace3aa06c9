// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

class QComboBox;
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

// 画面メッセージ登録: the message of one reader or of all of them, checked as
// it is typed (lines and characters against the limits), previewed by the
// reader itself (the PNG its own renderer paints, so what is shown here is
// what the patient will see), and sent. The console and the reader both
// keep it.
class MessagesPage : public QWidget
{
    Q_OBJECT

public:
    MessagesPage(Console::ReaderSettings *settings, DeviceLink::ReaderRegistry *registry, QWidget *parent = nullptr);

    // The preview last received, as the reader rendered it (unscaled).
    const QImage &previewImage() const { return m_previewImage; }

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void updateTargets();
    void loadMessage();
    void validate();
    void requestPreview();
    void send();
    void showPreview();
    QString target() const;
    QString previewReader() const;

    Console::ReaderSettings *m_settings;
    DeviceLink::ReaderRegistry *m_registry;
    QLabel *m_title;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QPlainTextEdit *m_editor;
    QLabel *m_limits;
    QLabel *m_preview;
    QLabel *m_reminder;
    QPushButton *m_send;
    QTimer m_previewDelay;
    QImage m_previewImage;
    int m_pending = 0;
    DeviceLink::Error m_failure;
};

} // namespace Views
