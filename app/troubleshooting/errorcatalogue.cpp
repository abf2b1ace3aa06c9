// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/errorcatalogue.h"

#include "devicelink/error.h"

#include <QCoreApplication>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

struct ScreenCode {
    const char16_t *code;
    const char *meaning;
    const char *action;
    const char16_t *flow;
};

// What the patient's screen shows (readerstack/flow/patientflow.h), and 011,
// which the vendor's reader shows when the network beyond the PC is down.
constexpr ScreenCode ScreenCodes[] = {
    {u"001", QT_TRANSLATE_NOOP("Console::ErrorCatalogue", "The reader could not recognise the My Number card's face."),
     QT_TRANSLATE_NOOP("Console::ErrorCatalogue",
                       "Ask the patient to place the card face up in the tray again, out of its clear sleeve. If "
                       "it keeps happening with several cards, clean the card camera."),
     u"card-not-read"},
    {u"002", QT_TRANSLATE_NOOP("Console::ErrorCatalogue", "The card in the tray is not a My Number card."),
     QT_TRANSLATE_NOOP("Console::ErrorCatalogue", "Ask the patient for the My Number card."), u"card-not-read"},
    {u"003", QT_TRANSLATE_NOOP("Console::ErrorCatalogue", "The card's IC chip could not be read."),
     QT_TRANSLATE_NOOP("Console::ErrorCatalogue",
                       "Have the card placed again. If other cards read, this card's chip may be damaged: the "
                       "patient can ask the city office."),
     u"card-not-read"},
    {u"004", QT_TRANSLATE_NOOP("Console::ErrorCatalogue", "The card is locked after too many failed reads."),
     QT_TRANSLATE_NOOP("Console::ErrorCatalogue",
                       "The card cannot be used here any more: the patient has it unlocked at the city office. "
                       "Check eligibility another way for today."),
     u""},
    {u"005", QT_TRANSLATE_NOOP("Console::ErrorCatalogue", "The PIN is locked after three wrong entries."),
     QT_TRANSLATE_NOOP("Console::ErrorCatalogue",
                       "Face authentication still works. The PIN itself is reset at the city office."),
     u""},
    {u"006", QT_TRANSLATE_NOOP("Console::ErrorCatalogue", "Time ran out on one of the screens."),
     QT_TRANSLATE_NOOP("Console::ErrorCatalogue",
                       "Ask the patient to take the card and start again. If the face check keeps timing out, "
                       "see the face authentication flow (distance 30–50 cm, light, mask)."),
     u"face-authentication"},
    {u"007", QT_TRANSLATE_NOOP("Console::ErrorCatalogue", "Staff did not confirm the patient's identity by sight."),
     QT_TRANSLATE_NOOP("Console::ErrorCatalogue", "Check the patient's identity, then let them try again."), u""},
    {u"011", QT_TRANSLATE_NOOP("Console::ErrorCatalogue", "ネットワークエラー: the network beyond the PC is down."),
     QT_TRANSLATE_NOOP("Console::ErrorCatalogue",
                       "Check the PC's connection to the online eligibility network (オンライン請求ネットワーク)."),
     u"reader-network"},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("Console::ErrorCatalogue", text);
}

QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().remove(u' ');
}

} // namespace

bool CatalogueEntry::matches(const QString &text) const
{
    const QString needle = folded(text);
    if (needle.isEmpty())
        return true;
    // "203" finds "L203" as well.
    if (folded(code).contains(needle))
        return true;
    return folded(meaning).contains(needle) || folded(action).contains(needle);
}

QString ErrorCatalogue::flowFor(int number)
{
    switch (ErrorCode(number)) {
    case ErrorCode::ConnectionRefused:
    case ErrorCode::HeartbeatTimeout:
    case ErrorCode::RequestTimeout:
    case ErrorCode::LinkDown:
        return u"waiting-for-connection"_s;
    case ErrorCode::AddressInUse:
    case ErrorCode::DiscoveryUnavailable:
        return u"reader-network"_s;
    case ErrorCode::ReaderLinkAbnormal:
        return u"usb-network-adapter"_s;
    case ErrorCode::PortAlwaysPowered:
        return u"no-power"_s;
    case ErrorCode::LicenceInvalid:
    case ErrorCode::ReaderOverLicence:
        return u"licence-several-readers"_s;
    default:
        break;
    }
    if ((number >= 202 && number <= 205) || number == 210 || number == 211 || (number >= 501 && number <= 510))
        return u"registration"_s;
    if (number >= 320 && number < 350)
        return u"card-not-read"_s;
    if (number >= 350 && number < 360)
        return u"face-authentication"_s;
    if (number >= 410 && number < 430)
        return u"log-collection"_s;
    if (number >= 600 && number < 640)
        return u"versions"_s;
    return {};
}

QList<CatalogueEntry> ErrorCatalogue::entries()
{
    QList<CatalogueEntry> entries;
    for (const ScreenCode &screen : ScreenCodes) {
        entries.append({QString::fromUtf16(screen.code), CatalogueEntry::Source::ReaderScreen,
                        translated(screen.meaning), translated(screen.action), QString::fromUtf16(screen.flow)});
    }
    for (int number : Error::knownNumbers()) {
        const Error error{ErrorCode(number)};
        entries.append({error.codeString(), CatalogueEntry::Source::Console, error.message(), QString(),
                        flowFor(number)});
    }
    return entries;
}

} // namespace Console
