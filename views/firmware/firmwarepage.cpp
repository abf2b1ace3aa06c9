// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/firmware/firmwarepage.h"

#include "app/firmware/firmwareupdates.h"
#include "devicelink/readerregistry.h"
#include "views/firmware/firmwarehistorymodel.h"
#include "views/firmware/firmwarereadermodel.h"
#include "views/firmware/progressbardelegate.h"

#include <QEvent>
#include <QFileInfo>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Views {

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

FirmwarePage::FirmwarePage(FirmwareUpdates *updates, ReaderRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_updates(updates)
    , m_registry(registry)
    , m_readerModel(new FirmwareReaderModel(registry, updates, this))
    , m_historyModel(new FirmwareHistoryModel(updates->history(), this))
    , m_bundleBox(new QGroupBox(this))
    , m_bundlePath(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_bundleInfo(new QLabel(this))
    , m_readersBox(new QGroupBox(this))
    , m_readers(new QTableView(this))
    , m_updateSelected(new QPushButton(this))
    , m_updateAll(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_overall(new QProgressBar(this))
    , m_overallText(new QLabel(this))
    , m_historyBox(new QGroupBox(this))
    , m_history(new QTableView(this))
{
    setObjectName(u"firmwarePage"_s);
    m_bundlePath->setObjectName(u"bundlePath"_s);
    m_bundlePath->setReadOnly(true);
    m_browse->setObjectName(u"chooseBundle"_s);
    m_bundleInfo->setObjectName(u"bundleInfo"_s);
    m_bundleInfo->setWordWrap(true);
    m_bundleInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bundleRow = new QHBoxLayout;
    bundleRow->addWidget(m_bundlePath, 1);
    bundleRow->addWidget(m_browse);
    auto *bundleLayout = new QVBoxLayout(m_bundleBox);
    bundleLayout->addLayout(bundleRow);
    bundleLayout->addWidget(m_bundleInfo);

    m_readers->setObjectName(u"firmwareReaders"_s);
    m_readers->setModel(m_readerModel);
    m_readers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_readers->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_readers->setItemDelegateForColumn(FirmwareReaderModel::ProgressColumn,
                                        new ProgressBarDelegate(FirmwareReaderModel::ProgressPercentRole, m_readers));
    m_readers->verticalHeader()->hide();
    m_readers->horizontalHeader()->setStretchLastSection(true);
    m_readers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_readers->horizontalHeader()->setSectionResizeMode(FirmwareReaderModel::ProgressColumn, QHeaderView::Fixed);
    m_readers->horizontalHeader()->resizeSection(FirmwareReaderModel::ProgressColumn, 160);
    m_updateSelected->setObjectName(u"updateSelected"_s);
    m_updateAll->setObjectName(u"updateAll"_s);
    m_cancel->setObjectName(u"cancelUpdate"_s);
    m_overall->setObjectName(u"overallProgress"_s);
    m_overallText->setObjectName(u"overallText"_s);
    m_overallText->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_updateSelected);
    buttons->addWidget(m_updateAll);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto *readersLayout = new QVBoxLayout(m_readersBox);
    readersLayout->addWidget(m_readers, 1);
    readersLayout->addLayout(buttons);
    readersLayout->addWidget(m_overall);
    readersLayout->addWidget(m_overallText);

    m_history->setObjectName(u"firmwareHistory"_s);
    m_history->setModel(m_historyModel);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_history);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bundleBox);
    layout->addWidget(m_readersBox, 3);
    layout->addWidget(m_historyBox, 2);

    connect(m_browse, &QPushButton::clicked, this, &FirmwarePage::browse);
    connect(m_updateSelected, &QPushButton::clicked, this, &FirmwarePage::updateSelected);
    connect(m_updateAll, &QPushButton::clicked, this, &FirmwarePage::updateAll);
    connect(m_cancel, &QPushButton::clicked, this, &FirmwarePage::confirmCancel);
    connect(m_readers->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FirmwarePage::refreshControls);
    connect(m_registry, &QAbstractItemModel::dataChanged, this, &FirmwarePage::refreshControls);
    connect(m_registry, &QAbstractItemModel::rowsInserted, this, &FirmwarePage::refreshControls);
    connect(m_registry, &QAbstractItemModel::rowsRemoved, this, &FirmwarePage::refreshControls);
    connect(m_updates, &FirmwareUpdates::bundleChanged, this, &FirmwarePage::refreshControls);
    connect(m_updates, &FirmwareUpdates::runningChanged, this, &FirmwarePage::refreshControls);
    connect(m_updates, &FirmwareUpdates::readerChanged, this, &FirmwarePage::refreshOverall);
    connect(m_updates, &FirmwareUpdates::stopped, this, [this](const QString &serial, const Error &reason) {
        Q_EMIT statusMessage(tr("The update stopped at %1 (%2): %3")
                                 .arg(serial, reason.codeString(), reason.message()));
    });
    connect(m_updates, &FirmwareUpdates::cancelled, this,
            [this] { Q_EMIT statusMessage(tr("The update was cancelled")); });

    retranslate();
}

void FirmwarePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FirmwarePage::retranslate()
{
    m_bundleBox->setTitle(tr("Update file", "更新ファイル"));
    m_bundlePath->setPlaceholderText(tr("No update file chosen"));
    m_browse->setText(tr("&Choose update file…"));
    m_readersBox->setTitle(tr("Card readers"));
    m_updateSelected->setText(tr("&Update selected card readers"));
    m_updateAll->setText(tr("Update &all, one after another"));
    m_cancel->setText(tr("C&ancel update"));
    m_historyBox->setTitle(tr("Update history"));
    m_readerModel->retranslate();
    m_historyModel->retranslate();
    refreshControls();
}

void FirmwarePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose update file"), QString(),
                                                      tr("Madoguchi update bundles (*.mdgb);;All files (*)"));
    if (!path.isEmpty())
        chooseBundle(path);
}

void FirmwarePage::chooseBundle(const QString &path)
{
    const Result<BundleManifest> chosen = m_updates->chooseBundle(path);
    if (!chosen) {
        m_bundleError = tr("%1 cannot be used (%2): %3")
                            .arg(QFileInfo(path).fileName(), chosen.error().codeString(), chosen.error().message());
        Q_EMIT statusMessage(m_bundleError);
    } else {
        m_bundleError.clear();
        m_bundlePath->setText(path);
    }
    refreshControls();
}

QStringList FirmwarePage::selectedSerials() const
{
    QStringList serials;
    for (const QModelIndex &row : m_readers->selectionModel()->selectedRows())
        serials << m_readerModel->serialAt(row.row());
    return serials;
}

void FirmwarePage::updateSelected()
{
    confirmAndStart(selectedSerials());
}

void FirmwarePage::updateAll()
{
    confirmAndStart(m_updates->eligible(m_registry->serials()));
}

void FirmwarePage::confirmAndStart(const QStringList &serials)
{
    if (serials.isEmpty())
        return;
    int running = 0;
    for (const QString &serial : serials) {
        const ReaderEntry *entry = m_registry->entry(serial);
        running += entry && entry->state == ReaderState::Running ? 1 : 0;
    }
    QString text = tr("Install %1 on %n card reader(s): %2?", nullptr, int(serials.size()))
                       .arg(m_updates->bundle()->version.toString(), serials.join(u", "_s));
    text += u"\n\n"_s
        + tr("The card readers are updated one at a time. Each one is ended (終了) while it installs and "
             "restarts, then started again if it was running.");
    if (running > 0 && serials.size() > 1)
        text += u" "_s + tr("At least one card reader stays running throughout.");
    else if (running > 0)
        text += u" "_s + tr("This card reader cannot check patients until its update is done.");
    if (QMessageBox::question(this, tr("Update card readers"), text, QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    startUpdate(serials);
}

void FirmwarePage::startUpdate(const QStringList &serials)
{
    const Result<void> started = m_updates->start(serials);
    if (!started) {
        QMessageBox::warning(this, tr("Update card readers"),
                             tr("The update could not start (%1): %2")
                                 .arg(started.error().codeString(), started.error().message()));
        return;
    }
    m_rolloutSerials = serials;
    refreshOverall();
}

void FirmwarePage::confirmCancel()
{
    if (!m_updates->running())
        return;
    if (QMessageBox::question(this, tr("Cancel update"),
                              tr("Cancel the update? The card reader being updated goes back to its previous "
                                 "software; the others are left as they are."),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes) {
        m_updates->cancel();
    }
}

void FirmwarePage::refreshControls()
{
    const bool running = m_updates->running();
    const std::optional<BundleManifest> &bundle = m_updates->bundle();
    if (!m_bundleError.isEmpty()) {
        m_bundleInfo->setText(m_bundleError);
        m_bundleInfo->setStyleSheet(u"color: #a00000;"_s);
    } else if (bundle) {
        m_bundleInfo->setText(tr("Version %1 for %2 · needs console %3 or later · signature checked")
                                  .arg(bundle->version.toString(), bundle->models.join(u", "_s),
                                       bundle->minimumConsole.toString()));
        m_bundleInfo->setStyleSheet({});
    } else {
        m_bundleInfo->setText(tr("Choose the update file (.mdgb) from the vendor. Its signature is checked "
                                 "before any card reader receives it."));
        m_bundleInfo->setStyleSheet({});
    }
    m_browse->setEnabled(!running);
    const QStringList selected = selectedSerials();
    m_updateSelected->setEnabled(!running && bundle && !selected.isEmpty()
                                 && m_updates->eligible(selected).size() == selected.size());
    m_updateAll->setEnabled(!running && bundle && !m_updates->eligible(m_registry->serials()).isEmpty());
    m_cancel->setEnabled(running);
    refreshOverall();
}

void FirmwarePage::refreshOverall()
{
    if (m_rolloutSerials.isEmpty()) {
        m_overall->setVisible(false);
        m_overallText->setText(tr("Readers below the supported version %1 are marked in red.")
                                   .arg(FirmwareUpdates::minimumSupportedFirmware().toString()));
        return;
    }
    m_overall->setVisible(true);
    const int total = int(m_rolloutSerials.size());
    qint64 permille = 0;
    int updated = 0;
    QString current;
    for (const QString &serial : std::as_const(m_rolloutSerials)) {
        const FirmwareUpdates::ReaderProgress progress = m_updates->progress(serial);
        if (progress.phase == FirmwareUpdates::Phase::Updated) {
            ++updated;
            permille += 1000;
        } else if (progress.phase == FirmwareUpdates::Phase::Updating) {
            current = serial;
            // The transfer is most of an update; installing and restarting the rest.
            permille += progress.total > 0 ? 900 * progress.done / progress.total : 0;
        }
    }
    m_overall->setRange(0, 1000 * total);
    m_overall->setValue(int(permille));
    m_overall->setFormat(tr("%1 of %2 updated").arg(updated).arg(total));
    if (m_updates->running())
        m_overallText->setText(current.isEmpty() ? tr("Preparing…") : tr("Updating %1…").arg(current));
    else
        m_overallText->setText(updated == total ? tr("Every card reader was updated.")
                                                : tr("%1 of %2 card readers were updated.").arg(updated).arg(total));
}

} // namespace Views
