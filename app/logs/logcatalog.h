// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>

#include <atomic>

namespace Console {

// The day files of one store: which days exist with how many records
// (committed), and an epoch that changes whenever a day is removed, so that
// readers drop their connections to it.
// Shared by the store, its writer thread and every reader. Thread-safe.
class LogCatalog
{
public:
    explicit LogCatalog(QString directory);

    QString directory() const { return m_directory; }
    QString pathOf(qint64 dayNumber) const;
    QList<qint64> days() const; // ascending
    bool contains(qint64 dayNumber) const;
    // -1 while unknown: the store's open does not read every day.
    qint64 rows(qint64 dayNumber) const;
    quint64 epoch() const { return m_epoch.load(std::memory_order_acquire); }

    void add(qint64 dayNumber, qint64 rows);
    void addRows(qint64 dayNumber, qint64 rows);
    // For a reader that counted a day no writer has opened yet.
    void setRowsIfUnknown(qint64 dayNumber, qint64 rows);
    bool remove(qint64 dayNumber);

private:
    const QString m_directory;
    mutable QMutex m_mutex;
    QMap<qint64, qint64> m_rows; // day -> records
    std::atomic<quint64> m_epoch{0};
};

} // namespace Console
