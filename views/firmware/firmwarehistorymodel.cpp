// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/firmware/firmwarehistorymodel.h"

#include "app/firmware/firmwarehistory.h"

#include <QBrush>
#include <QTimeZone>

namespace Views {

using namespace Console;
FirmwareHistoryModel::FirmwareHistoryModel(FirmwareHistory *history, QObject *parent)
    : QAbstractTableModel(parent)
    , m_history(history)
    , m_rows(int(history->entries().size()))
{
    connect(history, &FirmwareHistory::appended, this, [this] {
        // The history keeps a bounded number: when full, the oldest (last row) goes.
        beginResetModel();
        m_rows = int(m_history->entries().size());
        endResetModel();
    });
}

int FirmwareHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int FirmwareHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void FirmwareHistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

QVariant FirmwareHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const QList<FirmwareHistoryEntry> &entries = m_history->entries();
    const FirmwareHistoryEntry &entry = entries.at(entries.size() - 1 - index.row());
    if (role == Qt::ForegroundRole && index.column() == ResultColumn
        && entry.result == FirmwareHistoryEntry::Result::Failed) {
        return QBrush(Qt::darkRed);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        // Clinics in Japan read their records in Japan's time.
        return entry.at.toTimeZone(QTimeZone("Asia/Tokyo")).toString(u"yyyy-MM-dd HH:mm:ss");
    case SerialColumn:
        return entry.serial;
    case FromColumn:
        return entry.from;
    case ToColumn:
        return entry.to;
    case ResultColumn:
        switch (entry.result) {
        case FirmwareHistoryEntry::Result::Updated:
            return tr("Updated");
        case FirmwareHistoryEntry::Result::Cancelled:
            return tr("Cancelled");
        case FirmwareHistoryEntry::Result::Failed:
            return tr("Failed (%1): %2")
                .arg(DeviceLink::Error(DeviceLink::ErrorCode(entry.code)).codeString(), entry.detail);
        }
        break;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FirmwareHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Date and time");
    case SerialColumn:
        return tr("Serial number", "製造番号");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case ResultColumn:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Views
