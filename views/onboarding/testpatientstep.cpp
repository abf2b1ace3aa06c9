// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/onboarding/testpatientstep.h"

#include "app/emulatedreaders.h"
#include "app/flow/flowoutcomefeed.h"
#include "devicelink/readerregistry.h"
#include "views/mirror/mirrorview.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

TestPatientStep::TestPatientStep(ReaderRegistry *registry, Console::MirrorHub *mirrors,
                                 Console::EmulatedReaders *emulated, Console::FlowOutcomeFeed *outcomes,
                                 QWidget *parent)
    : QWizardPage(parent)
    , m_registry(registry)
    , m_mirrors(mirrors)
    , m_emulated(emulated)
    , m_readerLabel(new QLabel(this))
    , m_reader(new QComboBox(this))
    , m_play(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_mirrorLayout(new QVBoxLayout)
{
    setObjectName(u"testPatientStep"_s);
    m_reader->setObjectName(u"testReader"_s);
    m_readerLabel->setBuddy(m_reader);
    m_play->setObjectName(u"playTestPatient"_s);
    m_status->setObjectName(u"testStatus"_s);
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_readerLabel);
    top->addWidget(m_reader);
    top->addWidget(m_play);
    top->addStretch();
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(m_mirrorLayout, 1);

    connect(m_reader, &QComboBox::currentIndexChanged, this, &TestPatientStep::showReader);
    connect(m_play, &QPushButton::clicked, this, &TestPatientStep::play);
    connect(outcomes, &Console::FlowOutcomeFeed::outcomeReceived, this, &TestPatientStep::onOutcome);
    connect(m_registry, &QAbstractItemModel::dataChanged, this, [this] {
        if (isVisible() && m_reader->count() == 0)
            fillReaders();
    });
    retranslate();
}

QString TestPatientStep::serial() const
{
    return m_reader->currentText();
}

MirrorView *TestPatientStep::mirror() const
{
    return m_mirror;
}

void TestPatientStep::initializePage()
{
    fillReaders();
}

void TestPatientStep::fillReaders()
{
    const QString before = serial();
    QStringList running;
    for (const QString &s : m_registry->serials()) {
        if (m_registry->entry(s)->state == ReaderState::Running)
            running << s;
    }
    const QSignalBlocker blocker(m_reader);
    m_reader->clear();
    m_reader->addItems(running);
    // An emulated reader first: it plays the test patient by itself.
    int chosen = int(running.indexOf(before));
    for (int i = 0; chosen < 0 && i < int(running.size()); ++i) {
        if (m_emulated->reader(running.at(i)))
            chosen = i;
    }
    m_reader->setCurrentIndex(qMax(chosen, 0));
    showReader();
}

void TestPatientStep::showReader()
{
    if (m_mirror && m_mirror->serial() == serial()) {
        showStatus();
        return;
    }
    delete m_mirror;
    m_playError.clear();
    m_playing = false;
    if (!serial().isEmpty()) {
        m_mirror = new MirrorView(m_mirrors, m_registry, serial(), this);
        m_mirror->setObjectName(u"testMirror"_s);
        m_mirrorLayout->addWidget(m_mirror);
    }
    showStatus();
}

void TestPatientStep::play()
{
    const QString reader = serial();
    m_playError.clear();
    if (Result<void> played = m_emulated->playTestPatient(reader); !played) {
        m_playError = tr("%1 (%2)").arg(played.error().message(), played.error().codeString());
        m_playing = false;
    } else {
        m_playing = true;
    }
    showStatus();
}

void TestPatientStep::onOutcome(const QString &serial, const QCborMap &outcome)
{
    if (serial != this->serial() || !isVisible())
        return;
    m_testedSerial = serial;
    m_testResult = outcome.value(u"result"_s).toString();
    m_playing = false;
    showStatus();
    Q_EMIT completeChanged();
}

void TestPatientStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void TestPatientStep::retranslate()
{
    setTitle(tr("A test patient"));
    setSubTitle(tr("Try one check on a card reader and watch its screen here. You may skip this step."));
    m_readerLabel->setText(tr("Card &reader:"));
    m_play->setText(tr("&Play a test patient", "テスト患者を流す"));
    showStatus();
}

void TestPatientStep::showStatus()
{
    const QString reader = serial();
    const bool emulated = !reader.isEmpty() && m_emulated->reader(reader);
    m_play->setEnabled(emulated && !m_playing);
    m_play->setVisible(reader.isEmpty() || emulated);
    QString text;
    QString style;
    if (reader.isEmpty()) {
        text = tr("No card reader is 稼働中. Go back one step and start one.");
    } else if (m_testedSerial == reader) {
        text = m_testResult == u"success"_s
                   ? tr("The check ended with 資格確認終了: %1 works.").arg(reader)
                   : tr("The check ended (%1). Try again, or see the reader's screen for what happened.")
                         .arg(m_testResult);
        style = m_testResult == u"success"_s ? u"QLabel { color: #0d652d; }"_s : u"QLabel { color: #7a4f01; }"_s;
    } else if (!m_playError.isEmpty()) {
        text = m_playError;
        style = u"QLabel { color: #a50e0e; }"_s;
    } else if (m_playing) {
        text = tr("A made-up patient is at %1: watch the card reader's screen below.").arg(reader);
    } else if (emulated) {
        text = tr("%1 is an emulated card reader: it plays a made-up patient with a sample card.").arg(reader);
    } else {
        text = tr("Put a My Number card on %1 and follow its screen. The check's result appears here.")
                   .arg(reader);
    }
    m_status->setText(text);
    m_status->setStyleSheet(style);
}

} // namespace Views
