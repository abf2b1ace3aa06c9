// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/charts/chartspage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Views {

using namespace Qt::StringLiterals;
using Console::UsageStatistics;
using Console::UsageSummary;

namespace {

constexpr int RefreshMs = 30000;

QChartView *makeView(const QString &objectName, QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->setMinimumSize(360, 240);
    return view;
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
}

QValueAxis *countAxis(int maximum)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(u"%d"_s);
    axis->setRange(0, std::max(1, maximum));
    axis->applyNiceNumbers();
    return axis;
}

void showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

} // namespace

ChartsPage::ChartsPage(const Console::LogStore &store, QWidget *parent)
    : QWidget(parent)
    , m_statistics(new UsageStatistics(store, this))
    , m_range(new QComboBox(this))
    , m_totals(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_hourly(makeView(u"hourlyChart"_s, this))
    , m_outcomes(makeView(u"outcomeChart"_s, this))
    , m_durations(makeView(u"durationChart"_s, this))
    , m_readers(makeView(u"readerChart"_s, this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(u"chartsPage"_s);
    m_range->setObjectName(u"chartRange"_s);
    m_totals->setObjectName(u"chartTotals"_s);
    m_export->setObjectName(u"chartExport"_s);
    for (int i = 0; i < 3; ++i)
        m_range->addItem(QString());

    auto *top = new QHBoxLayout;
    top->addWidget(m_range);
    top->addWidget(m_totals, 1);
    top->addWidget(m_export);
    auto *grid = new QGridLayout;
    // The 24 hours get the whole width: in half of it their labels are elided.
    grid->addWidget(m_hourly, 0, 0, 1, 3);
    grid->addWidget(m_outcomes, 1, 0);
    grid->addWidget(m_durations, 1, 1);
    grid->addWidget(m_readers, 1, 2);
    // The histogram's eleven bins need more room than a ring or two bars.
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 5);
    grid->setColumnStretch(2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);

    m_refreshTimer->setInterval(RefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &ChartsPage::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ChartsPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &ChartsPage::askExportPath);
    connect(m_statistics, &UsageStatistics::ready, this, &ChartsPage::display);
    connect(m_statistics, &UsageStatistics::failed, this,
            [this](const DeviceLink::Error &error) { Q_EMIT statusMessage(error.message()); });
    retranslate();
    display(UsageSummary());
}

ChartsPage::~ChartsPage() = default;

void ChartsPage::setRange(UsageStatistics::Range range)
{
    if (m_range->currentIndex() == int(range))
        refresh();
    else
        m_range->setCurrentIndex(int(range));
}

void ChartsPage::refresh()
{
    const QDate last = UsageStatistics::today();
    m_statistics->request(UsageStatistics::firstDay(UsageStatistics::Range(m_range->currentIndex()), last), last);
}

QChart *ChartsPage::hourlyChart() const { return m_hourly->chart(); }
QChart *ChartsPage::outcomeChart() const { return m_outcomes->chart(); }
QChart *ChartsPage::durationChart() const { return m_durations->chart(); }
QChart *ChartsPage::readerChart() const { return m_readers->chart(); }

QString ChartsPage::totalsText() const
{
    return m_totals->text();
}

bool ChartsPage::exportPng(const QString &path)
{
    return grab().save(path, "PNG");
}

void ChartsPage::askExportPath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export charts as PNG"), u"charts.png"_s,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (exportPng(path))
        Q_EMIT statusMessage(tr("Saved %1").arg(path));
    else
        Q_EMIT statusMessage(tr("The charts could not be saved to %1").arg(path));
}

void ChartsPage::display(const UsageSummary &summary)
{
    m_summary = summary;
    m_totals->setText(tr("%n check(s) · success rate %1 % · face %2 · PIN %3", nullptr, summary.checks)
                          .arg(QString::number(summary.successRate() * 100, 'f', 1))
                          .arg(summary.byMethod.face)
                          .arg(summary.byMethod.pin));
    buildHourly();
    buildOutcomes();
    buildDurations();
    buildReaders();
    Q_EMIT summaryShown();
}

void ChartsPage::buildHourly()
{
    QChart *chart = m_hourly->chart();
    clear(chart);
    chart->setTitle(tr("Checks per hour of day"));
    auto *series = new QStackedBarSeries;
    auto *face = new QBarSet(tr("Face"));
    auto *pin = new QBarSet(tr("PIN"));
    auto *visual = new QBarSet(tr("Visual check"));
    QStringList hours;
    int peak = 0;
    for (int hour = 0; hour < 24; ++hour) {
        const UsageSummary::Methods &m = m_summary.byHour.at(hour);
        *face << m.face;
        *pin << m.pin;
        *visual << m.visual;
        peak = std::max(peak, m.face + m.pin + m.visual);
        hours << QString::number(hour);
    }
    for (QBarSet *set : {face, pin, visual}) {
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this, set](bool on, int hour) {
            if (on)
                showTip(tr("%1:00–%1:59 · %2: %3").arg(hour).arg(set->label()).arg(set->at(hour)));
        });
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(hours);
    x->setTitleText(tr("Hour"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(peak);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

QString ChartsPage::reasonLabel(const QString &reason)
{
    // "timeout 006": the result, then the patient screen's code if any.
    const QString result = reason.section(u' ', 0, 0);
    const QString code = reason.section(u' ', 1);
    QString label;
    if (result == u"failure")
        label = tr("Failed");
    else if (result == u"timeout")
        label = tr("Timed out");
    else if (result == u"cancelled")
        label = tr("Cancelled");
    else if (result == u"card-removed")
        label = tr("Card removed");
    else if (result == u"error")
        label = tr("Error");
    else
        label = result;
    return code.isEmpty() ? label : tr("%1 (code %2)").arg(label, code);
}

void ChartsPage::buildOutcomes()
{
    QChart *chart = m_outcomes->chart();
    clear(chart);
    chart->setTitle(tr("Results: success rate %1 %").arg(QString::number(m_summary.successRate() * 100, 'f', 1)));
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    const int total = std::max(1, m_summary.checks);
    auto add = [&](const QString &label, int count) {
        QPieSlice *slice = series->append(label, count);
        connect(slice, &QPieSlice::hovered, this, [label, count, total](bool on) {
            if (on)
                showTip(QStringLiteral("%1: %2 (%3 %)").arg(label).arg(count).arg(QString::number(100.0 * count / total, 'f', 1)));
        });
    };
    if (m_summary.successes > 0)
        add(tr("Success"), m_summary.successes);
    for (auto it = m_summary.failureReasons.cbegin(); it != m_summary.failureReasons.cend(); ++it)
        add(reasonLabel(it.key()), it.value());
    chart->addSeries(series);
    // Reasons are long words: beside the ring, not squeezed under it.
    chart->legend()->setAlignment(Qt::AlignRight);
}

void ChartsPage::buildDurations()
{
    QChart *chart = m_durations->chart();
    clear(chart);
    const int count = m_summary.faceToEndCount();
    chart->setTitle(tr("Face authentication to end of check: %1 of %2 over 5 s")
                        .arg(m_summary.faceToEndOverLimit)
                        .arg(count));
    auto *series = new QBarSeries;
    auto *set = new QBarSet(tr("Face checks"));
    QStringList bins;
    int peak = 0;
    for (int i = 0; i < UsageSummary::DurationBins; ++i) {
        *set << m_summary.faceToEnd.at(i);
        peak = std::max(peak, m_summary.faceToEnd.at(i));
        // Each bar is labelled by the second it starts at; the tooltip gives the span.
        bins << (i + 1 < UsageSummary::DurationBins ? QString::number(i) : u"%1+"_s.arg(i));
    }
    connect(set, &QBarSet::hovered, this, [this, set](bool on, int bin) {
        if (on)
            showTip(tr("%1 s: %2 check(s)").arg(bin + 1 < UsageSummary::DurationBins ? u"%1–%2"_s.arg(bin).arg(bin + 1)
                                                                                     : u"%1+"_s.arg(bin))
                        .arg(set->at(bin)));
    });
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(bins);
    x->setTitleText(tr("Seconds"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(peak);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);

    // Category i spans [i - 0.5, i + 0.5] on a hidden value axis of the
    // same extent: 5 s is the border between the 4–5 and 5–6 bars.
    auto *limitAxis = new QValueAxis;
    limitAxis->setRange(-0.5, UsageSummary::DurationBins - 0.5);
    limitAxis->setVisible(false);
    chart->addAxis(limitAxis, Qt::AlignBottom);
    auto *limit = new QLineSeries;
    limit->setName(tr("Requirement: 5 s"));
    const double at = double(UsageSummary::FaceToEndLimitMs) / 1000 - 0.5;
    limit->append(at, 0);
    limit->append(at, y->max());
    QPen pen(Qt::red);
    pen.setWidth(2);
    pen.setStyle(Qt::DashLine);
    limit->setPen(pen);
    chart->addSeries(limit);
    limit->attachAxis(limitAxis);
    limit->attachAxis(y);
}

void ChartsPage::buildReaders()
{
    QChart *chart = m_readers->chart();
    clear(chart);
    chart->setTitle(tr("Checks per card reader"));
    auto *series = new QStackedBarSeries;
    auto *success = new QBarSet(tr("Success"));
    auto *failure = new QBarSet(tr("Not completed"));
    QStringList serials;
    int peak = 0;
    for (auto it = m_summary.byReader.cbegin(); it != m_summary.byReader.cend(); ++it) {
        serials << it.key();
        *success << it->successes;
        *failure << it->failures;
        peak = std::max(peak, it->successes + it->failures);
    }
    for (QBarSet *set : {success, failure}) {
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this, set, serials](bool on, int index) {
            if (!on || index >= serials.size())
                return;
            const UsageSummary::Reader reader = m_summary.byReader.value(serials.at(index));
            showTip(tr("%1 · %2: %3 · face %4 · PIN %5")
                        .arg(serials.at(index), set->label())
                        .arg(set->at(index))
                        .arg(reader.methods.face)
                        .arg(reader.methods.pin));
        });
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(serials.isEmpty() ? QStringList{u"-"_s} : serials);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(peak);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void ChartsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_refreshTimer->start();
}

void ChartsPage::hideEvent(QHideEvent *event)
{
    m_refreshTimer->stop();
    QWidget::hideEvent(event);
}

void ChartsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        display(m_summary);
    }
    QWidget::changeEvent(event);
}

void ChartsPage::retranslate()
{
    m_range->setItemText(int(UsageStatistics::Range::Day), tr("Today"));
    m_range->setItemText(int(UsageStatistics::Range::Week), tr("Last 7 days"));
    m_range->setItemText(int(UsageStatistics::Range::RetentionDays), tr("Last 61 days"));
    m_export->setText(tr("Export PNG…"));
}

} // namespace Views
