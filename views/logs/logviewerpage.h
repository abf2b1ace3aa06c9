// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/logs/logrecord.h"
#include "devicelink/error.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Console {
class LogStore;
}

namespace Views {

class LogFilterBar;
class LogHighlightDelegate;
class LogTableModel;

// ログ page: every stored log record in time order in a virtual table, the
// filter bar, full-text search with marked hits and next/previous (or only
// the hits), live tail (pausable), jump to a time, the selected record's
// details, copying and CSV export of the selection, and deleting one day's
// logs. Queries run in the background (LogTableModel); the page never waits
// for the store except to delete a day. The store must outlive the page.
class LogViewerPage final : public QWidget
{
    Q_OBJECT

public:
    explicit LogViewerPage(Console::LogStore &store, QWidget *parent = nullptr);
    ~LogViewerPage() override;

    LogTableModel *model() const { return m_model; }
    void setSources(const QStringList &serials);

    // What the buttons do, without the dialogs.
    void copySelection();
    void exportSelection(const QString &path);
    void jumpTo(qint64 utcMs);
    void findNext(bool forward);

Q_SIGNALS:
    void copied(int records);
    void exported(const QString &path, int records);
    void exportFailed(const QString &path, const QString &reason);
    void statusMessage(const QString &text);
    // ログ収集 was asked for: the window opens the collection dialog.
    void collectLogsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Purpose { Copy, Export };
    void retranslate();
    void applyFilter();
    void searchEdited();
    void updateDetails();
    void updateCount(qint64 rows);
    void showRow(int row);
    void requestSelection(Purpose purpose, const QString &path);
    void onRecords(int tag, const QList<Console::LogRecord> &records);
    void confirmDeleteDay();
    void askExportPath();

    Console::LogStore &m_store;
    LogTableModel *m_model;
    LogHighlightDelegate *m_delegate;
    LogFilterBar *m_filterBar;
    QLineEdit *m_search;
    QPushButton *m_previous;
    QPushButton *m_next;
    QCheckBox *m_onlyHits;
    QLabel *m_hitStatus;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QPushButton *m_liveTail;
    QDateTimeEdit *m_jumpTime;
    QPushButton *m_jump;
    QPushButton *m_copy;
    QPushButton *m_export;
    QDateEdit *m_deleteDate;
    QPushButton *m_deleteDay;
    QPushButton *m_collect;
    QLabel *m_count;

    // The selection being gathered for copy or export.
    int m_selectionTag = 0;
    int m_selectionPending = 0;
    Purpose m_selectionPurpose = Purpose::Copy;
    QString m_selectionPath;
    QList<Console::LogRecord> m_selection;
};

} // namespace Views
