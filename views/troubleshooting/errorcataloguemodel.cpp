// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/troubleshooting/errorcataloguemodel.h"

namespace Views {

using namespace Console;

ErrorCatalogueModel::ErrorCatalogueModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_entries(ErrorCatalogue::entries())
{
}

int ErrorCatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ErrorCatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ErrorCatalogueModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).code == code)
            return row;
    }
    return -1;
}

void ErrorCatalogueModel::retranslate()
{
    beginResetModel();
    m_entries = ErrorCatalogue::entries();
    endResetModel();
}

QVariant ErrorCatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const CatalogueEntry &entry = m_entries.at(index.row());
    if (role == FlowIdRole)
        return entry.flowId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case CodeColumn:
        return entry.code;
    case SourceColumn:
        return entry.source == CatalogueEntry::Source::ReaderScreen ? tr("Card reader screen") : tr("Console");
    case MeaningColumn:
        return entry.meaning;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ErrorCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CodeColumn:
        return tr("Code");
    case SourceColumn:
        return tr("Shown on");
    case MeaningColumn:
        return tr("Meaning");
    case ColumnCount:
        break;
    }
    return {};
}

void ErrorCatalogueFilter::setSearchText(const QString &text)
{
    m_text = text;
    invalidateFilter();
}

bool ErrorCatalogueFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *catalogue = static_cast<const ErrorCatalogueModel *>(sourceModel());
    return catalogue->entryAt(sourceRow).matches(m_text);
}

} // namespace Views
