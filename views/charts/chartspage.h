// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "app/charts/usagestatistics.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace Console {
class LogStore;
}

namespace Views {

// チャート page: how the readers are used, from the checks' outcomes in the
// log store (Console::UsageStatistics aggregates them in the background):
// checks per hour of day, face vs PIN stacked; results and failure reasons
// with the success rate; 顔認証 to 資格確認終了 as a histogram with the 5 s
// line; checks per reader. The range is the last day, week or 61 days;
// hovering a bar or slice shows its numbers; the page exports as PNG. It
// refreshes when shown, when the range changes and every 30 s while visible.
// The store must outlive the page.
class ChartsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPage(const Console::LogStore &store, QWidget *parent = nullptr);
    ~ChartsPage() override;

    void setRange(Console::UsageStatistics::Range range);
    void refresh();
    const Console::UsageSummary &summary() const { return m_summary; }
    QString totalsText() const;
    QChart *hourlyChart() const;
    QChart *outcomeChart() const;
    QChart *durationChart() const;
    QChart *readerChart() const;
    bool exportPng(const QString &path);

Q_SIGNALS:
    void summaryShown();
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void display(const Console::UsageSummary &summary);
    void buildHourly();
    // A failure reason of UsageSummary in words: "timeout 006" → 時間切れ (コード 006).
    static QString reasonLabel(const QString &reason);
    void buildOutcomes();
    void buildDurations();
    void buildReaders();
    void askExportPath();

    Console::UsageStatistics *m_statistics;
    Console::UsageSummary m_summary;
    QComboBox *m_range;
    QLabel *m_totals;
    QPushButton *m_export;
    QChartView *m_hourly;
    QChartView *m_outcomes;
    QChartView *m_durations;
    QChartView *m_readers;
    QTimer *m_refreshTimer;
};

} // namespace Views
