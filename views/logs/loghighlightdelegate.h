// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Views {

// Paints a cell's text with every occurrence of the search terms marked
// (case-insensitive), for the log table's message column.
class LogHighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setTerms(const QStringList &terms);
    QStringList terms() const { return m_terms; }
    // [start, length) of each hit of the terms in text, in order.
    static QList<std::pair<int, int>> hits(const QString &text, const QStringList &terms);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QStringList m_terms;
};

} // namespace Views
