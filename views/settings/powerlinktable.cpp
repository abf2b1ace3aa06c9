// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/settings/powerlinktable.h"

#include "app/settings/readersettings.h"
#include "devicelink/error.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

PowerLinkTable::PowerLinkTable(Console::ReaderSettings *readers, QWidget *parent)
    : QWidget(parent)
    , m_readers(readers)
    , m_table(new QTableWidget(0, 3, this))
    , m_warning(new QLabel(this))
{
    m_table->setObjectName(u"powerLinkTable"_s);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_warning->setObjectName(u"powerWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"QLabel { background: #fef7e0; color: #7a4f01; padding: 6px; border-radius: 4px; }"_s);
    m_warning->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_warning);
    refresh();
}

void PowerLinkTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void PowerLinkTable::refresh()
{
    m_table->setHorizontalHeaderLabels({tr("Serial No."), tr("Power linking"), tr("USB power (VBUS)")});
    const QStringList serials = m_readers->reachableReaders();
    m_table->setRowCount(int(serials.size()));
    QStringList warned;
    for (int row = 0; row < int(serials.size()); ++row) {
        const QString &serial = serials.at(row);
        const Console::ReaderSettings::Power power = m_readers->power(serial);
        m_table->setItem(row, 0, new QTableWidgetItem(serial));
        auto *toggle = new QCheckBox(power.powerLink ? tr("On") : tr("Off"), m_table);
        toggle->setObjectName(u"powerLink-"_s + serial);
        toggle->setChecked(power.powerLink);
        toggle->setEnabled(power.known);
        connect(toggle, &QCheckBox::toggled, this, [this, serial](bool on) { m_readers->setPowerLink(serial, on); });
        m_table->setCellWidget(row, 1, toggle);
        m_table->setItem(
            row, 2, new QTableWidgetItem(!power.known ? tr("unknown") : (power.vbus ? tr("present") : tr("absent"))));
        if (power.alwaysPowered)
            warned << serial;
    }
    m_warning->setVisible(!warned.isEmpty());
    if (!warned.isEmpty()) {
        const Error error(ErrorCode::PortAlwaysPowered);
        m_warning->setText(tr("%1: %2 (%3)").arg(warned.join(u", "_s), error.message(), error.codeString()));
    }
}

} // namespace Views
