// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/troubleshooting/troubleshootingpage.h"

#include "app/troubleshooting/flowengine.h"
#include "app/troubleshooting/flowlibrary.h"
#include "app/troubleshooting/readerfacts.h"
#include "app/troubleshooting/supportsummary.h"
#include "devicelink/readerregistry.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views {

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

TroubleshootingPage::TroubleshootingPage(const FlowLibrary *flows, LiveChecks *checks, FlowActions *actions,
                                         const ReaderFacts *facts, ReaderRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_flows(flows)
    , m_checks(checks)
    , m_actions(actions)
    , m_facts(facts)
    , m_registry(registry)
    , m_search(new QLineEdit(this))
    , m_flowList(new QListWidget(this))
    , m_readerLabel(new QLabel(this))
    , m_reader(new QComboBox(this))
    , m_startFlow(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_step(new QLabel(this))
    , m_status(new QLabel(this))
    , m_choices(new QWidget(this))
    , m_choiceLayout(new QHBoxLayout(m_choices))
    , m_back(new QPushButton(this))
    , m_restart(new QPushButton(this))
    , m_copySummary(new QPushButton(this))
    , m_continue(new QPushButton(this))
    , m_transcriptLabel(new QLabel(this))
    , m_transcript(new QListWidget(this))
{
    setObjectName(u"troubleshootingPage"_s);
    m_search->setObjectName(u"flowSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_flowList->setObjectName(u"flowList"_s);
    m_flowList->setWordWrap(true);
    m_reader->setObjectName(u"flowReader"_s);
    m_startFlow->setObjectName(u"startFlow"_s);
    m_title->setObjectName(u"flowTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_step->setObjectName(u"flowStep"_s);
    m_step->setWordWrap(true);
    m_step->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont stepFont = m_step->font();
    stepFont.setPointSizeF(stepFont.pointSizeF() * 1.15);
    m_step->setFont(stepFont);
    m_step->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setObjectName(u"flowStatus"_s);
    m_status->setWordWrap(true);
    m_choices->setObjectName(u"flowChoices"_s);
    m_choiceLayout->setContentsMargins(0, 0, 0, 0);
    m_back->setObjectName(u"flowBack"_s);
    m_restart->setObjectName(u"flowRestart"_s);
    m_copySummary->setObjectName(u"copySupportSummary"_s);
    m_continue->setObjectName(u"continueFlow"_s);
    m_transcript->setObjectName(u"flowTranscript"_s);

    auto *left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_flowList, 1);
    left->addWidget(m_readerLabel);
    left->addWidget(m_reader);
    left->addWidget(m_startFlow);

    auto *moves = new QHBoxLayout;
    moves->addWidget(m_back);
    moves->addWidget(m_restart);
    moves->addStretch(1);
    moves->addWidget(m_continue);
    moves->addWidget(m_copySummary);

    auto *right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_step, 1);
    right->addWidget(m_status);
    right->addWidget(m_choices);
    right->addLayout(moves);
    right->addWidget(m_transcriptLabel);
    right->addWidget(m_transcript, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 5);

    connect(m_search, &QLineEdit::textChanged, this, &TroubleshootingPage::fillFlows);
    connect(m_flowList, &QListWidget::itemActivated, this, [this] { m_startFlow->click(); });
    connect(m_startFlow, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_flowList->currentItem())
            startFlow(item->data(Qt::UserRole).toString(), m_reader->currentData().toString());
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->back();
    });
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->restart();
    });
    connect(m_copySummary, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(supportSummaryText());
        Q_EMIT statusMessage(tr("Support summary copied: paste it into your message to support."));
    });
    connect(m_continue, &QPushButton::clicked, this, [this] {
        const FlowNode *node = m_run ? m_run->currentNode() : nullptr;
        if (node && !node->continueWith.isEmpty())
            startFlow(node->continueWith, m_run->serial());
    });
    connect(m_registry, &QAbstractItemModel::rowsInserted, this, &TroubleshootingPage::fillReaders);
    connect(m_registry, &QAbstractItemModel::rowsRemoved, this, &TroubleshootingPage::fillReaders);
    retranslate();
}

TroubleshootingPage::~TroubleshootingPage() = default;

void TroubleshootingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TroubleshootingPage::retranslate()
{
    m_search->setPlaceholderText(tr("Symptom or message, e.g. 接続を待っています"));
    m_readerLabel->setText(tr("Card reader concerned:"));
    m_startFlow->setText(tr("&Start this guide"));
    m_back->setText(tr("&Back"));
    m_restart->setText(tr("Start &over"));
    m_copySummary->setText(tr("&Copy support summary"));
    m_transcriptLabel->setText(tr("Steps so far"));
    fillFlows();
    fillReaders();
    if (m_run)
        m_run->setLanguage(FlowText::uiLanguage());
    showStep();
}

void TroubleshootingPage::fillFlows()
{
    const QString current = m_flowList->currentItem() ? m_flowList->currentItem()->data(Qt::UserRole).toString()
                                                      : QString();
    m_flowList->clear();
    QList<const FlowDefinition *> shown;
    if (m_search->text().trimmed().isEmpty()) {
        for (const FlowDefinition &flow : m_flows->flows())
            shown << &flow;
    } else {
        shown = m_flows->search(m_search->text());
    }
    for (const FlowDefinition *flow : shown) {
        auto *item = new QListWidgetItem(flow->title.in(FlowText::uiLanguage()), m_flowList);
        item->setData(Qt::UserRole, flow->id);
        if (flow->id == current)
            m_flowList->setCurrentItem(item);
    }
    if (!m_flowList->currentItem() && m_flowList->count() > 0)
        m_flowList->setCurrentRow(0);
    m_startFlow->setEnabled(m_flowList->count() > 0);
}

void TroubleshootingPage::fillReaders()
{
    const QString current = m_reader->currentData().toString();
    m_reader->clear();
    m_reader->addItem(tr("All card readers / not about one"), QString());
    for (const QString &serial : m_registry->serials())
        m_reader->addItem(serial, serial);
    m_reader->setCurrentIndex(qMax(0, m_reader->findData(current)));
}

bool TroubleshootingPage::startFlow(const QString &flowId, const QString &serial)
{
    const FlowDefinition *flow = m_flows->flow(flowId);
    if (!flow)
        return false;
    m_run = std::make_unique<FlowEngine>(*flow, *m_checks, *m_actions, serial);
    m_run->setLanguage(FlowText::uiLanguage());
    connect(m_run.get(), &FlowEngine::stepChanged, this, &TroubleshootingPage::showStep);
    connect(m_run.get(), &FlowEngine::finished, this, &TroubleshootingPage::showStep);
    m_run->start();
    showStep();
    return true;
}

QString TroubleshootingPage::supportSummaryText() const
{
    if (!m_run)
        return {};
    return SupportSummary::fromRun(*m_run, m_facts, QDateTime::currentDateTimeUtc()).toText();
}

QByteArray TroubleshootingPage::supportSummaryJson() const
{
    if (!m_run)
        return {};
    return SupportSummary::fromRun(*m_run, m_facts, QDateTime::currentDateTimeUtc()).toJson();
}

void TroubleshootingPage::showStep()
{
    // Buttons of the step before go; the new step brings its own. Later:
    // this runs inside the clicked() of one of them.
    while (QLayoutItem *item = m_choiceLayout->takeAt(0)) {
        if (QWidget *button = item->widget()) {
            button->hide();
            button->setObjectName(QString());
            button->deleteLater();
        }
        delete item;
    }
    m_transcript->clear();
    const FlowNode *node = m_run ? m_run->currentNode() : nullptr;
    m_back->setEnabled(m_run && m_run->canGoBack());
    m_restart->setEnabled(m_run != nullptr);
    m_copySummary->setVisible(m_run != nullptr);
    m_continue->setVisible(false);
    if (!m_run || !node) {
        m_title->setText(tr("Troubleshooting"));
        m_step->setText(tr("Choose the symptom on the left, then Start this guide. The guide checks what it can "
                           "on this PC and the card readers by itself and asks you the rest."));
        m_status->clear();
        return;
    }
    const QString lang = FlowText::uiLanguage();
    m_title->setText(m_run->flow().title.in(lang)
                     + (m_run->serial().isEmpty() ? QString() : u" — "_s + m_run->serial()));
    m_step->setText(node->text.in(lang));
    m_status->clear();
    switch (m_run->stage()) {
    case FlowEngine::Stage::Checking:
        m_status->setText(tr("Checking…"));
        break;
    case FlowEngine::Stage::Acting:
        m_status->setText(tr("Working…"));
        break;
    case FlowEngine::Stage::AskingInstead:
        m_status->setText(tr("This PC cannot check this by itself: please answer."));
        [[fallthrough]];
    case FlowEngine::Stage::Question: {
        const QList<FlowText> choices = m_run->choices();
        for (int i = 0; i < choices.size(); ++i) {
            auto *button = new QPushButton(choices.at(i).in(lang), m_choices);
            button->setObjectName(u"flowChoice%1"_s.arg(i));
            connect(button, &QPushButton::clicked, this, [this, i] {
                if (m_run)
                    m_run->answer(i);
            });
            m_choiceLayout->addWidget(button);
        }
        m_choiceLayout->addStretch(1);
        break;
    }
    case FlowEngine::Stage::Action: {
        auto *button = new QPushButton(tr("Do it now"), m_choices);
        button->setObjectName(u"flowPerform"_s);
        connect(button, &QPushButton::clicked, this, [this] {
            if (m_run)
                m_run->perform();
        });
        m_choiceLayout->addWidget(button);
        m_choiceLayout->addStretch(1);
        break;
    }
    case FlowEngine::Stage::Finished: {
        const bool solved = m_run->outcome() == FlowNode::Outcome::Solved;
        m_status->setText(solved ? tr("Solved.")
                                 : tr("Please contact support: copy the support summary and collect logs "
                                      "(ログ収集) to send with it."));
        const FlowDefinition *next = node->continueWith.isEmpty() ? nullptr : m_flows->flow(node->continueWith);
        m_continue->setVisible(next != nullptr);
        if (next)
            m_continue->setText(tr("Go on with: %1").arg(next->title.in(lang)));
        break;
    }
    case FlowEngine::Stage::NotStarted:
        break;
    }
    for (const FlowStep &step : m_run->transcript())
        m_transcript->addItem(step.toLine());
    m_transcript->scrollToBottom();
}

} // namespace Views
