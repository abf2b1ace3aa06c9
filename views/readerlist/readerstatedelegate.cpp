// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/readerlist/readerstatedelegate.h"

#include "devicelink/readerregistry.h"
#include "views/common/stateappearance.h"

namespace Views {

using namespace DeviceLink;

void ReaderStateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = static_cast<ReaderState>(index.data(ReaderRegistry::StateRole).toInt());
    const bool registered = index.data(ReaderRegistry::RegisteredRole).toBool();
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = stateIcon(registered ? state : ReaderState::Stopped, registered);
    option->decorationSize = QSize(14, 14);
    if (registered && state == ReaderState::Error)
        option->palette.setColor(QPalette::Text, stateColor(state));
    option->font.setBold(registered && state == ReaderState::Running);
}

} // namespace Views
