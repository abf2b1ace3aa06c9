// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Console {
class RegistrationService;
}
namespace DeviceLink {
class Error;
class ReaderFleet;
class ReaderRegistry;
} // namespace DeviceLink

namespace Views {

class RegistrationDialog;

// Step 4: every connected card reader registered to its login name, with
// the 新規追加 dialog of the ログイン名管理 page. Done when no connected reader
// is left without one.
class LoginNameStep : public QWizardPage
{
    Q_OBJECT

public:
    LoginNameStep(Console::RegistrationService *service, DeviceLink::ReaderFleet *fleet,
                  DeviceLink::ReaderRegistry *registry, QWidget *parent = nullptr);

    // The 新規追加 dialog open now, for tests and screenshots.
    RegistrationDialog *openDialog() const;

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void askAdd();
    void onRegistered(const QString &serial, const DeviceLink::Error &error);

    Console::RegistrationService *m_service;
    DeviceLink::ReaderFleet *m_fleet;
    DeviceLink::ReaderRegistry *m_registry;
    QTableWidget *m_table;
    QLabel *m_blocker;
    QLabel *m_feedback;
    QPushButton *m_add;
    QPointer<RegistrationDialog> m_dialog;
};

} // namespace Views
