// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QAbstractTableModel>

namespace DeviceLink {
class ReaderRegistry;
}

namespace Console {
class FirmwareUpdates;
}

namespace Views {

// The readers as the ソフトウェア更新 page shows them: one row per row of the
// registry, in its order, with the installed software, what the chosen
// bundle would install, the update's progress and how it ended.
class FirmwareReaderModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SerialColumn, StateColumn, InstalledColumn, TargetColumn, ProgressColumn, NoteColumn, ColumnCount };
    enum Role {
        SerialRole = Qt::UserRole,
        // 0-100 while a transfer runs or after it, else invalid.
        ProgressPercentRole,
        // The reader runs software below the supported minimum.
        BelowMinimumRole,
    };

    FirmwareReaderModel(DeviceLink::ReaderRegistry *registry, Console::FirmwareUpdates *updates, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString serialAt(int row) const;
    void retranslate();

private:
    void changed(int row);
    QString note(const QString &serial) const;

    DeviceLink::ReaderRegistry *m_registry;
    Console::FirmwareUpdates *m_updates;
};

} // namespace Views
