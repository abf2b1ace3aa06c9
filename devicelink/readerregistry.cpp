// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/readerregistry.h"

#include <QCoreApplication>

#include <algorithm>

namespace DeviceLink {

using namespace Qt::StringLiterals;

QString ReaderEntry::address() const
{
    if (host.isEmpty())
        return {};
    return host + u':' + QString::number(port);
}

ReaderRegistry::ReaderRegistry(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_clock.start();
    m_uptimeTimer.setInterval(1000);
    connect(&m_uptimeTimer, &QTimer::timeout, this, &ReaderRegistry::tickUptime);
}

int ReaderRegistry::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReaderRegistry::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReaderRegistry::formatUptime(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = ms / 1000;
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    if (days > 0)
        return QCoreApplication::translate("DeviceLink::ReaderRegistry", "%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return QCoreApplication::translate("DeviceLink::ReaderRegistry", "%1 h %2 min").arg(hours).arg(minutes);
    return QCoreApplication::translate("DeviceLink::ReaderRegistry", "%1 min %2 s").arg(minutes).arg(s % 60);
}

QString ReaderRegistry::stateLabel(const ReaderEntry &entry)
{
    if (entry.error.code() == ErrorCode::PairedToAnotherConsole)
        return QCoreApplication::translate("DeviceLink::ReaderRegistry", "Registered to another console");
    if (!entry.registered)
        return QCoreApplication::translate("DeviceLink::ReaderRegistry", "Not registered");
    if (entry.state == ReaderState::Error) {
        return QCoreApplication::translate("DeviceLink::ReaderRegistry", "Error (%1)", "エラー(L203)")
            .arg(entry.error.codeString());
    }
    return displayName(entry.state);
}

QVariant ReaderRegistry::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReaderEntry &e = m_entries[size_t(index.row())];
    const qint64 uptime = (e.uptimeMs >= 0 && e.trusted) ? e.uptimeMs + (nowMs() - e.statusAtMs) : -1;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SerialColumn:
            return e.description.serial;
        case StateColumn:
            return stateLabel(e);
        case SoftwareColumn:
            return e.description.software;
        case FirmwareColumn:
            return e.description.firmware;
        case AddressColumn:
            return e.address();
        case UptimeColumn:
            return formatUptime(uptime);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && e.error.isError())
            return e.error.message();
        return {};
    case SerialRole:
        return e.description.serial;
    case StateRole:
        return int(e.state);
    case ErrorCodeRole:
        return e.error.codeString();
    case ErrorMessageRole:
        return e.error.message();
    case RegisteredRole:
        return e.registered;
    case TrustedRole:
        return e.trusted;
    case UptimeMsRole:
        return uptime;
    case VisualCheckPendingRole:
        return e.visualCheckPending;
    }
    return {};
}

QVariant ReaderRegistry::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SerialColumn:
        return QCoreApplication::translate("DeviceLink::ReaderRegistry", "Serial No.");
    case StateColumn:
        return QCoreApplication::translate("DeviceLink::ReaderRegistry", "State");
    case SoftwareColumn:
        return QCoreApplication::translate("DeviceLink::ReaderRegistry", "Software");
    case FirmwareColumn:
        return QCoreApplication::translate("DeviceLink::ReaderRegistry", "Firmware");
    case AddressColumn:
        return QCoreApplication::translate("DeviceLink::ReaderRegistry", "Address");
    case UptimeColumn:
        return QCoreApplication::translate("DeviceLink::ReaderRegistry", "Uptime");
    }
    return {};
}

QHash<int, QByteArray> ReaderRegistry::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SerialRole, "serial");
    names.insert(StateRole, "state");
    names.insert(ErrorCodeRole, "errorCode");
    names.insert(ErrorMessageRole, "errorMessage");
    names.insert(RegisteredRole, "registered");
    names.insert(TrustedRole, "trusted");
    names.insert(UptimeMsRole, "uptimeMs");
    names.insert(VisualCheckPendingRole, "visualCheckPending");
    return names;
}

int ReaderRegistry::rowOf(const QString &serial) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&serial](const ReaderEntry &e) { return e.description.serial == serial; });
    return it == m_entries.end() ? -1 : int(it - m_entries.begin());
}

const ReaderEntry *ReaderRegistry::entry(const QString &serial) const
{
    const int row = rowOf(serial);
    return row < 0 ? nullptr : &m_entries[size_t(row)];
}

QStringList ReaderRegistry::serials() const
{
    QStringList list;
    for (const ReaderEntry &e : m_entries)
        list.append(e.description.serial);
    return list;
}

int ReaderRegistry::countInState(ReaderState state) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [state](const ReaderEntry &e) { return e.registered && e.state == state; }));
}

void ReaderRegistry::addReader(const QString &serial)
{
    if (rowOf(serial) >= 0)
        return;
    const auto position = std::lower_bound(m_entries.begin(), m_entries.end(), serial,
                                           [](const ReaderEntry &e, const QString &s) { return e.description.serial < s; });
    const int row = int(position - m_entries.begin());
    beginInsertRows({}, row, row);
    ReaderEntry entry;
    entry.description.serial = serial;
    m_entries.insert(position, std::move(entry));
    endInsertRows();
    if (!m_uptimeTimer.isActive())
        m_uptimeTimer.start();
    Q_EMIT summaryChanged();
}

void ReaderRegistry::removeReader(const QString &serial)
{
    const int row = rowOf(serial);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.erase(m_entries.begin() + row);
    endRemoveRows();
    if (m_entries.empty())
        m_uptimeTimer.stop();
    Q_EMIT summaryChanged();
}

template<typename Change>
void ReaderRegistry::update(const QString &serial, Change change)
{
    const int row = rowOf(serial);
    if (row < 0)
        return;
    change(m_entries[size_t(row)]);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT summaryChanged();
}

void ReaderRegistry::setDescription(const ReaderDescription &description)
{
    update(description.serial, [&](ReaderEntry &e) { e.description = description; });
}

void ReaderRegistry::setAddress(const QString &serial, const QString &host, quint16 port)
{
    const ReaderEntry *e = entry(serial);
    if (!e || (e->host == host && e->port == port))
        return;
    update(serial, [&](ReaderEntry &entry) {
        entry.host = host;
        entry.port = port;
    });
}

void ReaderRegistry::setRegistered(const QString &serial, bool registered)
{
    update(serial, [&](ReaderEntry &e) { e.registered = registered; });
}

void ReaderRegistry::setTrusted(const QString &serial, bool trusted)
{
    update(serial, [&](ReaderEntry &e) {
        e.trusted = trusted;
        if (trusted)
            e.error = {};
    });
}

void ReaderRegistry::setStatus(const QString &serial, const ReaderStatus &status)
{
    update(serial, [&](ReaderEntry &e) {
        e.state = status.state;
        e.error = status.state == ReaderState::Error ? status.error : Error();
        e.uptimeMs = status.uptimeMs;
        e.statusAtMs = nowMs();
        e.visualCheckPending = status.visualCheckPending;
    });
}

void ReaderRegistry::setDisconnected(const QString &serial, const Error &reason)
{
    update(serial, [&](ReaderEntry &e) {
        e.state = ReaderState::WaitingForConnection;
        e.trusted = false;
        e.uptimeMs = -1;
        e.visualCheckPending = false;
        // Keep the cause for the tooltip, but a plain disconnect is no error.
        e.error = (reason.code() == ErrorCode::LinkDown || reason.code() == ErrorCode::ConnectionRefused) ? Error()
                                                                                                          : reason;
    });
}

void ReaderRegistry::setLinkError(const QString &serial, const Error &error)
{
    update(serial, [&](ReaderEntry &e) {
        e.state = ReaderState::Error;
        e.trusted = false;
        e.uptimeMs = -1;
        e.error = error;
    });
}

void ReaderRegistry::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ReaderRegistry::tickUptime()
{
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0, UptimeColumn), index(rowCount() - 1, UptimeColumn), {Qt::DisplayRole, UptimeMsRole});
}

} // namespace DeviceLink
