// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace DeviceLink {
class ReaderRegistry;
}

namespace Console {
class FirmwareUpdates;
}

namespace Views {

class FirmwareHistoryModel;
class FirmwareReaderModel;

// ソフトウェア更新: choose an update bundle, see each reader's installed and
// target versions (readers below the supported minimum flagged), update the
// selected readers or every reader that can take it as a staged rollout,
// follow the progress, cancel, and read the history.
class FirmwarePage : public QWidget {
    Q_OBJECT

public:
    FirmwarePage(Console::FirmwareUpdates *updates, DeviceLink::ReaderRegistry *registry, QWidget *parent = nullptr);

    // Chooses the bundle as the file dialog would; for tests and the
    // command line.
    void chooseBundle(const QString &path);
    // Starts at once, without asking: the buttons ask first.
    void startUpdate(const QStringList &serials);

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void updateSelected();
    void updateAll();
    void confirmAndStart(const QStringList &serials);
    void confirmCancel();
    void refreshControls();
    void refreshOverall();
    QStringList selectedSerials() const;

    Console::FirmwareUpdates *m_updates;
    DeviceLink::ReaderRegistry *m_registry;
    FirmwareReaderModel *m_readerModel;
    FirmwareHistoryModel *m_historyModel;
    QGroupBox *m_bundleBox;
    QLineEdit *m_bundlePath;
    QPushButton *m_browse;
    QLabel *m_bundleInfo;
    QGroupBox *m_readersBox;
    QTableView *m_readers;
    QPushButton *m_updateSelected;
    QPushButton *m_updateAll;
    QPushButton *m_cancel;
    QProgressBar *m_overall;
    QLabel *m_overallText;
    QGroupBox *m_historyBox;
    QTableView *m_history;
    QString m_bundleError;
    QStringList m_rolloutSerials;
};

} // namespace Views
