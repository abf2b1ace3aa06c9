// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QStyledItemDelegate>

namespace Views {

// Paints a progress bar in cells whose model gives a percentage under
// role, the plain cell elsewhere.
class ProgressBarDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    ProgressBarDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace Views
