// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/training/trainingfaultmodel.h"

#include "app/emulatedreaders.h"

namespace Views {

using namespace Console;
using namespace DeviceLink;

TrainingFaultModel::TrainingFaultModel(TrainingMode *training, const EmulatedReaders *emulated, QObject *parent)
    : QAbstractTableModel(parent)
    , m_training(training)
    , m_emulated(emulated)
    , m_faults(allTrainingFaults())
    , m_serials(emulated->serials())
    , m_active(size_t(m_faults.size()))
{
    readStates();
    connect(emulated, &EmulatedReaders::attachedChanged, this, &TrainingFaultModel::readersChanged);
    connect(training, &TrainingMode::changed, this, [this] {
        readStates();
        allChanged();
    });
    // Check boxes exist only while the mode is on (flags).
    connect(training, &TrainingMode::enabledChanged, this, &TrainingFaultModel::allChanged);
}

int TrainingFaultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_faults.size());
}

int TrainingFaultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstReaderColumn + int(m_serials.size());
}

QString TrainingFaultModel::serialAt(int column) const
{
    const int reader = column - FirstReaderColumn;
    return reader >= 0 && reader < m_serials.size() ? m_serials.at(reader) : QString();
}

int TrainingFaultModel::columnOf(const QString &serial) const
{
    const qsizetype reader = m_serials.indexOf(serial);
    return reader < 0 ? -1 : FirstReaderColumn + int(reader);
}

bool TrainingFaultModel::isCheckable(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() < FirstReaderColumn)
        return false;
    const TrainingFault fault = faultAt(index.row());
    if (isMomentary(fault))
        return false;
    return !isConsoleWide(fault) || index.column() == FirstReaderColumn;
}

QVariant TrainingFaultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index));
    const TrainingFault fault = faultAt(index.row());
    if (role == FaultIdRole)
        return trainingFaultString(fault);
    if (index.column() == SymptomColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return symptom(fault);
        case Qt::ToolTipRole:
            return explanation(fault);
        default:
            return {};
        }
    }
    const QString serial = isConsoleWide(fault) ? QString() : serialAt(index.column());
    switch (role) {
    case SerialRole:
        return serial;
    case Qt::DisplayRole:
        if (isConsoleWide(fault) && index.column() == FirstReaderColumn)
            return tr("This PC (every card reader)");
        return {};
    case Qt::ToolTipRole:
        if (isMomentary(fault))
            return tr("This happens once rather than staying: use Change USB port below.");
        return isCheckable(index) ? explanation(fault) : QVariant();
    case Qt::CheckStateRole:
        if (!isCheckable(index))
            return {};
        return m_active.at(size_t(index.row())).contains(serial) ? Qt::Checked : Qt::Unchecked;
    default:
        return {};
    }
}

QVariant TrainingFaultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == SymptomColumn)
        return tr("Practice fault (symptom)");
    return serialAt(section);
}

Qt::ItemFlags TrainingFaultModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Q_ASSERT(checkIndex(index));
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_training->isEnabled() && isCheckable(index))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool TrainingFaultModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !isCheckable(index))
        return false;
    const TrainingFault fault = faultAt(index.row());
    const bool active = value.toInt() == Qt::Checked;
    const Result<void> set = m_training->setFault(fault, isConsoleWide(fault) ? QString() : serialAt(index.column()),
                                                  active);
    if (!set) {
        Q_EMIT failed(set.error());
        return false;
    }
    // TrainingMode::changed has refreshed every cell by now.
    return true;
}

void TrainingFaultModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    allChanged();
}

void TrainingFaultModel::readersChanged()
{
    // A replug detaches and attaches the reader again: columns only go and
    // come back when the set of readers really changed.
    if (m_emulated->serials() == m_serials) {
        readStates();
        allChanged();
        return;
    }
    beginResetModel();
    m_serials = m_emulated->serials();
    readStates();
    endResetModel();
}

void TrainingFaultModel::readStates()
{
    for (int row = 0; row < rowCount(); ++row) {
        const TrainingFault fault = faultAt(row);
        QSet<QString> &active = m_active[size_t(row)];
        active.clear();
        if (isMomentary(fault))
            continue;
        if (isConsoleWide(fault)) {
            if (m_training->hasFault(fault))
                active.insert(QString());
            continue;
        }
        for (const QString &serial : std::as_const(m_serials)) {
            if (m_training->hasFault(fault, serial))
                active.insert(serial);
        }
    }
}

void TrainingFaultModel::allChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QString TrainingFaultModel::symptom(TrainingFault fault)
{
    switch (fault) {
    case TrainingFault::LinkDown:
        return tr("“Waiting for connection” (the USB cable came out)");
    case TrainingFault::AdapterDisabled:
        return tr("USB network adapter disabled");
    case TrainingFault::FrozenScreen:
        return tr("Screen does not respond after static electricity");
    case TrainingFault::PortChanged:
        return tr("Moved to another USB port");
    case TrainingFault::OldSoftware:
        return tr("Software version too old");
    case TrainingFault::OverLicence:
        return tr("Not enough licences");
    case TrainingFault::ClockSkew:
        return tr("Clock one day ahead (not restarted for 24 hours or more)");
    case TrainingFault::LogDiskFull:
        return tr("No free space for logs");
    }
    Q_UNREACHABLE();
}

QString TrainingFaultModel::explanation(TrainingFault fault)
{
    switch (fault) {
    case TrainingFault::LinkDown:
        return tr("The reader's link is cut as if its USB cable were pulled: the console shows it waiting for "
                  "connection until the fault is cleared or the cable is pulled and plugged.");
    case TrainingFault::AdapterDisabled:
        return tr("The PC's USB network adapter for this reader is disabled: no link until the guide enables it "
                  "again.");
    case TrainingFault::FrozenScreen:
        return tr("The reader's screen and taps freeze and it stops answering, as after static electricity.");
    case TrainingFault::PortChanged:
        return tr("The reader is moved to another USB port: its link drops and comes back on a new address.");
    case TrainingFault::OldSoftware:
        return tr("The reader reports software below the supported minimum.");
    case TrainingFault::OverLicence:
        return tr("The licence check finds more card readers than licences on this PC.");
    case TrainingFault::ClockSkew:
        return tr("The reader's clock runs a day ahead, so it looks as if it had not been restarted for more than "
                  "24 hours.");
    case TrainingFault::LogDiskFull:
        return tr("The log check finds no room on this PC to collect logs.");
    }
    Q_UNREACHABLE();
}

} // namespace Views
