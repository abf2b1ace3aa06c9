// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/onboarding/powerstep.h"

#include "app/configstore.h"
#include "app/settings/readersettings.h"
#include "views/settings/powerlinktable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

PowerStep::PowerStep(Console::ReaderSettings *readers, Console::ConfigStore *config, QWidget *parent)
    : QWizardPage(parent)
    , m_readers(readers)
    , m_config(config)
    , m_powerHint(new QLabel(this))
    , m_power(new PowerLinkTable(readers, this))
    , m_delayLabel(new QLabel(this))
    , m_delay(new QSpinBox(this))
    , m_delayHint(new QLabel(this))
    , m_feedback(new QLabel(this))
{
    setObjectName(u"powerStep"_s);
    m_powerHint->setWordWrap(true);
    m_delay->setObjectName(u"startupDelay"_s);
    m_delay->setRange(0, Console::ConfigStore::MaxStartupDelayS);
    m_delayLabel->setBuddy(m_delay);
    m_delayHint->setWordWrap(true);
    m_feedback->setObjectName(u"powerFeedback"_s);
    m_feedback->setWordWrap(true);
    m_feedback->setStyleSheet(u"QLabel { color: #a50e0e; }"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_powerHint);
    layout->addWidget(m_power, 1);
    auto *delay = new QHBoxLayout;
    delay->addWidget(m_delayLabel);
    delay->addWidget(m_delay);
    delay->addStretch();
    layout->addLayout(delay);
    layout->addWidget(m_delayHint);
    layout->addWidget(m_feedback);

    connect(m_readers, &Console::ReaderSettings::powerSettingsChanged, m_power, &PowerLinkTable::refresh);
    retranslate();
}

void PowerStep::initializePage()
{
    m_delay->setValue(m_config->startupDelaySeconds());
    m_feedback->clear();
    for (const QString &serial : m_readers->reachableReaders())
        m_readers->fetchPowerSettings(serial);
    m_power->refresh();
}

bool PowerStep::validatePage()
{
    if (m_delay->value() == m_config->startupDelaySeconds())
        return true;
    if (Result<void> saved = m_config->setStartupDelaySeconds(m_delay->value()); !saved) {
        m_feedback->setText(tr("%1 (%2)").arg(saved.error().message(), saved.error().codeString()));
        return false;
    }
    return true;
}

void PowerStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void PowerStep::retranslate()
{
    setTitle(tr("Power linking and start-up delay", "電源連動・起動待ち時間"));
    setSubTitle(tr("How the card readers start and stop with the PC."));
    m_powerHint->setText(tr("With 電源連動 on, a card reader turns off when the PC turns off and on again with it. "
                            "Turn it on only for a card reader plugged straight into a PC port (see the USB hub "
                            "check)."));
    m_delayLabel->setText(tr("Start-up &delay (起動待ち時間):"));
    m_delay->setSuffix(tr(" s", "seconds"));
    m_delayHint->setText(tr("How long after the PC starts Madoguchi starts the card readers (default 40 s; a slow "
                            "PC may need 300 s)."));
}

} // namespace Views
