// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/firmware/firmwarereadermodel.h"

#include "app/firmware/firmwareupdates.h"
#include "devicelink/readerregistry.h"

#include <QBrush>
#include <QPalette>

namespace Views {

using namespace Console;
using namespace DeviceLink;

FirmwareReaderModel::FirmwareReaderModel(ReaderRegistry *registry, FirmwareUpdates *updates, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_updates(updates)
{
    // Rows are the registry's rows: its inserts and removals are ours.
    connect(registry, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); });
    connect(registry, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(registry, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); });
    connect(registry, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(registry, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(registry, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    connect(registry, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    changed(row);
            });
    connect(updates, &FirmwareUpdates::readerChanged, this, [this](const QString &serial) {
        const QStringList serials = m_registry->serials();
        changed(int(serials.indexOf(serial)));
    });
    connect(updates, &FirmwareUpdates::bundleChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

int FirmwareReaderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_registry->rowCount();
}

int FirmwareReaderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FirmwareReaderModel::serialAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_registry->entryAt(row).description.serial : QString();
}

void FirmwareReaderModel::changed(int row)
{
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FirmwareReaderModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString FirmwareReaderModel::note(const QString &serial) const
{
    const FirmwareUpdates::ReaderProgress progress = m_updates->progress(serial);
    switch (progress.phase) {
    case FirmwareUpdates::Phase::Waiting:
        return tr("Waiting for its turn");
    case FirmwareUpdates::Phase::Updating:
        return progress.total > 0 && progress.done >= progress.total ? tr("Installing and restarting…")
                                                                     : tr("Sending the update…");
    case FirmwareUpdates::Phase::Updated:
        return tr("Updated");
    case FirmwareUpdates::Phase::Failed:
        return tr("Failed (%1): %2").arg(progress.error.codeString(), progress.error.message());
    case FirmwareUpdates::Phase::Cancelled:
        return tr("Cancelled: back on its previous software");
    case FirmwareUpdates::Phase::NotReached:
        return tr("Not updated: the update stopped before this card reader");
    case FirmwareUpdates::Phase::Idle:
        break;
    }
    const ReaderEntry *entry = m_registry->entry(serial);
    if (entry && FirmwareUpdates::isBelowMinimum(entry->description.firmware))
        return tr("Below the supported version %1: update it")
            .arg(FirmwareUpdates::minimumSupportedFirmware().toString());
    if (m_updates->bundle()) {
        const Result<void> check = m_updates->checkReader(serial);
        if (!check && check.error().code() == ErrorCode::BundleDowngrade)
            return tr("Already up to date");
        if (!check)
            return check.error().message();
    }
    return {};
}

QVariant FirmwareReaderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ReaderEntry &entry = m_registry->entryAt(index.row());
    const QString &serial = entry.description.serial;
    const FirmwareUpdates::ReaderProgress progress = m_updates->progress(serial);
    if (role == SerialRole)
        return serial;
    if (role == BelowMinimumRole)
        return FirmwareUpdates::isBelowMinimum(entry.description.firmware);
    if (role == ProgressPercentRole) {
        if (index.column() != ProgressColumn || progress.phase == FirmwareUpdates::Phase::Idle)
            return {};
        if (progress.phase == FirmwareUpdates::Phase::Updated)
            return 100;
        return progress.total > 0 ? int(100 * progress.done / progress.total) : 0;
    }
    if (role == Qt::ForegroundRole && index.column() == NoteColumn) {
        if (progress.phase == FirmwareUpdates::Phase::Failed || FirmwareUpdates::isBelowMinimum(entry.description.firmware))
            return QBrush(Qt::darkRed);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case SerialColumn:
        return serial;
    case StateColumn:
        return ReaderRegistry::stateLabel(entry);
    case InstalledColumn:
        return entry.description.firmware.isEmpty() ? tr("unknown") : entry.description.firmware;
    case TargetColumn:
        return m_updates->bundle() ? m_updates->bundle()->version.toString() : QString();
    case ProgressColumn:
        if (progress.phase == FirmwareUpdates::Phase::Idle)
            return {};
        return tr("%1 %").arg(data(index, ProgressPercentRole).toInt());
    case NoteColumn:
        return note(serial);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FirmwareReaderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SerialColumn:
        return tr("Serial number", "製造番号");
    case StateColumn:
        return tr("State");
    case InstalledColumn:
        return tr("Installed software");
    case TargetColumn:
        return tr("Update to");
    case ProgressColumn:
        return tr("Progress");
    case NoteColumn:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Views
