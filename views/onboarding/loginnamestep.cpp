// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/onboarding/loginnamestep.h"

#include "app/registration/registrationservice.h"
#include "devicelink/readerregistry.h"
#include "views/registration/registrationpage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

LoginNameStep::LoginNameStep(Console::RegistrationService *service, ReaderFleet *fleet, ReaderRegistry *registry,
                             QWidget *parent)
    : QWizardPage(parent)
    , m_service(service)
    , m_fleet(fleet)
    , m_registry(registry)
    , m_table(new QTableWidget(0, 2, this))
    , m_blocker(new QLabel(this))
    , m_feedback(new QLabel(this))
    , m_add(new QPushButton(this))
{
    setObjectName(u"loginNameStep"_s);
    m_table->setObjectName(u"loginNames"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 220);
    m_blocker->setObjectName(u"loginNameBlocker"_s);
    m_blocker->setWordWrap(true);
    m_blocker->setStyleSheet(u"QLabel { background: #fce8e6; color: #a50e0e; padding: 6px; border-radius: 4px; }"_s);
    m_feedback->setObjectName(u"loginNameFeedback"_s);
    m_feedback->setWordWrap(true);
    m_add->setObjectName(u"addLoginName"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_blocker);
    layout->addWidget(m_feedback);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &LoginNameStep::askAdd);
    connect(m_service, &Console::RegistrationService::changed, this, &LoginNameStep::refresh);
    connect(m_service, &Console::RegistrationService::registrationFinished, this, &LoginNameStep::onRegistered);
    connect(m_registry, &QAbstractItemModel::rowsInserted, this, &LoginNameStep::refresh);
    connect(m_registry, &QAbstractItemModel::rowsRemoved, this, &LoginNameStep::refresh);
    retranslate();
}

RegistrationDialog *LoginNameStep::openDialog() const
{
    return m_dialog;
}

void LoginNameStep::initializePage()
{
    m_feedback->clear();
    refresh();
}

bool LoginNameStep::isComplete() const
{
    if (!m_service->unregisteredConnected().isEmpty())
        return false;
    for (const QString &serial : m_registry->serials()) {
        if (!m_service->accountOf(serial).isEmpty())
            return true;
    }
    return false;
}

void LoginNameStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void LoginNameStep::retranslate()
{
    setTitle(tr("Register the login names", "ログイン名管理"));
    setSubTitle(tr("Each card reader is registered to one face-authentication login name (starting with F0) and "
                   "its password, created by the clinic on the portal."));
    m_table->setHorizontalHeaderLabels({tr("Serial No."), tr("Login name")});
    m_add->setText(tr("&Add…", "新規追加"));
    refresh();
}

void LoginNameStep::refresh()
{
    const QStringList serials = m_registry->serials();
    m_table->setRowCount(int(serials.size()));
    for (int row = 0; row < int(serials.size()); ++row) {
        const QString &serial = serials.at(row);
        const bool registered = !m_service->accountOf(serial).isEmpty();
        m_table->setItem(row, 0, new QTableWidgetItem(serial));
        auto *state = new QTableWidgetItem(registered ? tr("Registered") : tr("Not registered"));
        state->setForeground(registered ? QColor(0x0d, 0x65, 0x2d) : QColor(0xa5, 0x0e, 0x0e));
        m_table->setItem(row, 1, state);
    }
    const Error blocker = m_service->addBlocker();
    m_add->setEnabled(!blocker.isError());
    m_blocker->setVisible(blocker.code() == ErrorCode::ReaderLinkAbnormal);
    if (blocker.code() == ErrorCode::ReaderLinkAbnormal)
        m_blocker->setText(tr("Add is unavailable: %1 (%2)").arg(blocker.message(), blocker.codeString()));
    Q_EMIT completeChanged();
}

void LoginNameStep::askAdd()
{
    auto *dialog = new RegistrationDialog(m_service, m_fleet, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_feedback->setText(tr("Registering %1…").arg(dialog->serial()));
        m_service->registerAccount(dialog->serial(), dialog->accountName(), dialog->password());
    });
    dialog->open();
}

void LoginNameStep::onRegistered(const QString &serial, const Error &error)
{
    m_feedback->setText(error.isError()
                            ? tr("%1 could not be registered: %2 (%3)").arg(serial, error.message(), error.codeString())
                            : tr("%1 is registered.").arg(serial));
    refresh();
}

} // namespace Views
