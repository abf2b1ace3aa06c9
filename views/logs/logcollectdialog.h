// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/logs/logcollection.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace DeviceLink {
class ReaderRegistry;
}

namespace Views {

// ログ収集 dialog: the readers (checkboxes, every reader of the registry
// ticked), the days (the last 7 by default) and the folder; 収集 starts the
// collection (Console::LogCollection, in the background) with progress and
// 中止; at the end the zip's path and size, what to send to support, and
// "open folder". The collection belongs to the caller and outlives the dialog.
class LogCollectDialog final : public QDialog
{
    Q_OBJECT

public:
    LogCollectDialog(Console::LogCollection *collection, const DeviceLink::ReaderRegistry *registry,
                     QWidget *parent = nullptr);
    ~LogCollectDialog() override;

    QStringList checkedSerials() const;
    void setFolder(const QString &folder);
    void setDays(QDate from, QDate to);
    // What 収集 and 中止 do.
    void startCollection();
    void cancelCollection();
    QString resultText() const;
    QString zipPath() const { return m_zipPath; }

Q_SIGNALS:
    void collected(const QString &zipPath);
    void collectFailed(const DeviceLink::Error &error);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void setRunning(bool running);
    void onSucceeded(const Console::LogCollection::Summary &summary);
    void onFailed(const DeviceLink::Error &error);

    Console::LogCollection *m_collection;
    const DeviceLink::ReaderRegistry *m_registry;
    QLabel *m_readersLabel;
    QListWidget *m_readers;
    QLabel *m_rangeLabel;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_openFolder;
    QPushButton *m_close;
    QString m_zipPath;
};

} // namespace Views
