// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/logcatalog.h"

#include "app/logs/logdayfile.h"

#include <QDir>
#include <QMutexLocker>

namespace Console {

LogCatalog::LogCatalog(QString directory)
    : m_directory(std::move(directory))
{
}

QString LogCatalog::pathOf(qint64 dayNumber) const
{
    return QDir(m_directory).filePath(LogDayFile::fileName(dayNumber));
}

QList<qint64> LogCatalog::days() const
{
    QMutexLocker lock(&m_mutex);
    return m_rows.keys();
}

bool LogCatalog::contains(qint64 dayNumber) const
{
    QMutexLocker lock(&m_mutex);
    return m_rows.contains(dayNumber);
}

qint64 LogCatalog::rows(qint64 dayNumber) const
{
    QMutexLocker lock(&m_mutex);
    return m_rows.value(dayNumber, 0);
}

void LogCatalog::add(qint64 dayNumber, qint64 rows)
{
    QMutexLocker lock(&m_mutex);
    m_rows.insert(dayNumber, rows);
}

void LogCatalog::addRows(qint64 dayNumber, qint64 rows)
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_rows.find(dayNumber); it != m_rows.end() && it.value() >= 0)
        it.value() += rows;
}

void LogCatalog::setRowsIfUnknown(qint64 dayNumber, qint64 rows)
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_rows.find(dayNumber); it != m_rows.end() && it.value() < 0)
        it.value() = rows;
}

bool LogCatalog::remove(qint64 dayNumber)
{
    QMutexLocker lock(&m_mutex);
    if (m_rows.remove(dayNumber) == 0)
        return false;
    m_epoch.fetch_add(1, std::memory_order_acq_rel);
    return true;
}

} // namespace Console
