// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/logs/logtablemodel.h"

#include "app/logs/logqueryrunner.h"
#include "app/logs/logstore.h"

#include <QColor>
#include <QDateTime>
#include <QTimeZone>

namespace Views {

using namespace Console;
using namespace Qt::StringLiterals;

namespace {

// New records are counted at most this often while the tail is live.
constexpr int TailIntervalMs = 250;

QString levelText(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return LogTableModel::tr("Debug");
    case LogLevel::Info:
        return LogTableModel::tr("Info");
    case LogLevel::Warning:
        return LogTableModel::tr("Warning");
    case LogLevel::Error:
        return LogTableModel::tr("Error");
    case LogLevel::Critical:
        return LogTableModel::tr("Critical");
    }
    return {};
}

} // namespace

LogTableModel::LogTableModel(LogStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_runner(new LogQueryRunner(store, this))
{
    m_tailTimer.setSingleShot(true);
    m_tailTimer.setInterval(TailIntervalMs);
    connect(&m_tailTimer, &QTimer::timeout, this, &LogTableModel::refreshCount);
    connect(m_runner, &LogQueryRunner::countReady, this, &LogTableModel::onCount);
    connect(m_runner, &LogQueryRunner::pageReady, this, &LogTableModel::onPage);
    connect(m_runner, &LogQueryRunner::neighbourReady, this, &LogTableModel::onNeighbour);
    connect(m_runner, &LogQueryRunner::positionReady, this,
            [this](qint64, qint64 position) { Q_EMIT rowFound(int(std::min<qint64>(position, std::max<qint64>(0, m_rows - 1)))); });
    connect(m_runner, &LogQueryRunner::recordsReady, this, &LogTableModel::recordsReady);
    connect(m_runner, &LogQueryRunner::failed, this, [this](const DeviceLink::Error &error) {
        m_counting = false;
        Q_EMIT queryFailed(error);
    });
    connect(&store, &LogStore::recordsAppended, this, &LogTableModel::onStoreChanged);
    connect(&store, &LogStore::daysRemoved, this, [this] { setFilter(m_filter); });
    setFilter({});
}

LogTableModel::~LogTableModel() = default;

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows);
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const LogRecord *LogTableModel::cached(int row) const
{
    const int page = row / PageRows;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd())
        return nullptr;
    if (m_recent.isEmpty() || m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int offset = row % PageRows;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void LogTableModel::requestPage(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
    m_runner->requestPage(qint64(page) * PageRows, PageRows);
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogRecord *record = cached(index.row());
    if (!record) {
        if (role == Qt::DisplayRole || role == LoadedRole || role == RecordRole)
            requestPage(index.row() / PageRows);
        if (role == Qt::DisplayRole)
            return index.column() == MessageColumn ? tr("Loading…") : QVariant();
        if (role == LoadedRole)
            return false;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(record->timeMs, QTimeZone(int(LogDayOffsetMs / 1000)))
                .toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
        case SourceColumn:
            return record->source == LogRecord::ConsoleSource ? tr("Console") : record->source;
        case LevelColumn:
            return levelText(record->level);
        case CategoryColumn:
            return record->category;
        case CodeColumn:
            return record->code;
        case MessageColumn:
            return QString(record->message).replace(u'\n', u' ');
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(record->message) : QVariant();
    case Qt::ForegroundRole:
        if (record->level >= LogLevel::Error)
            return QColor(0xB0, 0x00, 0x20);
        if (record->level == LogLevel::Warning)
            return QColor(0x8A, 0x5A, 0x00);
        if (record->level == LogLevel::Debug)
            return QColor(0x70, 0x70, 0x70);
        return {};
    case RecordRole:
        return QVariant::fromValue(*record);
    case LevelRole:
        return int(record->level);
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case SourceColumn:
        return tr("Reader");
    case LevelColumn:
        return tr("Level");
    case CategoryColumn:
        return tr("Category");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

void LogTableModel::setFilter(const LogFilter &filter)
{
    m_filter = filter;
    m_runner->setFilter(filter);
    beginResetModel();
    m_rows = 0;
    m_pages.clear();
    m_recent.clear();
    m_requested.clear();
    m_counting = true;
    m_behind = false;
    endResetModel();
    Q_EMIT countChanged(0);
    m_runner->requestCount();
}

void LogTableModel::setLiveTail(bool live)
{
    if (m_liveTail == live)
        return;
    m_liveTail = live;
    if (live && m_behind) {
        m_behind = false;
        refreshCount();
    }
}

std::optional<LogRecord> LogTableModel::recordAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return std::nullopt;
    const LogRecord *record = cached(row);
    if (!record)
        return std::nullopt;
    return *record;
}

void LogTableModel::locateTime(qint64 utcMs)
{
    m_runner->requestPositionOfTime(utcMs);
}

void LogTableModel::findHit(const QString &text, int row, bool forward)
{
    LogFilter find = m_filter;
    find.text = (m_filter.text.isEmpty() ? QString() : m_filter.text + u' ') + text;
    qint64 key;
    if (const LogRecord *record = row >= 0 && row < m_rows ? cached(row) : nullptr)
        key = record->key;
    else
        key = forward ? std::numeric_limits<qint64>::min() / 2 : std::numeric_limits<qint64>::max() / 2;
    m_runner->requestNeighbour(find, key, forward);
}

void LogTableModel::requestRecords(int tag, int first, int last)
{
    m_runner->requestRecords(tag, first, qint64(last) - first + 1);
}

void LogTableModel::onCount(qint64 count)
{
    count = std::min<qint64>(count, std::numeric_limits<int>::max());
    if (m_counting) {
        m_counting = false;
        if (count > 0) {
            beginInsertRows({}, 0, int(count) - 1);
            m_rows = count;
            endInsertRows();
        }
        Q_EMIT countChanged(m_rows);
        return;
    }
    if (count == m_rows)
        return;
    if (count < m_rows) {
        setFilter(m_filter);
        return;
    }
    // The last page may have been partial: it is fetched again.
    const int lastPage = m_rows > 0 ? int((m_rows - 1) / PageRows) : 0;
    m_pages.remove(lastPage);
    m_recent.removeOne(lastPage);
    m_requested.remove(lastPage);
    beginInsertRows({}, int(m_rows), int(count) - 1);
    m_rows = count;
    endInsertRows();
    if (m_rows > 0) {
        const int firstRow = lastPage * PageRows;
        Q_EMIT dataChanged(index(firstRow, 0), index(int(std::min<qint64>(m_rows - 1, firstRow + PageRows - 1)), ColumnCount - 1));
    }
    Q_EMIT countChanged(m_rows);
}

void LogTableModel::onPage(qint64 position, const QList<LogRecord> &records)
{
    const int page = int(position / PageRows);
    m_requested.remove(page);
    if (records.isEmpty())
        return;
    m_pages.insert(page, records);
    m_recent.removeOne(page);
    m_recent.append(page);
    while (m_recent.size() > CachedPages)
        m_pages.remove(m_recent.takeFirst());
    const int first = int(position);
    const int last = int(std::min<qint64>(m_rows - 1, position + records.size() - 1));
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void LogTableModel::onNeighbour(bool found, qint64 position, const LogRecord &)
{
    if (found && position < m_rows)
        Q_EMIT hitFound(int(position));
    else
        Q_EMIT hitNotFound();
}

void LogTableModel::onStoreChanged()
{
    if (!m_liveTail) {
        m_behind = true;
        return;
    }
    if (!m_tailTimer.isActive())
        m_tailTimer.start();
}

void LogTableModel::refreshCount()
{
    if (!m_counting)
        m_runner->requestCount();
}

} // namespace Views
