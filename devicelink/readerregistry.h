// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"
#include "devicelink/error.h"
#include "devicelink/readerinfo.h"
#include "devicelink/readerstate.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QTimer>

#include <vector>

namespace DeviceLink {

// Everything the console knows about one reader.
struct DEVICELINK_EXPORT ReaderEntry
{
    ReaderDescription description;
    QString host;
    quint16 port = 0;
    ReaderState state = ReaderState::WaitingForConnection;
    // The reader's own error (state Error), or why the link is refused.
    Error error;
    bool registered = false; // its certificate is pinned by this console
    bool trusted = false;    // the link is up and the reader trusts us
    qint64 uptimeMs = -1;    // at statusAtMs; -1 when unknown
    qint64 statusAtMs = 0;
    // A patient at this reader waits for staff to confirm by sight.
    bool visualCheckPending = false;

    QString address() const;
};

// The readers of this console as a table model, sorted by serial number:
// the single source of truth for every view (list, tray, status bar).
// Only ReaderFleet writes to it.
//
// Thread: GUI thread (owned by the console's core).
class DEVICELINK_EXPORT ReaderRegistry : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SerialColumn, StateColumn, SoftwareColumn, FirmwareColumn, AddressColumn, UptimeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SerialRole = Qt::UserRole + 1,
        StateRole,        // ReaderState as int
        ErrorCodeRole,    // "L203", empty when none
        ErrorMessageRole, // what to do, in the UI language
        RegisteredRole,
        TrustedRole,
        UptimeMsRole,
        VisualCheckPendingRole,
    };
    Q_ENUM(Role)

    explicit ReaderRegistry(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &serial) const;
    const ReaderEntry *entry(const QString &serial) const;
    const ReaderEntry &entryAt(int row) const { return m_entries.at(size_t(row)); }
    QStringList serials() const;
    int countInState(ReaderState state) const;
    // The label the State column shows: 稼働中, エラー(L203), 未登録, ...
    static QString stateLabel(const ReaderEntry &entry);
    static QString formatUptime(qint64 ms);

    // Writers, for ReaderFleet.
    void addReader(const QString &serial);
    void removeReader(const QString &serial);
    void setDescription(const ReaderDescription &description);
    void setAddress(const QString &serial, const QString &host, quint16 port);
    void setRegistered(const QString &serial, bool registered);
    void setTrusted(const QString &serial, bool trusted);
    void setStatus(const QString &serial, const ReaderStatus &status);
    // The link is down: the reader is waiting for a connection.
    void setDisconnected(const QString &serial, const Error &reason);
    // The link is refused (certificate, pairing): shown as an error.
    void setLinkError(const QString &serial, const Error &error);

    // Retranslates headers and labels after the UI language changed.
    void retranslate();

Q_SIGNALS:
    // Any reader changed state, appeared or went away: for summaries.
    void summaryChanged();

private:
    template<typename Change>
    void update(const QString &serial, Change change);
    void tickUptime();
    qint64 nowMs() const { return m_clock.elapsed(); }

    std::vector<ReaderEntry> m_entries;
    QElapsedTimer m_clock;
    QTimer m_uptimeTimer;
};

} // namespace DeviceLink
