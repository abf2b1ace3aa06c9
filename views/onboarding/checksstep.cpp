// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/onboarding/checksstep.h"

#include "app/onboarding/onboardingchecks.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views {

using namespace Console;
using namespace Qt::StringLiterals;

namespace {

QString statusStyle(CheckOutcome outcome, bool pending)
{
    if (pending)
        return u"QLabel { color: #5f6368; font-weight: bold; }"_s;
    switch (outcome) {
    case CheckOutcome::Pass:
        return u"QLabel { color: #0d652d; font-weight: bold; }"_s;
    case CheckOutcome::Fail:
        return u"QLabel { color: #a50e0e; font-weight: bold; }"_s;
    case CheckOutcome::Unknown:
        break;
    }
    return u"QLabel { color: #7a4f01; font-weight: bold; }"_s;
}

} // namespace

ChecksStep::ChecksStep(OnboardingChecks *checks, QWidget *parent)
    : QWizardPage(parent)
    , m_checks(checks)
    , m_again(new QPushButton(this))
    , m_warning(new QLabel(this))
{
    setObjectName(u"checksStep"_s);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(10);
    int row = 0;
    for (CheckId id : OnboardingChecks::environment()) {
        const QString code = checkIdString(id);
        Row r{id, new QLabel(this), new QLabel(this), new QLabel(this), new QPushButton(this), new QPushButton(this)};
        r.status->setObjectName(u"checkStatus-"_s + code);
        r.status->setMinimumWidth(150);
        r.status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        r.text->setObjectName(u"checkText-"_s + code);
        r.text->setWordWrap(true);
        r.yes->setObjectName(u"checkYes-"_s + code);
        r.no->setObjectName(u"checkNo-"_s + code);
        auto *texts = new QVBoxLayout;
        texts->setSpacing(2);
        texts->addWidget(r.title);
        texts->addWidget(r.text);
        auto *answers = new QHBoxLayout;
        answers->addWidget(r.yes);
        answers->addWidget(r.no);
        grid->addWidget(r.status, row, 0, Qt::AlignTop);
        grid->addLayout(texts, row, 1);
        grid->addLayout(answers, row, 2, Qt::AlignTop);
        connect(r.yes, &QPushButton::clicked, this, [this, id] { m_checks->answer(id, true); });
        connect(r.no, &QPushButton::clicked, this, [this, id] { m_checks->answer(id, false); });
        m_rows.append(r);
        ++row;
    }
    m_again->setObjectName(u"checksAgain"_s);
    m_warning->setObjectName(u"checksWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        u"QLabel { background: #fef7e0; color: #7a4f01; padding: 6px; border-radius: 4px; }"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(m_warning);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_again);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_again, &QPushButton::clicked, this, [this] { m_checks->run(OnboardingChecks::environment()); });
    connect(m_checks, &OnboardingChecks::resultChanged, this, &ChecksStep::showResult);
    retranslate();
}

void ChecksStep::initializePage()
{
    bool all = true;
    for (CheckId id : OnboardingChecks::environment())
        all = all && (m_checks->hasResult(id) || m_checks->isRunning(id));
    if (!all)
        m_checks->run(OnboardingChecks::environment());
}

bool ChecksStep::isComplete() const
{
    for (CheckId id : OnboardingChecks::environment()) {
        if (!m_checks->hasResult(id))
            return false;
    }
    return true;
}

void ChecksStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ChecksStep::retranslate()
{
    setTitle(tr("Check this PC"));
    setSubTitle(tr("Madoguchi checks what often keeps card readers from working. A problem does not stop the "
                   "setup, but fix it before the clinic opens."));
    m_again->setText(tr("Check &again"));
    for (const Row &row : std::as_const(m_rows)) {
        row.title->setText(u"<b>%1</b> (%2)"_s.arg(OnboardingChecks::title(row.id).toHtmlEscaped(),
                                                   checkIdString(row.id)));
        row.yes->setText(tr("Yes"));
        row.no->setText(tr("No"));
        showResult(row.id);
    }
}

void ChecksStep::showResult(CheckId id)
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.id != id)
            continue;
        const bool pending = !m_checks->hasResult(id);
        const CheckOutcome measured = m_checks->result(id).outcome;
        const CheckOutcome outcome = m_checks->outcome(id);
        const bool asking = !pending && measured == CheckOutcome::Unknown && !m_checks->isAnswered(id);
        QString status = pending ? tr("Checking…") : OnboardingChecks::outcomeLabel(outcome);
        if (!pending && measured == CheckOutcome::Unknown && m_checks->isAnswered(id))
            status = tr("%1 (your answer)").arg(OnboardingChecks::outcomeLabel(outcome));
        row.status->setText(status);
        row.status->setStyleSheet(statusStyle(asking ? CheckOutcome::Unknown : outcome, pending));
        QString text;
        if (asking)
            text = OnboardingChecks::question(id);
        else if (!pending && outcome == CheckOutcome::Fail)
            text = OnboardingChecks::advice(id);
        // What the PC measured, for support; a check it could not make has
        // nothing to add to the user's answer.
        const QString detail = m_checks->result(id).detail;
        if (!pending && !detail.isEmpty() && measured != CheckOutcome::Unknown)
            text = text.isEmpty() ? detail : text + u"\n("_s + detail + u')';
        row.text->setText(text);
        row.text->setVisible(!text.isEmpty());
        row.yes->setVisible(asking);
        row.no->setVisible(asking);
    }
    showWarning();
    Q_EMIT completeChanged();
}

void ChecksStep::showWarning()
{
    int failing = 0;
    int open = 0;
    for (CheckId id : OnboardingChecks::environment()) {
        if (!m_checks->hasResult(id))
            continue;
        failing += m_checks->outcome(id) == CheckOutcome::Fail ? 1 : 0;
        open += m_checks->outcome(id) == CheckOutcome::Unknown ? 1 : 0;
    }
    QStringList lines;
    if (failing > 0)
        lines << tr("%n check(s) need attention. You may go on and fix them later.", nullptr, failing);
    if (open > 0)
        lines << tr("Answer the %n question(s) above if you can.", nullptr, open);
    m_warning->setText(lines.join(u'\n'));
    m_warning->setVisible(!lines.isEmpty());
}

} // namespace Views
