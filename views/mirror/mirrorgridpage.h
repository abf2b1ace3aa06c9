// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/error.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace Console {
class MirrorHub;
}

namespace DeviceLink {
class ReaderRegistry;
}

namespace Views {

class MirrorView;

// 画面ミラー: every reader's screen at once, live. Double-click (or Enter)
// enlarges one; 一覧に戻る (Esc) returns to the grid. スナップショット saves the
// reader's screen as a PNG, masked as the reader masks it. The grid follows
// the reader registry as readers come and go.
class MirrorGridPage : public QWidget
{
    Q_OBJECT

public:
    MirrorGridPage(Console::MirrorHub *hub, DeviceLink::ReaderRegistry *registry, QWidget *parent = nullptr);
    ~MirrorGridPage() override;

    QList<MirrorView *> views() const { return m_views; }
    MirrorView *view(const QString &serial) const;
    void enlarge(const QString &serial);
    void showGrid();
    // Empty while the grid is shown.
    QString enlargedSerial() const;
    // The reader a snapshot is taken of: the enlarged one, else the one with
    // focus, else the first.
    QString currentSerial() const;
    DeviceLink::Result<void> saveSnapshot(const QString &serial, const QString &path) const;

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void askSnapshot();
    void setOverlay(bool visible);

    Console::MirrorHub *m_hub;
    DeviceLink::ReaderRegistry *m_registry;
    QStackedWidget *m_stack;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QLabel *m_empty;
    QWidget *m_single;
    MirrorView *m_enlarged = nullptr;
    QPushButton *m_back;
    QPushButton *m_snapshot;
    QCheckBox *m_overlay;
    QLabel *m_privacyNote;
    QList<MirrorView *> m_views;
};

} // namespace Views
