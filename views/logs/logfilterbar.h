// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/logs/logfilter.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace Views {

// The log page's filter controls: reader, levels, time range, code and
// category. Emits filterChanged() shortly after the last edit (typing does
// not start a query per key). The full-text part of the filter belongs to
// the page's search field and is kept as set with setText().
class LogFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit LogFilterBar(QWidget *parent = nullptr);

    Console::LogFilter filter() const;
    // Reader serials offered in the reader list (besides all and the console).
    void setSources(const QStringList &serials);
    void setText(const QString &text);

Q_SIGNALS:
    void filterChanged(const Console::LogFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void edited();

    QLabel *m_sourceLabel;
    QComboBox *m_source;
    QCheckBox *m_levels[Console::LogLevelCount];
    QCheckBox *m_useRange;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_code;
    QLineEdit *m_category;
    QTimer m_debounce;
    QString m_text;
};

} // namespace Views
