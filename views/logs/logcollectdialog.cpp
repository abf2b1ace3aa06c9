// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/logs/logcollectdialog.h"

#include "app/charts/usagestatistics.h"
#include "devicelink/readerregistry.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace Views {

using namespace Qt::StringLiterals;

LogCollectDialog::LogCollectDialog(Console::LogCollection *collection, const DeviceLink::ReaderRegistry *registry,
                                   QWidget *parent)
    : QDialog(parent)
    , m_collection(collection)
    , m_registry(registry)
    , m_readersLabel(new QLabel(this))
    , m_readers(new QListWidget(this))
    , m_rangeLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_openFolder(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"logCollectDialog"_s);
    m_readers->setObjectName(u"collectReaders"_s);
    m_from->setObjectName(u"collectFrom"_s);
    m_to->setObjectName(u"collectTo"_s);
    m_folder->setObjectName(u"collectFolder"_s);
    m_progress->setObjectName(u"collectProgress"_s);
    m_result->setObjectName(u"collectResult"_s);
    m_start->setObjectName(u"collectStart"_s);
    m_cancel->setObjectName(u"collectCancel"_s);
    m_openFolder->setObjectName(u"collectOpenFolder"_s);

    for (int row = 0; row < registry->rowCount(); ++row) {
        const DeviceLink::ReaderEntry &entry = registry->entryAt(row);
        auto *item = new QListWidgetItem(entry.description.serial + u"  "_s
                                             + DeviceLink::ReaderRegistry::stateLabel(entry),
                                         m_readers);
        item->setData(Qt::UserRole, entry.description.serial);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    const QDate today = Console::UsageStatistics::today();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMaximumDate(today);
    }
    setDays(today.addDays(-6), today);
    setFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    m_progress->setVisible(false);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setVisible(false);
    m_openFolder->setVisible(false);
    m_start->setDefault(true);

    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(u"–"_s, this));
    range->addWidget(m_to);
    range->addStretch(1);
    auto *folder = new QHBoxLayout;
    folder->addWidget(m_folder, 1);
    folder->addWidget(m_browse);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolder);
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readersLabel);
    layout->addWidget(m_readers, 1);
    layout->addWidget(m_rangeLabel);
    layout->addLayout(range);
    layout->addWidget(m_folderLabel);
    layout->addLayout(folder);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addLayout(buttons);
    resize(520, 460);

    connect(m_start, &QPushButton::clicked, this, &LogCollectDialog::startCollection);
    connect(m_cancel, &QPushButton::clicked, this, &LogCollectDialog::cancelCollection);
    connect(m_close, &QPushButton::clicked, this, &LogCollectDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the log archive"), m_folder->text());
        if (!folder.isEmpty())
            setFolder(folder);
    });
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_zipPath).absolutePath())); });
    connect(m_from, &QDateEdit::dateChanged, m_to, &QDateEdit::setMinimumDate);
    connect(collection, &Console::LogCollection::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(collection, &Console::LogCollection::succeeded, this, &LogCollectDialog::onSucceeded);
    connect(collection, &Console::LogCollection::failed, this, &LogCollectDialog::onFailed);
    retranslate();
}

LogCollectDialog::~LogCollectDialog()
{
    m_collection->cancel();
}

QStringList LogCollectDialog::checkedSerials() const
{
    QStringList serials;
    for (int row = 0; row < m_readers->count(); ++row) {
        if (m_readers->item(row)->checkState() == Qt::Checked)
            serials.append(m_readers->item(row)->data(Qt::UserRole).toString());
    }
    return serials;
}

void LogCollectDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void LogCollectDialog::setDays(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setMinimumDate(from);
    m_to->setDate(to);
}

void LogCollectDialog::startCollection()
{
    Console::LogCollection::Request request;
    request.serials = checkedSerials();
    request.from = m_from->date();
    request.to = m_to->date();
    request.folder = QDir::fromNativeSeparators(m_folder->text());
    m_zipPath.clear();
    if (DeviceLink::Result<void> started = m_collection->start(request); !started) {
        onFailed(started.error());
        return;
    }
    m_progress->setRange(0, 0);
    m_result->setText(tr("Collecting logs… The card readers keep serving patients meanwhile."));
    setRunning(true);
}

void LogCollectDialog::cancelCollection()
{
    m_collection->cancel();
    m_cancel->setEnabled(false);
}

QString LogCollectDialog::resultText() const
{
    return m_result->text();
}

void LogCollectDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_start->setVisible(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_readers->setEnabled(!running);
    m_from->setEnabled(!running);
    m_to->setEnabled(!running);
    m_folder->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_close->setEnabled(!running);
}

void LogCollectDialog::onSucceeded(const Console::LogCollection::Summary &summary)
{
    setRunning(false);
    m_zipPath = summary.path;
    QStringList codes;
    for (qsizetype i = 0; i < std::min<qsizetype>(summary.errors.size(), 5); ++i)
        codes << summary.errors.at(i).source + u' ' + summary.errors.at(i).code;
    m_result->setText(tr("Saved %1 (%2, %n record(s)).\nSend this file to support with the error code and the "
                         "card reader's serial number. It holds no personal data.",
                         nullptr, int(std::min<qint64>(summary.records, std::numeric_limits<int>::max())))
                          .arg(QDir::toNativeSeparators(summary.path), QLocale().formattedDataSize(summary.bytes))
                      + (codes.isEmpty() ? QString() : u"\n"_s + tr("Recent error codes: %1").arg(codes.join(u", "_s))));
    m_openFolder->setVisible(true);
    Q_EMIT collected(summary.path);
}

void LogCollectDialog::onFailed(const DeviceLink::Error &error)
{
    setRunning(false);
    if (error.code() == DeviceLink::ErrorCode::LogQueryCancelled)
        m_result->setText(tr("Log collection cancelled. No file was written."));
    else
        m_result->setText(tr("Logs could not be collected: %1 (%2)").arg(error.message(), error.codeString()));
    Q_EMIT collectFailed(error);
}

void LogCollectDialog::reject()
{
    if (m_collection->isRunning())
        return;
    QDialog::reject();
}

void LogCollectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LogCollectDialog::retranslate()
{
    setWindowTitle(tr("Collect logs for support"));
    m_readersLabel->setText(tr("Card readers:"));
    m_rangeLabel->setText(tr("Days:"));
    m_folderLabel->setText(tr("Save the zip file in:"));
    m_browse->setText(tr("Browse…"));
    m_start->setText(tr("Collect"));
    m_cancel->setText(tr("Cancel"));
    m_openFolder->setText(tr("Open folder"));
    m_close->setText(tr("Close"));
}

} // namespace Views
