// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/onboarding/messagestep.h"

#include "app/settings/readersettings.h"
#include "devicelink/readerregistry.h"
#include "devicelink/screenmessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

MessageStep::MessageStep(Console::ReaderSettings *settings, ReaderRegistry *registry, QWidget *parent)
    : QWizardPage(parent)
    , m_settings(settings)
    , m_registry(registry)
    , m_editor(new QPlainTextEdit(this))
    , m_limits(new QLabel(this))
    , m_feedback(new QLabel(this))
    , m_send(new QPushButton(this))
{
    setObjectName(u"messageStep"_s);
    m_editor->setObjectName(u"screenMessage"_s);
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(90);
    m_limits->setObjectName(u"messageLimits"_s);
    m_limits->setWordWrap(true);
    m_feedback->setObjectName(u"messageFeedback"_s);
    m_feedback->setWordWrap(true);
    m_send->setObjectName(u"sendMessage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addWidget(m_limits);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_send);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);
    layout->addStretch();

    connect(m_editor, &QPlainTextEdit::textChanged, this, &MessageStep::validate);
    connect(m_send, &QPushButton::clicked, this, &MessageStep::send);
    connect(m_settings, &Console::ReaderSettings::messagePushed, this,
            [this](const QString &serial, const Error &error) {
                if (m_pending == 0)
                    return;
                --m_pending;
                if (error.isError())
                    m_failed << tr("%1: %2 (%3)").arg(serial, error.message(), error.codeString());
                if (m_pending > 0)
                    return;
                m_feedback->setText(m_failed.isEmpty()
                                        ? tr("The message is saved on the card readers.")
                                        : tr("Not every card reader took the message:\n%1").arg(m_failed.join(u'\n')));
                m_feedback->setStyleSheet(m_failed.isEmpty() ? u"QLabel { color: #0d652d; }"_s
                                                             : u"QLabel { color: #a50e0e; }"_s);
            });
    retranslate();
}

void MessageStep::initializePage()
{
    m_editor->setPlainText(m_settings->screenMessage(QString()));
    m_feedback->clear();
}

void MessageStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void MessageStep::retranslate()
{
    setTitle(tr("Screen message", "画面メッセージ登録"));
    setSubTitle(tr("A short message the card readers show while they wait for a patient, for example where to "
                   "ask for help. You may leave it empty."));
    m_editor->setPlaceholderText(tr("For example: お困りの際は受付へ"));
    m_send->setText(tr("&Send to all card readers"));
    validate();
}

void MessageStep::validate()
{
    const Result<QString> checked = checkScreenMessage(m_editor->toPlainText());
    QString limits = tr("At most %1 lines of %2 characters.")
                         .arg(ScreenMessageRules::MaxLines)
                         .arg(ScreenMessageRules::MaxLineLength);
    if (!checked)
        limits = tr("%1 (%2)").arg(checked.error().message(), checked.error().codeString()) + u'\n' + limits;
    m_limits->setText(limits);
    m_limits->setStyleSheet(checked ? QString() : u"QLabel { color: #a50e0e; }"_s);
    m_send->setEnabled(checked.ok() && !m_settings->reachableReaders().isEmpty());
}

void MessageStep::send()
{
    m_failed.clear();
    // "For all" goes to every registered reader, one answer each.
    m_pending = 0;
    for (int row = 0; row < m_registry->rowCount(); ++row)
        m_pending += m_registry->entryAt(row).registered ? 1 : 0;
    if (Result<void> pushed = m_settings->pushScreenMessage(QString(), m_editor->toPlainText()); !pushed) {
        m_pending = 0;
        m_feedback->setText(tr("%1 (%2)").arg(pushed.error().message(), pushed.error().codeString()));
        m_feedback->setStyleSheet(u"QLabel { color: #a50e0e; }"_s);
        return;
    }
    m_feedback->setText(tr("Sending the screen message…"));
    m_feedback->setStyleSheet(QString());
}

} // namespace Views
