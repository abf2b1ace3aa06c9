// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/troubleshooting/errorcataloguepage.h"

#include "app/troubleshooting/flowlibrary.h"
#include "views/troubleshooting/errorcataloguemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Views {

using namespace Console;
using namespace Qt::StringLiterals;

ErrorCataloguePage::ErrorCataloguePage(const FlowLibrary *flows, QWidget *parent)
    : QWidget(parent)
    , m_flows(flows)
    , m_model(new ErrorCatalogueModel(this))
    , m_filter(new ErrorCatalogueFilter(this))
    , m_intro(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_openFlow(new QPushButton(this))
{
    setObjectName(u"errorCataloguePage"_s);
    m_intro->setWordWrap(true);
    m_search->setObjectName(u"catalogueSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(u"catalogueTable"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ErrorCatalogueModel::CodeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ErrorCatalogueModel::SourceColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_detail->setObjectName(u"catalogueDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(96);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setStyleSheet(u"QLabel { background: palette(base); padding: 8px; border: 1px solid palette(mid); }"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_openFlow, 0, Qt::AlignLeft);
    m_openFlow->setObjectName(u"openFlow"_s);
    m_openFlow->hide();
    connect(m_openFlow, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            Q_EMIT flowRequested(m_model->entryAt(m_filter->mapToSource(current).row()).flowId);
    });

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        if (m_filter->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
            m_table->selectRow(0);
        showSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ErrorCataloguePage::showSelected);
    retranslate();
}

void ErrorCataloguePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ErrorCataloguePage::retranslate()
{
    const QString code = selectedCode();
    m_intro->setText(tr("Every code the card readers and this console show. Type a code (for example 006 or "
                        "L203) or words from the screen to find it."));
    m_search->setPlaceholderText(tr("Code or message, e.g. 006, 接続を待っています"));
    m_openFlow->setText(tr("&Open this troubleshooting guide"));
    m_model->retranslate();
    if (!code.isEmpty())
        showCode(code);
    showSelected();
}

void ErrorCataloguePage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

bool ErrorCataloguePage::showCode(const QString &code)
{
    m_search->clear();
    const int row = m_model->rowOf(code);
    if (row < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showSelected();
    return true;
}

QString ErrorCataloguePage::selectedCode() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    return m_model->entryAt(m_filter->mapToSource(current).row()).code;
}

void ErrorCataloguePage::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    m_openFlow->hide();
    if (!current.isValid() || m_filter->rowCount() == 0) {
        m_detail->setText(m_filter->rowCount() == 0 ? tr("No code matches. Collect logs and contact support "
                                                         "with the code and message on the screen.")
                                                    : tr("Select a code to see what to do."));
        return;
    }
    const CatalogueEntry &entry = m_model->entryAt(m_filter->mapToSource(current).row());
    QString text = u"<b>%1</b> — %2"_s.arg(entry.code.toHtmlEscaped(), entry.meaning.toHtmlEscaped());
    if (!entry.action.isEmpty())
        text += u"<br><br>"_s + tr("What to do: %1").arg(entry.action.toHtmlEscaped());
    if (const FlowDefinition *flow = m_flows ? m_flows->flow(entry.flowId) : nullptr) {
        text += u"<br><br>"_s
            + tr("Troubleshooting: %1").arg(flow->title.in(Console::FlowText::uiLanguage()).toHtmlEscaped());
        m_openFlow->show();
    }
    m_detail->setText(text);
}

} // namespace Views
