// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/onboarding/onboardingsummary.h"

#include "app/configstore.h"
#include "app/consolecore.h"
#include "app/emulatedreaders.h"
#include "app/licence/licence.h"
#include "app/onboarding/onboardingchecks.h"
#include "app/registration/registrationservice.h"
#include "app/settings/readersettings.h"
#include "devicelink/readerregistry.h"

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

QString cell(const QString &text)
{
    return u"<td>"_s + text.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</td>"_s;
}

QString headerRow(const QStringList &labels)
{
    QString row = u"<tr>"_s;
    for (const QString &label : labels)
        row += u"<th>"_s + label.toHtmlEscaped() + u"</th>"_s;
    return row + u"</tr>\n"_s;
}

} // namespace

OnboardingSummary OnboardingSummary::collect(const ConsoleCore &core, const OnboardingChecks &checks)
{
    OnboardingSummary summary;
    summary.createdAt = QDateTime::currentDateTime();
    summary.consoleVersion = QStringLiteral(MADOGUCHI_VERSION);
    summary.startupDelaySeconds = core.config()->startupDelaySeconds();
    summary.messageForAll = core.readerSettings()->screenMessage(QString());
    summary.licensedReaders = core.licences()->readerLimit();
    for (CheckId id : checks.checked()) {
        if (!checks.hasResult(id))
            continue;
        const CheckResult result = checks.result(id);
        // Only what the PC measured: a check it could not make was answered.
        const QString detail = result.outcome == CheckOutcome::Unknown ? QString() : result.detail;
        summary.checks.append({id, checks.outcome(id), checks.isAnswered(id), detail});
    }
    const ReaderRegistry *registry = core.registry();
    for (const QString &serial : registry->serials()) {
        const ReaderEntry *entry = registry->entry(serial);
        Reader reader;
        reader.serial = serial;
        reader.software = entry->description.software;
        reader.firmware = entry->description.firmware;
        reader.state = ReaderRegistry::stateLabel(*entry);
        reader.emulated = core.emulated()->reader(serial) != nullptr;
        reader.loginName = !core.registration()->accountOf(serial).isEmpty();
        reader.screenMessage = core.readerSettings()->screenMessage(serial);
        const ReaderSettings::Power power = core.readerSettings()->power(serial);
        if (power.known)
            reader.powerLink = power.powerLink;
        summary.readers.append(reader);
    }
    return summary;
}

QString OnboardingSummary::fileBaseName() const
{
    return u"madoguchi-setup_"_s + createdAt.toString(u"yyyyMMdd-HHmm"_s);
}

QString OnboardingSummary::toHtml() const
{
    const QString title = tr("Madoguchi setup record");
    QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
                   + u"</title>\n<style>body { font-family: sans-serif; } table { border-collapse: collapse; }"
                     " th, td { border: 1px solid #888; padding: 3px 8px; text-align: left; }</style>"
                     "</head>\n<body>\n"_s;
    html += u"<h1>"_s + title.toHtmlEscaped() + u"</h1>\n"_s;
    html += u"<p>"_s + tr("Date: %1").arg(createdAt.toString(u"yyyy-MM-dd HH:mm"_s)).toHtmlEscaped() + u"<br>"_s
            + tr("Console: Madoguchi %1").arg(consoleVersion).toHtmlEscaped() + u"</p>\n"_s;

    html += u"<h2>"_s + tr("Environment checks").toHtmlEscaped() + u"</h2>\n"_s;
    if (checks.isEmpty()) {
        html += u"<p>"_s + tr("Not run.").toHtmlEscaped() + u"</p>\n"_s;
    } else {
        html += u"<table>\n"_s + headerRow({tr("Check"), tr("Result"), tr("Detail")});
        for (const Check &check : checks) {
            QString outcome = OnboardingChecks::outcomeLabel(check.outcome);
            if (check.answeredByUser)
                outcome += u' ' + tr("(answered by the user)");
            html += u"<tr>"_s + cell(OnboardingChecks::title(check.id) + u" ("_s + checkIdString(check.id) + u')')
                    + cell(outcome) + cell(check.detail) + u"</tr>\n"_s;
        }
        html += u"</table>\n"_s;
    }

    html += u"<h2>"_s + tr("Card readers").toHtmlEscaped() + u"</h2>\n"_s;
    if (readers.isEmpty()) {
        html += u"<p>"_s + tr("No card reader was found.").toHtmlEscaped() + u"</p>\n"_s;
    } else {
        html += u"<table>\n"_s
                + headerRow({tr("Serial No."), tr("Software version"), tr("Firmware version"), tr("State"),
                             tr("Login name"), tr("Screen message"), tr("Power linking (電源連動)")});
        for (const Reader &reader : readers) {
            const QString serial = reader.emulated ? tr("%1 (emulated)").arg(reader.serial) : reader.serial;
            const QString powerLink = !reader.powerLink ? tr("unknown") : (*reader.powerLink ? tr("On") : tr("Off"));
            const QString message = !reader.screenMessage.isEmpty() ? reader.screenMessage
                                    : !messageForAll.isEmpty()       ? tr("(the message for all card readers)")
                                                                     : tr("(none)");
            html += u"<tr>"_s + cell(serial) + cell(reader.software) + cell(reader.firmware) + cell(reader.state)
                    + cell(reader.loginName ? tr("Registered") : tr("Not registered")) + cell(message)
                    + cell(powerLink) + u"</tr>\n"_s;
        }
        html += u"</table>\n"_s;
    }

    html += u"<h2>"_s + tr("Settings").toHtmlEscaped() + u"</h2>\n<table>\n"_s;
    html += u"<tr>"_s + cell(tr("Start-up delay (起動待ち時間)")) + cell(tr("%1 s").arg(startupDelaySeconds))
            + u"</tr>\n"_s;
    html += u"<tr>"_s + cell(tr("Screen message for all card readers"))
            + cell(messageForAll.isEmpty() ? tr("(none)") : messageForAll) + u"</tr>\n"_s;
    html += u"<tr>"_s + cell(tr("Licensed card readers")) + cell(QString::number(licensedReaders)) + u"</tr>\n"_s;
    html += u"</table>\n"_s;

    html += u"<h2>"_s + tr("Test patient").toHtmlEscaped() + u"</h2>\n<p>"_s;
    if (testPatientSerial.isEmpty()) {
        html += tr("Not run.").toHtmlEscaped();
    } else {
        const QString result = testPatientResult == u"success"_s ? tr("completed (資格確認終了)")
                                                                  : tr("ended: %1").arg(testPatientResult);
        html += tr("%1: %2").arg(testPatientSerial, result).toHtmlEscaped();
    }
    html += u"</p>\n"_s;

    html += u"<p><small>"_s
            + tr("This record holds no personal data and no passwords: only whether each card reader has a login "
                 "name.")
                  .toHtmlEscaped()
            + u"</small></p>\n</body></html>\n"_s;
    return html;
}

} // namespace Console
