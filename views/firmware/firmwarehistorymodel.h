// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QAbstractTableModel>

namespace Console {
class FirmwareHistory;
}

namespace Views {

// The history of updates, newest first.
class FirmwareHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, SerialColumn, FromColumn, ToColumn, ResultColumn, ColumnCount };

    explicit FirmwareHistoryModel(Console::FirmwareHistory *history, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    Console::FirmwareHistory *m_history;
    int m_rows = 0;
};

} // namespace Views
