// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QLineEdit;
class QTableView;

namespace Console {
class FlowLibrary;
}

namespace Views {

class ErrorCatalogueFilter;
class ErrorCatalogueModel;

// エラーコード一覧: every code the product shows, searchable by code or by
// the words on a screen; the selected code's meaning, what to do, and the
// troubleshooting flow that takes it on.
class ErrorCataloguePage : public QWidget {
    Q_OBJECT

public:
    // flows names the flows the entries point to; it must outlive the page.
    explicit ErrorCataloguePage(const Console::FlowLibrary *flows, QWidget *parent = nullptr);

    // Clears the search and selects the code ("006", "L203"); false when the
    // catalogue has no such code.
    bool showCode(const QString &code);
    void setSearchText(const QString &text);
    // The code of the entry shown below the table, or empty.
    QString selectedCode() const;

Q_SIGNALS:
    // The manager wants the guide that takes on the selected code.
    void flowRequested(const QString &flowId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelected();

    const Console::FlowLibrary *m_flows;
    ErrorCatalogueModel *m_model;
    ErrorCatalogueFilter *m_filter;
    QLabel *m_intro;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_detail;
    QPushButton *m_openFlow;
};

} // namespace Views
