// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/training/trainingmode.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

#include <vector>

namespace Console {
class EmulatedReaders;
}

namespace Views {

// The practice faults as the training page shows them: one row per
// TrainingFault, in the order of allTrainingFaults(); the symptom as a clinic
// reads it, then one column per emulated reader. A fault of one reader is a
// check box in each reader's column; a fault of the PC (isConsoleWide) is one
// check box in the first reader's column, which the page spans over the
// others; a momentary fault (isMomentary) has no check box, since it happens
// and is not kept: the page offers a button for it.
//
// Checking a box sets the fault through TrainingMode; a refusal is emitted
// as failed(). The check states are kept here and read again on
// TrainingMode::changed, because asking an emulated reader waits for its
// thread, which painting must not do for every cell.
class TrainingFaultModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SymptomColumn, FirstReaderColumn };
    enum Role {
        // trainingFaultString() of the row.
        FaultIdRole = Qt::UserRole,
        // The reader a cell is about; empty in the symptom column and for a
        // fault of the PC.
        SerialRole,
    };

    TrainingFaultModel(Console::TrainingMode *training, const Console::EmulatedReaders *emulated,
                       QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Console::TrainingFault faultAt(int row) const { return m_faults.at(row); }
    int rowOf(Console::TrainingFault fault) const { return int(m_faults.indexOf(fault)); }
    // Empty for the symptom column.
    QString serialAt(int column) const;
    int columnOf(const QString &serial) const;
    // The emulated readers, in column order.
    QStringList serials() const { return m_serials; }

    // The symptom in the words of the vendor's documents, and what the
    // emulated reader or the PC then does.
    static QString symptom(Console::TrainingFault fault);
    static QString explanation(Console::TrainingFault fault);

    void retranslate();

Q_SIGNALS:
    void failed(const DeviceLink::Error &error);

private:
    bool isCheckable(const QModelIndex &index) const;
    void readersChanged();
    void readStates();
    void allChanged();

    Console::TrainingMode *m_training;
    const Console::EmulatedReaders *m_emulated;
    QList<Console::TrainingFault> m_faults;
    QStringList m_serials;
    // Per row, the serials with the fault; a fault of the PC is the empty serial.
    std::vector<QSet<QString>> m_active;
};

} // namespace Views
