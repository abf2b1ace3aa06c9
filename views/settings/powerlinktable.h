// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Console {
class ReaderSettings;
}

namespace Views {

// 電源連動 of each card reader that can be reached (the reader's own
// setting, switched from its check box) and its USB power, with the warning
// for a port that stays powered while the PC sleeps. On the 設定 page and in
// the setup wizard; its owner calls refresh() when the readers or their
// power settings change.
class PowerLinkTable : public QWidget
{
    Q_OBJECT

public:
    explicit PowerLinkTable(Console::ReaderSettings *readers, QWidget *parent = nullptr);

    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    Console::ReaderSettings *m_readers;
    QTableWidget *m_table;
    QLabel *m_warning;
};

} // namespace Views
