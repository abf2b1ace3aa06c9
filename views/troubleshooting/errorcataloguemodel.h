// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/troubleshooting/errorcatalogue.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Views {

// The エラーコード一覧 as a table: code, where it shows, what it means and
// what to do. Rebuilt in the new language by retranslate().
class ErrorCatalogueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CodeColumn, SourceColumn, MeaningColumn, ColumnCount };
    enum Role { FlowIdRole = Qt::UserRole };

    explicit ErrorCatalogueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Console::CatalogueEntry &entryAt(int row) const { return m_entries.at(row); }
    int rowOf(const QString &code) const;
    void retranslate();

private:
    QList<Console::CatalogueEntry> m_entries;
};

// Rows whose code or texts contain what was typed (CatalogueEntry::matches).
class ErrorCatalogueFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace Views
