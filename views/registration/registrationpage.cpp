// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/registration/registrationpage.h"

#include "app/readercommands.h"
#include "app/registration/accountname.h"
#include "app/registration/registrationservice.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerregistry.h"
#include "devicelink/tlsidentity.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

const QString ProblemStyle = u"QLabel { background: #fce8e6; color: #a50e0e; padding: 6px; border-radius: 4px; }"_s;
const QString NoticeStyle = u"QLabel { background: #e6f4ea; color: #0d652d; padding: 6px; border-radius: 4px; }"_s;
const QString HintStyle = u"QLabel { background: #fef7e0; color: #7a4f01; padding: 6px; border-radius: 4px; }"_s;

QString describe(const Error &error)
{
    return QCoreApplication::translate("Views::RegistrationPage", "%1 (%2)").arg(error.message(), error.codeString());
}

} // namespace

RegistrationDialog::RegistrationDialog(Console::RegistrationService *service, ReaderFleet *fleet, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_fleet(fleet)
    , m_reader(new QComboBox(this))
    , m_identity(new QLabel(this))
    , m_account(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"registrationDialog"_s);
    setWindowTitle(tr("Add login name", "新規追加"));
    m_reader->setObjectName(u"readerChoice"_s);
    m_reader->addItems(service->unregisteredConnected());
    m_identity->setObjectName(u"readerIdentity"_s);
    m_identity->setWordWrap(true);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_account->setObjectName(u"accountName"_s);
    m_account->setPlaceholderText(tr("F0…"));
    m_account->setMaxLength(Console::AccountRules::MaxLength + 8);
    m_password->setObjectName(u"accountPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(Console::AccountRules::MaxPasswordLength);
    m_problem->setObjectName(u"registrationProblem"_s);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"registerOk"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Register"));

    auto *form = new QFormLayout;
    form->addRow(tr("Card reader (serial No.):"), m_reader);
    form->addRow(QString(), m_identity);
    form->addRow(tr("Login name:"), m_account);
    form->addRow(tr("Password:"), m_password);
    auto *hint = new QLabel(tr("Use the face-authentication login name (starting with F0) and password that the "
                               "clinic created on the portal. One login name per card reader."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reader, &QComboBox::currentTextChanged, this, [this] {
        showReader();
        validate();
    });
    connect(m_account, &QLineEdit::textChanged, this, &RegistrationDialog::validate);
    connect(m_password, &QLineEdit::textChanged, this, &RegistrationDialog::validate);
    showReader();
    validate();
    resize(520, sizeHint().height());
}

QString RegistrationDialog::serial() const
{
    return m_reader->currentText();
}

QString RegistrationDialog::accountName() const
{
    Result<QString> name = Console::checkAccountName(m_account->text());
    return name ? name.value() : m_account->text();
}

QString RegistrationDialog::password() const
{
    return m_password->text();
}

void RegistrationDialog::showReader()
{
    const ReaderLink *link = m_fleet->link(serial());
    if (!link) {
        m_identity->clear();
        return;
    }
    // The manager compares the serial with the reader's sticker; the
    // fingerprint is what gets pinned.
    m_identity->setText(tr("Check that the serial number matches the sticker on the card reader.\nCertificate: %1")
                            .arg(formatFingerprint(certificateFingerprint(link->peerCertificate())).left(47)));
}

void RegistrationDialog::validate()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (serial().isEmpty()) {
        ok->setEnabled(false);
        m_problem->setText(Error(ErrorCode::ReaderNotConnected).message());
        m_problem->setStyleSheet(ProblemStyle);
        return;
    }
    if (m_account->text().isEmpty() && m_password->text().isEmpty()) {
        ok->setEnabled(false);
        m_problem->clear();
        m_problem->setStyleSheet({});
        return;
    }
    Result<QString> checked = m_service->check(serial(), m_account->text(), m_password->text());
    ok->setEnabled(checked.ok());
    m_problem->setText(checked ? QString() : describe(checked.error()));
    m_problem->setStyleSheet(checked ? QString() : ProblemStyle);
}

RegistrationPage::RegistrationPage(Console::RegistrationService *service, ReaderFleet *fleet, ReaderRegistry *registry,
                                   Console::ReaderCommands *commands, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_fleet(fleet)
    , m_registry(registry)
    , m_commands(commands)
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_blocker(new QLabel(this))
    , m_reminder(new QLabel(this))
    , m_feedback(new QLabel(this))
    , m_procedure(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_add(new QPushButton(this))
    , m_delete(new QPushButton(this))
{
    setObjectName(u"registrationPage"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count->setObjectName(u"unregisteredCount"_s);
    m_count->setWordWrap(true);
    m_table->setObjectName(u"accountTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (QLabel *label : {m_blocker, m_reminder, m_feedback, m_procedure})
        label->setWordWrap(true);
    m_blocker->setObjectName(u"addBlocker"_s);
    m_blocker->setStyleSheet(HintStyle);
    m_reminder->setObjectName(u"startReminder"_s);
    m_reminder->setStyleSheet(NoticeStyle);
    m_reminder->hide();
    m_feedback->setObjectName(u"registrationFeedback"_s);
    m_feedback->setStyleSheet(ProblemStyle);
    m_feedback->hide();
    m_procedure->setObjectName(u"institutionCodeProcedure"_s);
    m_refresh->setObjectName(u"registrationRefresh"_s);
    m_add->setObjectName(u"addButton"_s);
    m_delete->setObjectName(u"deleteButton"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_refresh);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_blocker);
    layout->addWidget(m_reminder);
    layout->addWidget(m_feedback);
    layout->addLayout(buttons);
    layout->addWidget(m_procedure);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_commands->refreshAll();
        Q_EMIT statusMessage(tr("Refreshing the card reader information…"));
    });
    connect(m_add, &QPushButton::clicked, this, &RegistrationPage::askAdd);
    connect(m_delete, &QPushButton::clicked, this, &RegistrationPage::askDelete);
    connect(m_service, &Console::RegistrationService::changed, this, &RegistrationPage::refresh);
    connect(m_service, &Console::RegistrationService::registrationFinished, this, &RegistrationPage::onRegistered);
    connect(m_service, &Console::RegistrationService::deletionFinished, this, &RegistrationPage::onDeleted);
    connect(m_registry, &QAbstractItemModel::rowsInserted, this, &RegistrationPage::refresh);
    connect(m_registry, &QAbstractItemModel::rowsRemoved, this, &RegistrationPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RegistrationPage::refresh);

    retranslate();
}

QString RegistrationPage::selectedSerial() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->text();
}

void RegistrationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RegistrationPage::retranslate()
{
    m_title->setText(tr("Login names", "ログイン名管理"));
    m_table->setHorizontalHeaderLabels({tr("Serial No."), tr("Login name"), tr("State")});
    m_refresh->setText(tr("&Refresh all", "最新の情報に更新"));
    m_add->setText(tr("&Add…", "新規追加"));
    m_add->setToolTip(tr("Register a connected card reader to a login name."));
    m_delete->setText(tr("&Delete registration…"));
    m_delete->setToolTip(tr("Delete the selected card reader's login name, certificate and connection "
                            "information."));
    m_procedure->setText(tr("When the institution code (医療機関コード) changes: delete each card reader's "
                            "registration, then register it again with the new login name."));
    refresh();
}

void RegistrationPage::refresh()
{
    const QString selected = selectedSerial();
    const QStringList serials = m_registry->serials();
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(int(serials.size()));
        for (int row = 0; row < int(serials.size()); ++row) {
            const ReaderEntry *entry = m_registry->entry(serials.at(row));
            const QString account = m_service->accountOf(serials.at(row));
            m_table->setItem(row, 0, new QTableWidgetItem(serials.at(row)));
            m_table->setItem(row, 1, new QTableWidgetItem(account.isEmpty() ? tr("(not registered)") : account));
            m_table->setItem(row, 2, new QTableWidgetItem(ReaderRegistry::stateLabel(*entry)));
            if (serials.at(row) == selected)
                m_table->selectRow(row);
        }
    }
    const int unregistered = int(m_service->unregisteredConnected().size());
    m_count->setText(unregistered > 0 ? tr("%n card reader(s) not registered to any login name are connected.", nullptr,
                                           unregistered)
                                      : tr("Every connected card reader is registered to a login name."));
    const Error blocker = m_service->addBlocker();
    m_add->setEnabled(!blocker.isError());
    m_blocker->setVisible(blocker.code() == ErrorCode::ReaderLinkAbnormal);
    if (blocker.code() == ErrorCode::ReaderLinkAbnormal)
        m_blocker->setText(tr("Add is unavailable: %1").arg(describe(blocker)));
    const QString current = selectedSerial();
    m_delete->setEnabled(!current.isEmpty()
                         && (!m_service->accountOf(current).isEmpty()
                             || (m_registry->entry(current) && m_registry->entry(current)->registered)));
}

void RegistrationPage::askAdd()
{
    m_feedback->hide();
    m_reminder->hide();
    auto *dialog = new RegistrationDialog(m_service, m_fleet, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT statusMessage(tr("Registering %1…").arg(dialog->serial()));
        m_service->registerAccount(dialog->serial(), dialog->accountName(), dialog->password());
    });
    dialog->open();
}

void RegistrationPage::askDelete()
{
    const QString serial = selectedSerial();
    if (serial.isEmpty())
        return;
    const QString account = m_service->accountOf(serial);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete registration"),
                                tr("Delete the registration of card reader %1?\n\nLogin name: %2\n\nThe login name, "
                                   "its password, the reader's certificate and its connection information are "
                                   "deleted from this console. The card reader then appears as not registered and "
                                   "can be registered again (for example with the login name of a new institution "
                                   "code).")
                                    .arg(serial, account.isEmpty() ? tr("(none)") : account),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"deleteConfirmation"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, serial, box] {
        if (box->result() == QMessageBox::Yes)
            m_service->deleteRegistration(serial);
    });
    box->open();
}

void RegistrationPage::onRegistered(const QString &serial, const Error &error)
{
    if (error.isError()) {
        showProblem(tr("%1 could not be registered: %2").arg(serial, describe(error)));
        return;
    }
    m_feedback->hide();
    m_reminder->setText(tr("%1 is registered to %2. Set the screen message if needed, then start the card reader "
                           "once (Start on the Card readers page): until then it shows 接続を待っています.")
                            .arg(serial, m_service->accountOf(serial)));
    m_reminder->show();
    Q_EMIT statusMessage(tr("%1 is registered. Press Start to accept patients.").arg(serial));
    refresh();
}

void RegistrationPage::onDeleted(const QString &serial, const Error &error)
{
    if (error.isError()) {
        showProblem(tr("The registration of %1 could not be deleted: %2").arg(serial, describe(error)));
        return;
    }
    m_reminder->setText(
        tr("The registration of %1 was deleted. Register it again with its new login name.").arg(serial));
    m_reminder->show();
    refresh();
}

void RegistrationPage::showProblem(const QString &text)
{
    m_reminder->hide();
    m_feedback->setText(text);
    m_feedback->show();
}

} // namespace Views
