// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QStyledItemDelegate>

namespace Views {

// Draws the state column as a coloured dot and the label (稼働中, エラー(L203)),
// so that the state is readable by colour and by text alike.
class ReaderStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Views
