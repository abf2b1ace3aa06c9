// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableWidget;

namespace Console {
class RegistrationService;
class ReaderCommands;
} // namespace Console
namespace DeviceLink {
class ReaderFleet;
class ReaderRegistry;
} // namespace DeviceLink

namespace Views {

// 新規追加: which reader (serial number and certificate fingerprint shown for
// confirmation), the login name and its password, checked while typed.
class RegistrationDialog : public QDialog
{
    Q_OBJECT

public:
    RegistrationDialog(Console::RegistrationService *service, DeviceLink::ReaderFleet *fleet,
                       QWidget *parent = nullptr);

    QString serial() const;
    QString accountName() const;
    QString password() const;

private:
    void validate();
    void showReader();

    Console::RegistrationService *m_service;
    DeviceLink::ReaderFleet *m_fleet;
    QComboBox *m_reader;
    QLabel *m_identity;
    QLineEdit *m_account;
    QLineEdit *m_password;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

// ログイン名登録 page: each reader with the login name it is registered to,
// the count of connected readers without one, 新規追加 (greyed out, with the
// reason and the fix, while a reader's USB network link is abnormal), and
// deleting a registration with the reader's certificate and connection
// information (医療機関コード change: delete, then register again).
class RegistrationPage : public QWidget
{
    Q_OBJECT

public:
    RegistrationPage(Console::RegistrationService *service, DeviceLink::ReaderFleet *fleet,
                     DeviceLink::ReaderRegistry *registry, Console::ReaderCommands *commands,
                     QWidget *parent = nullptr);

    QString selectedSerial() const;
    // The dialog or confirmation open now, for tests and screenshots.
    RegistrationDialog *openDialog() const { return m_dialog; }
    QMessageBox *openConfirmation() const { return m_confirmation; }

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void askAdd();
    void askDelete();
    void onRegistered(const QString &serial, const DeviceLink::Error &error);
    void onDeleted(const QString &serial, const DeviceLink::Error &error);
    void showProblem(const QString &text);

    Console::RegistrationService *m_service;
    DeviceLink::ReaderFleet *m_fleet;
    DeviceLink::ReaderRegistry *m_registry;
    Console::ReaderCommands *m_commands;
    QLabel *m_title;
    QLabel *m_count;
    QTableWidget *m_table;
    QLabel *m_blocker;
    QLabel *m_reminder;
    QLabel *m_feedback;
    QLabel *m_procedure;
    QPushButton *m_refresh;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPointer<RegistrationDialog> m_dialog;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace Views
