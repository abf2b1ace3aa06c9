// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/onboarding/licencestep.h"

#include "app/emulatedreaders.h"
#include "app/licence/licence.h"
#include "app/onboarding/onboardingchecks.h"
#include "devicelink/readerregistry.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views {

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

LicenceStep::LicenceStep(OnboardingChecks *checks, LicenceManager *licences, ReaderRegistry *registry,
                         const EmulatedReaders *emulated, QWidget *parent)
    : QWizardPage(parent)
    , m_checks(checks)
    , m_licences(licences)
    , m_registry(registry)
    , m_emulated(emulated)
    , m_status(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_feedback(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_settings(new QPushButton(this))
{
    setObjectName(u"licenceStep"_s);
    m_status->setObjectName(u"licenceStatus"_s);
    m_counts->setObjectName(u"licenceCounts"_s);
    m_counts->setWordWrap(true);
    m_advice->setObjectName(u"licenceAdvice"_s);
    m_advice->setWordWrap(true);
    m_advice->setStyleSheet(u"QLabel { background: #fef7e0; color: #7a4f01; padding: 6px; border-radius: 4px; }"_s);
    m_feedback->setObjectName(u"licenceFeedback"_s);
    m_feedback->setWordWrap(true);
    m_add->setObjectName(u"addLicence"_s);
    m_settings->setObjectName(u"openSettings"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_counts);
    layout->addWidget(m_advice);
    layout->addWidget(m_feedback);
    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_settings);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &LicenceStep::addLicence);
    connect(m_settings, &QPushButton::clicked, this, &LicenceStep::settingsRequested);
    connect(m_checks, &OnboardingChecks::resultChanged, this, [this](CheckId id) {
        if (id == CheckId::Licence)
            refresh();
    });
    connect(m_licences, &LicenceManager::changed, this, [this] { m_checks->run({CheckId::Licence}); });
    retranslate();
}

void LicenceStep::initializePage()
{
    m_feedback->clear();
    m_checks->run({CheckId::Licence});
}

bool LicenceStep::isComplete() const
{
    return m_checks->hasResult(CheckId::Licence);
}

void LicenceStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void LicenceStep::retranslate()
{
    setTitle(tr("Licences"));
    setSubTitle(tr("One card reader needs no licence. Each further card reader needs a licence, added as a "
                   "licence file (*.lic)."));
    m_add->setText(tr("Add &licence file…"));
    m_settings->setText(tr("Open the &settings page"));
    refresh();
}

void LicenceStep::refresh()
{
    int readers = 0;
    int emulated = 0;
    for (int row = 0; row < m_registry->rowCount(); ++row) {
        const ReaderEntry &entry = m_registry->entryAt(row);
        if (!entry.trusted)
            continue;
        if (m_emulated->reader(entry.description.serial))
            ++emulated;
        else
            ++readers;
    }
    const bool pending = !m_checks->hasResult(CheckId::Licence);
    const CheckOutcome outcome = m_checks->outcome(CheckId::Licence);
    m_status->setText(pending ? tr("Checking the licences…")
                              : tr("%1: %2").arg(OnboardingChecks::title(CheckId::Licence) + u" (K-LIC)"_s,
                                                 OnboardingChecks::outcomeLabel(outcome)));
    QString counts = tr("Licensed card readers: %1. Connected card readers that need one: %2.")
                         .arg(m_licences->readerLimit())
                         .arg(readers);
    if (emulated > 0)
        counts += u' ' + tr("Emulated card readers need no licence (%n connected).", nullptr, emulated);
    const bool enough = readers <= m_licences->readerLimit();
    counts += u'\n' + (enough ? tr("The licence files cover the connected card readers.")
                               : tr("The licence files cover %n card reader(s) too few.", nullptr,
                                    readers - m_licences->readerLimit()));
    if (!m_licences->problems().isEmpty())
        counts += u'\n' + tr("Not valid: %1").arg(m_licences->problems().join(u", "_s));
    m_counts->setText(counts);
    m_advice->setText(OnboardingChecks::advice(CheckId::Licence));
    m_advice->setVisible(!enough || (!pending && outcome == CheckOutcome::Fail));
    Q_EMIT completeChanged();
}

void LicenceStep::addLicence()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Add licence file"), QString(), tr("Licence files (*.lic)"));
    if (path.isEmpty())
        return;
    Result<Licence> installed = m_licences->install(path);
    m_feedback->setText(installed ? tr("Licence %1 added: %n more card reader(s).", nullptr, installed->readers)
                                        .arg(installed->id)
                                  : tr("%1 (%2)").arg(installed.error().message(), installed.error().codeString()));
}

} // namespace Views
