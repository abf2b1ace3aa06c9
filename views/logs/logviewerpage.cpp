// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/logs/logviewerpage.h"

#include "app/logs/logstore.h"
#include "app/logs/logtokenizer.h"
#include "views/logs/logcsv.h"
#include "views/logs/logfilterbar.h"
#include "views/logs/loghighlightdelegate.h"
#include "views/logs/logtablemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Views {

using namespace Console;
using namespace Qt::StringLiterals;

namespace {

QPushButton *makeButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    return button;
}

QTimeZone tokyo()
{
    return QTimeZone(int(LogDayOffsetMs / 1000));
}

} // namespace

LogViewerPage::LogViewerPage(LogStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new LogTableModel(store, this))
    , m_delegate(new LogHighlightDelegate(this))
    , m_filterBar(new LogFilterBar(this))
    , m_search(new QLineEdit(this))
    , m_previous(makeButton(u"previousHitButton"_s, this))
    , m_next(makeButton(u"nextHitButton"_s, this))
    , m_onlyHits(new QCheckBox(this))
    , m_hitStatus(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_liveTail(makeButton(u"liveTailButton"_s, this))
    , m_jumpTime(new QDateTimeEdit(this))
    , m_jump(makeButton(u"jumpButton"_s, this))
    , m_copy(makeButton(u"copyButton"_s, this))
    , m_export(makeButton(u"exportButton"_s, this))
    , m_deleteDate(new QDateEdit(this))
    , m_deleteDay(makeButton(u"deleteDayButton"_s, this))
    , m_collect(makeButton(u"collectLogsButton"_s, this))
    , m_count(new QLabel(this))
{
    setObjectName(u"logViewerPage"_s);
    m_search->setObjectName(u"searchField"_s);
    m_search->setClearButtonEnabled(true);
    m_onlyHits->setObjectName(u"onlyHitsCheck"_s);
    m_hitStatus->setObjectName(u"hitStatusLabel"_s);
    m_table->setObjectName(u"logTable"_s);
    m_details->setObjectName(u"detailPane"_s);
    m_jumpTime->setObjectName(u"jumpTimeEdit"_s);
    m_deleteDate->setObjectName(u"deleteDayEdit"_s);
    m_count->setObjectName(u"rowCountLabel"_s);

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(LogTableModel::MessageColumn, m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never asks the model for every row's size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(LogTableModel::TimeColumn, m_table->fontMetrics().horizontalAdvance(u"0000-00-00 00:00:00.000"_s) + 16);
    m_details->setReadOnly(true);
    m_liveTail->setCheckable(true);
    m_liveTail->setChecked(true);
    m_jumpTime->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    m_jumpTime->setCalendarPopup(true);
    // Japan's wall-clock time whatever the PC's zone (see LogFilterBar).
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(tokyo());
    m_jumpTime->setDateTime(QDateTime(now.date(), now.time()));
    m_deleteDate->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_deleteDate->setCalendarPopup(true);
    m_deleteDate->setDate(now.date());

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_previous);
    searchRow->addWidget(m_next);
    searchRow->addWidget(m_onlyHits);
    searchRow->addWidget(m_hitStatus);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_liveTail);
    bottomRow->addWidget(m_jumpTime);
    bottomRow->addWidget(m_jump);
    bottomRow->addSpacing(12);
    bottomRow->addWidget(m_copy);
    bottomRow->addWidget(m_export);
    bottomRow->addSpacing(12);
    bottomRow->addWidget(m_deleteDate);
    bottomRow->addWidget(m_deleteDay);
    bottomRow->addSpacing(12);
    bottomRow->addWidget(m_collect);
    bottomRow->addStretch();
    bottomRow->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottomRow);

    connect(m_filterBar, &LogFilterBar::filterChanged, this, &LogViewerPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &LogViewerPage::searchEdited);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(m_onlyHits, &QCheckBox::toggled, this, &LogViewerPage::searchEdited);
    connect(m_next, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(m_previous, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(m_liveTail, &QPushButton::toggled, this, [this](bool live) {
        m_model->setLiveTail(live);
        if (live)
            m_table->scrollToBottom();
    });
    connect(m_jump, &QPushButton::clicked, this, [this] {
        jumpTo(QDateTime(m_jumpTime->date(), m_jumpTime->time(), tokyo()).toMSecsSinceEpoch());
    });
    connect(m_copy, &QPushButton::clicked, this, &LogViewerPage::copySelection);
    connect(m_export, &QPushButton::clicked, this, &LogViewerPage::askExportPath);
    connect(m_deleteDay, &QPushButton::clicked, this, &LogViewerPage::confirmDeleteDay);
    connect(m_collect, &QPushButton::clicked, this, &LogViewerPage::collectLogsRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogViewerPage::updateDetails);
    connect(m_model, &LogTableModel::dataChanged, this, [this](const QModelIndex &first, const QModelIndex &last) {
        const int row = m_table->currentIndex().row();
        if (row >= first.row() && row <= last.row())
            updateDetails();
    });
    connect(m_model, &LogTableModel::countChanged, this, &LogViewerPage::updateCount);
    connect(m_model, &LogTableModel::rowFound, this, &LogViewerPage::showRow);
    connect(m_model, &LogTableModel::hitFound, this, [this](int row) {
        m_hitStatus->clear();
        showRow(row);
    });
    connect(m_model, &LogTableModel::hitNotFound, this, [this] { m_hitStatus->setText(tr("No more hits")); });
    connect(m_model, &LogTableModel::recordsReady, this, &LogViewerPage::onRecords);
    connect(m_model, &LogTableModel::queryFailed, this, [this](const DeviceLink::Error &error) {
        m_hitStatus->setText(error.codeString() + u' ' + error.message());
    });
    connect(&m_store, &LogStore::writeFailed, this, [this](const DeviceLink::Error &error) {
        Q_EMIT statusMessage(error.codeString() + u' ' + error.message());
    });

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *nextShortcut = new QShortcut(QKeySequence::FindNext, this);
    connect(nextShortcut, &QShortcut::activated, this, [this] { findNext(true); });
    auto *previousShortcut = new QShortcut(QKeySequence::FindPrevious, this);
    connect(previousShortcut, &QShortcut::activated, this, [this] { findNext(false); });
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &LogViewerPage::copySelection);

    retranslate();
    applyFilter();
}

LogViewerPage::~LogViewerPage() = default;

void LogViewerPage::setSources(const QStringList &serials)
{
    m_filterBar->setSources(serials);
}

void LogViewerPage::applyFilter()
{
    m_model->setFilter(m_filterBar->filter());
    m_details->clear();
}

void LogViewerPage::searchEdited()
{
    const QString text = m_search->text().trimmed();
    m_delegate->setTerms(LogTokenizer::compile(text).terms);
    m_table->viewport()->update();
    m_hitStatus->clear();
    // Only the hits: the search becomes part of the filter.
    m_filterBar->setText(m_onlyHits->isChecked() ? text : QString());
}

void LogViewerPage::findNext(bool forward)
{
    const QString text = m_search->text().trimmed();
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    if (text.isEmpty() || m_onlyHits->isChecked()) {
        // Every row is a hit: step through them.
        const int row = current < 0 ? (forward ? 0 : m_model->rowCount() - 1) : current + (forward ? 1 : -1);
        if (row >= 0 && row < m_model->rowCount())
            showRow(row);
        else
            m_hitStatus->setText(tr("No more hits"));
        return;
    }
    m_liveTail->setChecked(false);
    m_model->findHit(text, current, forward);
}

void LogViewerPage::jumpTo(qint64 utcMs)
{
    m_liveTail->setChecked(false);
    m_model->locateTime(utcMs);
}

void LogViewerPage::showRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, LogTableModel::MessageColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void LogViewerPage::updateCount(qint64 rows)
{
    m_count->setText(m_model->isCounting() ? tr("Searching…") : tr("%n record(s)", nullptr, int(rows)));
    if (m_liveTail->isChecked() && !m_model->isCounting())
        m_table->scrollToBottom();
}

void LogViewerPage::updateDetails()
{
    const int row = m_table->currentIndex().row();
    const std::optional<LogRecord> record = m_model->recordAt(row);
    if (!record) {
        m_details->clear();
        return;
    }
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(record->timeMs, tokyo());
    QString text = tr("Time: %1").arg(time.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s)) + u'\n'
        + tr("Reader: %1").arg(record->source == LogRecord::ConsoleSource ? tr("Console") : record->source) + u'\n'
        + tr("Level: %1").arg(m_model->data(m_model->index(row, LogTableModel::LevelColumn)).toString()) + u'\n'
        + tr("Category: %1").arg(record->category) + u'\n'
        + tr("Code: %1").arg(record->code.isEmpty() ? u"-"_s : record->code) + u'\n'
        + tr("Message: %1").arg(record->message);
    for (const LogField &field : record->fields)
        text += u"\n  "_s + field.key + u" = "_s + field.value;
    m_details->setPlainText(text);
}

void LogViewerPage::copySelection()
{
    requestSelection(Purpose::Copy, {});
}

void LogViewerPage::exportSelection(const QString &path)
{
    requestSelection(Purpose::Export, path);
}

void LogViewerPage::askExportPath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export logs as CSV"), u"logs.csv"_s,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportSelection(path);
}

void LogViewerPage::requestSelection(Purpose purpose, const QString &path)
{
    // Ranges, not indexes: a selection of millions of rows stays cheap.
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        ranges.append({range.top(), range.bottom()});
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<int, int>> merged;
    for (const auto &range : ranges) {
        if (!merged.isEmpty() && range.first <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, range.second);
        else
            merged.append(range);
    }
    if (merged.isEmpty()) {
        m_hitStatus->setText(tr("Select the records first."));
        return;
    }
    ++m_selectionTag;
    m_selectionPending = int(merged.size());
    m_selectionPurpose = purpose;
    m_selectionPath = path;
    m_selection.clear();
    for (const auto &[first, last] : merged)
        m_model->requestRecords(m_selectionTag, first, last);
}

void LogViewerPage::onRecords(int tag, const QList<LogRecord> &records)
{
    if (tag != m_selectionTag || m_selectionPending <= 0)
        return;
    m_selection += records;
    if (--m_selectionPending > 0)
        return;
    const int count = int(m_selection.size());
    if (m_selectionPurpose == Purpose::Copy) {
        QApplication::clipboard()->setText(LogCsv::toCsv(m_selection));
        Q_EMIT copied(count);
        Q_EMIT statusMessage(tr("Copied %n record(s).", nullptr, count));
    } else {
        QSaveFile file(m_selectionPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(LogCsv::toFileContents(m_selection)) < 0 || !file.commit()) {
            Q_EMIT exportFailed(m_selectionPath, file.errorString());
            m_hitStatus->setText(tr("Could not write %1: %2").arg(m_selectionPath, file.errorString()));
        } else {
            Q_EMIT exported(m_selectionPath, count);
            Q_EMIT statusMessage(tr("Exported %n record(s).", nullptr, count));
        }
    }
    m_selection.clear();
}

void LogViewerPage::confirmDeleteDay()
{
    const QDate day = m_deleteDate->date();
    const QString date = day.toString(u"yyyy-MM-dd"_s);
    if (QMessageBox::question(this, tr("Delete logs"), tr("Delete every log record of %1 (Japan time)? This cannot be undone.").arg(date))
        != QMessageBox::Yes)
        return;
    if (DeviceLink::Result<void> deleted = m_store.deleteDay(day); !deleted)
        m_hitStatus->setText(deleted.error().codeString() + u' ' + deleted.error().message());
    else
        Q_EMIT statusMessage(tr("Deleted the logs of %1.").arg(date));
}

void LogViewerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogViewerPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search logs (Japanese words, codes such as 0x81000001)"));
    m_previous->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    m_onlyHits->setText(tr("Show only hits"));
    m_liveTail->setText(tr("Live"));
    m_liveTail->setToolTip(tr("Follow new records as they arrive; turn off to pause."));
    m_jumpTime->setToolTip(tr("Time to jump to (Japan time)"));
    m_jump->setText(tr("Go to time"));
    m_copy->setText(tr("Copy"));
    m_export->setText(tr("Export CSV…"));
    m_deleteDate->setToolTip(tr("Day whose logs to delete (Japan time)"));
    m_deleteDay->setText(tr("Delete this day's logs…"));
    m_collect->setText(tr("Collect logs…"));
    m_collect->setToolTip(tr("Make a zip file of the logs to send to support"));
    updateCount(m_model->rowCount());
}

} // namespace Views
