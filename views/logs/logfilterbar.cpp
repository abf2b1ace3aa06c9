// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/logs/logfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>

namespace Views {

using namespace Console;
using namespace Qt::StringLiterals;

namespace {
constexpr int DebounceMs = 300;
const QString AllSources = u"*"_s;
} // namespace

LogFilterBar::LogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_sourceLabel(new QLabel(this))
    , m_source(new QComboBox(this))
    , m_useRange(new QCheckBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_code(new QLineEdit(this))
    , m_category(new QLineEdit(this))
{
    setObjectName(u"logFilterBar"_s);
    m_source->setObjectName(u"sourceFilter"_s);
    m_useRange->setObjectName(u"rangeFilter"_s);
    m_from->setObjectName(u"fromFilter"_s);
    m_to->setObjectName(u"toFilter"_s);
    m_code->setObjectName(u"codeFilter"_s);
    m_category->setObjectName(u"categoryFilter"_s);
    m_source->addItem(QString(), AllSources);
    m_source->addItem(QString(), LogRecord::ConsoleSource);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_source);
    for (int level = 0; level < LogLevelCount; ++level) {
        m_levels[level] = new QCheckBox(this);
        m_levels[level]->setObjectName(u"levelFilter%1"_s.arg(level));
        m_levels[level]->setChecked(true);
        layout->addWidget(m_levels[level]);
        connect(m_levels[level], &QCheckBox::toggled, this, &LogFilterBar::edited);
    }
    // The edits show Japan's wall-clock time whatever the PC's zone; Qt 6.4's
    // QDateTimeEdit has no time zone of its own, so only date and time are used.
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(QTimeZone(int(LogDayOffsetMs / 1000)));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &LogFilterBar::edited);
    }
    m_from->setDateTime(QDateTime(now.date(), QTime(0, 0)));
    m_to->setDateTime(QDateTime(now.date().addDays(1), QTime(0, 0)));
    layout->addWidget(m_useRange);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_code);
    layout->addWidget(m_category);
    layout->addStretch();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT filterChanged(filter()); });
    connect(m_source, &QComboBox::currentIndexChanged, this, &LogFilterBar::edited);
    connect(m_useRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        edited();
    });
    connect(m_code, &QLineEdit::textChanged, this, &LogFilterBar::edited);
    connect(m_category, &QLineEdit::textChanged, this, &LogFilterBar::edited);
    retranslate();
}

LogFilter LogFilterBar::filter() const
{
    LogFilter filter;
    const QString source = m_source->currentData().toString();
    if (source != AllSources)
        filter.sources = {source};
    quint8 levels = 0;
    for (int level = 0; level < LogLevelCount; ++level) {
        if (m_levels[level]->isChecked())
            levels |= LogFilter::levelBit(LogLevel(level));
    }
    // All ticked is no filter (the fast path); none ticked selects nothing.
    const quint8 all = quint8((1u << LogLevelCount) - 1);
    filter.levels = levels == all ? 0 : (levels == 0 ? quint8(1u << LogLevelCount) : levels);
    if (m_useRange->isChecked()) {
        const QTimeZone tokyo(int(LogDayOffsetMs / 1000));
        filter.fromMs = QDateTime(m_from->date(), m_from->time(), tokyo).toMSecsSinceEpoch();
        filter.toMs = QDateTime(m_to->date(), m_to->time(), tokyo).toMSecsSinceEpoch();
    }
    filter.code = m_code->text().trimmed();
    filter.category = m_category->text().trimmed();
    filter.text = m_text;
    return filter;
}

void LogFilterBar::setSources(const QStringList &serials)
{
    const QString current = m_source->currentData().toString();
    QSignalBlocker block(m_source);
    while (m_source->count() > 2)
        m_source->removeItem(2);
    for (const QString &serial : serials)
        m_source->addItem(serial, serial);
    const int index = m_source->findData(current);
    m_source->setCurrentIndex(index < 0 ? 0 : index);
}

void LogFilterBar::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    edited();
}

void LogFilterBar::edited()
{
    m_debounce.start();
}

void LogFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogFilterBar::retranslate()
{
    m_sourceLabel->setText(tr("Reader:"));
    m_source->setItemText(0, tr("All readers"));
    m_source->setItemText(1, tr("Console"));
    const QString levelNames[LogLevelCount] = {tr("Debug"), tr("Info"), tr("Warning"), tr("Error"), tr("Critical")};
    for (int level = 0; level < LogLevelCount; ++level)
        m_levels[level]->setText(levelNames[level]);
    m_useRange->setText(tr("Period:"));
    m_from->setToolTip(tr("From (Japan time)"));
    m_to->setToolTip(tr("Until (Japan time, not included)"));
    m_code->setPlaceholderText(tr("Error code"));
    m_category->setPlaceholderText(tr("Category"));
}

} // namespace Views
