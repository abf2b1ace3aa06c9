// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/messages/messagespage.h"

#include "app/settings/readersettings.h"
#include "devicelink/readerregistry.h"
#include "devicelink/screenmessage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

MessagesPage::MessagesPage(Console::ReaderSettings *settings, ReaderRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_registry(registry)
    , m_title(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_target(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_limits(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_reminder(new QLabel(this))
    , m_send(new QPushButton(this))
{
    setObjectName(u"messagesPage"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_target->setObjectName(u"messageTarget"_s);
    m_editor->setObjectName(u"messageEdit"_s);
    m_editor->setTabChangesFocus(true);
    m_editor->setFixedHeight(m_editor->fontMetrics().lineSpacing() * 4 + 12);
    m_limits->setObjectName(u"messageLimits"_s);
    m_limits->setWordWrap(true);
    m_preview->setObjectName(u"messagePreview"_s);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(320, 188);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_preview->setStyleSheet(u"QLabel#messagePreview { background: #202124; color: #e8eaed; }"_s);
    m_reminder->setObjectName(u"messageReminder"_s);
    m_reminder->setWordWrap(true);
    m_reminder->setStyleSheet(u"QLabel { background: #e6f4ea; color: #0d652d; padding: 6px; border-radius: 4px; }"_s);
    m_reminder->hide();
    m_send->setObjectName(u"sendMessageButton"_s);

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_targetLabel);
    targetRow->addWidget(m_target, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(targetRow);
    layout->addWidget(m_editor);
    layout->addWidget(m_limits);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_reminder);
    layout->addLayout(buttons);

    m_previewDelay.setSingleShot(true);
    m_previewDelay.setInterval(250);
    connect(&m_previewDelay, &QTimer::timeout, this, &MessagesPage::requestPreview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_reminder->hide();
        validate();
        m_previewDelay.start();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        loadMessage();
        m_previewDelay.start();
    });
    connect(m_send, &QPushButton::clicked, this, &MessagesPage::send);
    connect(m_settings, &Console::ReaderSettings::previewReady, this, [this](const QString &, const QByteArray &png) {
        m_previewImage = QImage::fromData(png, "PNG");
        m_failure = m_previewImage.isNull() ? Error(ErrorCode::MalformedMessage) : Error();
        showPreview();
    });
    connect(m_settings, &Console::ReaderSettings::previewFailed, this, [this](const QString &, const Error &error) {
        m_previewImage = {};
        m_failure = error;
        showPreview();
    });
    connect(m_settings, &Console::ReaderSettings::messagePushed, this,
            [this](const QString &serial, const Error &error) {
                if (m_pending > 0)
                    --m_pending;
                if (error.isError()) {
                    m_limits->setText(
                        tr("%1 did not take the message: %2 (%3)").arg(serial, error.message(), error.codeString()));
                    m_limits->setStyleSheet(u"QLabel { color: #a50e0e; }"_s);
                    return;
                }
                Q_EMIT statusMessage(tr("%1: screen message saved").arg(serial));
                if (m_pending == 0) {
                    m_reminder->setText(
                        tr("The message is saved on the card reader. A card reader that has not been started "
                           "since its registration shows it once it is started (Start on the Card readers "
                           "page)."));
                    m_reminder->show();
                }
            });
    connect(m_registry, &QAbstractItemModel::rowsInserted, this, &MessagesPage::updateTargets);
    connect(m_registry, &QAbstractItemModel::rowsRemoved, this, &MessagesPage::updateTargets);
    connect(m_registry, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_previewImage.isNull() && !previewReader().isEmpty() && !m_previewDelay.isActive())
            m_previewDelay.start();
    });

    retranslate();
    updateTargets();
}

void MessagesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MessagesPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showPreview();
}

void MessagesPage::retranslate()
{
    m_title->setText(tr("Screen message", "画面メッセージ登録"));
    m_targetLabel->setText(tr("Card reader:"));
    if (m_target->count() > 0)
        m_target->setItemText(0, tr("All card readers"));
    m_editor->setPlaceholderText(tr("Message shown at the top of the card reader's screen, for example the clinic's "
                                    "name"));
    m_send->setText(tr("&Send to card reader"));
    validate();
    showPreview();
}

QString MessagesPage::target() const
{
    return m_target->currentData().toString();
}

QString MessagesPage::previewReader() const
{
    if (!target().isEmpty())
        return target();
    const QStringList reachable = m_settings->reachableReaders();
    return reachable.isEmpty() ? QString() : reachable.first();
}

void MessagesPage::updateTargets()
{
    const QString current = target();
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    m_target->addItem(tr("All card readers"), QString());
    for (const QString &serial : m_registry->serials()) {
        if (m_registry->entry(serial)->registered)
            m_target->addItem(serial, serial);
    }
    const int index = m_target->findData(current);
    m_target->setCurrentIndex(index < 0 ? 0 : index);
    if (m_editor->toPlainText().isEmpty())
        loadMessage();
    m_previewDelay.start();
}

void MessagesPage::loadMessage()
{
    m_editor->setPlainText(m_settings->screenMessage(target()));
}

void MessagesPage::validate()
{
    const QString text = m_editor->toPlainText();
    Result<QString> checked = checkScreenMessage(text);
    const QStringList lines = text.split(u'\n');
    QStringList counts;
    for (int i = 0; i < int(lines.size()) && i < ScreenMessageRules::MaxLines + 1; ++i) {
        counts << tr("line %1: %2/%3 characters")
                      .arg(i + 1)
                      .arg(lines.at(i).toUcs4().size())
                      .arg(ScreenMessageRules::MaxLineLength);
    }
    QString summary = tr("At most %1 lines of %2 characters.")
                          .arg(ScreenMessageRules::MaxLines)
                          .arg(ScreenMessageRules::MaxLineLength);
    if (!text.isEmpty())
        summary += u"  "_s + counts.join(u" · "_s);
    if (!checked) {
        summary = checked.error().message() + u" ("_s + checked.error().codeString() + u")\n"_s + summary;
        m_limits->setStyleSheet(u"QLabel { color: #a50e0e; }"_s);
    } else {
        m_limits->setStyleSheet({});
    }
    m_limits->setText(summary);
    m_send->setEnabled(checked.ok() && (!target().isEmpty() ? true : m_target->count() > 1));
}

void MessagesPage::requestPreview()
{
    const QString reader = previewReader();
    if (reader.isEmpty()) {
        m_previewImage = {};
        m_failure = Error(ErrorCode::ReaderNotConnected);
        showPreview();
        return;
    }
    m_settings->requestPreview(reader, m_editor->toPlainText());
}

void MessagesPage::showPreview()
{
    if (m_previewImage.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(m_failure.isError()
                               ? tr("No preview: %1 (%2)").arg(m_failure.message(), m_failure.codeString())
                               : tr("The preview appears here."));
        return;
    }
    m_preview->setPixmap(QPixmap::fromImage(
        m_previewImage.scaled(m_preview->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void MessagesPage::send()
{
    const QString serial = target();
    m_pending = serial.isEmpty() ? int(m_target->count() - 1) : 1;
    if (Result<void> pushed = m_settings->pushScreenMessage(serial, m_editor->toPlainText()); !pushed) {
        m_pending = 0;
        m_limits->setText(pushed.error().message() + u" ("_s + pushed.error().codeString() + u')');
        m_limits->setStyleSheet(u"QLabel { color: #a50e0e; }"_s);
        return;
    }
    Q_EMIT statusMessage(tr("Sending the screen message…"));
}

} // namespace Views
