// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/error.h"

#include <QCoreApplication>

namespace DeviceLink {

namespace {

QString standardMessage(int code)
{
    switch (static_cast<ErrorCode>(code)) {
    case ErrorCode::None:
        return {};
    case ErrorCode::FrameTooLarge:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader sent more data than allowed. The connection was reset; "
                                           "if this repeats, collect logs and contact support.");
    case ErrorCode::FrameTruncated:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The connection ended in the middle of a message. Check the USB cable.");
    case ErrorCode::UnknownChannel:
    case ErrorCode::MalformedMessage:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader sent data this console cannot read. The connection was "
                                           "reset; if this repeats, collect logs and contact support.");
    case ErrorCode::UnsupportedMessage:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader does not support this operation. Update the card reader "
                                           "software.");
    case ErrorCode::ProtocolVersionMismatch:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader software and this console are not compatible. Update "
                                           "both to the latest version.");
    case ErrorCode::ConnectionRefused:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "Cannot connect to the card reader. Check that it is switched on and that "
                                           "the USB cable is connected.");
    case ErrorCode::TlsHandshakeFailed:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "A secure connection to the card reader could not be established.");
    case ErrorCode::CertificateMismatch:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader's certificate does not match the one registered. If the "
                                           "reader was replaced or initialised, delete it from the list and register "
                                           "it again.");
    case ErrorCode::NotPaired:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "This card reader is not registered to this console. Register it first.");
    case ErrorCode::PairedToAnotherConsole:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "This card reader is registered to another console. Initialise its "
                                           "registration on the reader's admin screen before registering it here.");
    case ErrorCode::HeartbeatTimeout:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader stopped answering. Check the USB cable and that the "
                                           "reader is switched on.");
    case ErrorCode::RequestTimeout:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader did not answer in time. Try again.");
    case ErrorCode::LinkDown:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The connection to the card reader was lost. It reconnects by itself.");
    case ErrorCode::AddressInUse:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The network port is already in use by another program. Close the other "
                                           "program or choose another port.");
    case ErrorCode::SerialMismatch:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader at this address reports a different serial number than "
                                           "expected.");
    case ErrorCode::NoClientCertificate:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The console presented no certificate, so the card reader cannot be "
                                           "registered to it.");
    case ErrorCode::DiscoveryUnavailable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "Card readers cannot be searched for automatically because the discovery "
                                           "port is in use. Add readers by address instead.");
    case ErrorCode::MirrorFrameMalformed:
    case ErrorCode::MirrorOutOfSync:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The screen mirror of this card reader was interrupted. It restarts by "
                                           "itself; the card reader keeps working.");
    case ErrorCode::MirrorUnavailable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "This card reader cannot show its screen on the console. Update the card "
                                           "reader software.");
    case ErrorCode::IllegalTransition:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "This operation is not possible in the card reader's current state.");
    case ErrorCode::StateDirectoryUnusable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader cannot write its settings. Check the free disk space and "
                                           "the folder's permissions.");
    case ErrorCode::StateFileCorrupt:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader's saved settings were damaged and have been reset. "
                                           "Check its settings and registration.");
    case ErrorCode::IdentityUnusable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The stored certificate or key is damaged. A new one was created; the "
                                           "reader must be registered again.");
    case ErrorCode::InvalidArgument:
        return QCoreApplication::translate("DeviceLink::Error", "A value was out of range or malformed.");
    case ErrorCode::NoVisualCheckPending:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "No patient is waiting for a visual check at this card reader any more: "
                                           "the card was removed or the time ran out.");
    case ErrorCode::NotMyNumberCard:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card in the tray is not a My Number card.");
    case ErrorCode::CardUnreadable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card face could not be read. Place the card flat in the tray; if "
                                           "this repeats, clean the card camera's window.");
    case ErrorCode::CardCommunicationFailed:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card's chip did not answer as expected. Place the card again; if "
                                           "this repeats, collect logs and contact support.");
    case ErrorCode::CollationNumberRejected:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card's chip did not accept the numbers read from the card face. "
                                           "Place the card again.");
    case ErrorCode::CollationNumberBlocked:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card's chip is locked after too many failed reads. The holder must "
                                           "have it unlocked at the municipal office.");
    case ErrorCode::PinRejected:
        return QCoreApplication::translate("DeviceLink::Error", "The PIN is incorrect.");
    case ErrorCode::PinBlocked:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The PIN is locked after too many wrong entries. The holder must have it "
                                           "reset at the municipal office.");
    case ErrorCode::CardDataMalformed:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The data on the card's chip could not be read. Place the card again.");
    case ErrorCode::InvalidCollationNumber:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The numbers read from the card face are not valid. Place the card "
                                           "again.");
    case ErrorCode::OcrEngineUnavailable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card-face reading component is missing or damaged. Reinstall the "
                                           "card reader software.");
    case ErrorCode::CardImageInvalid:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card camera delivered an unusable picture. If this repeats, collect "
                                           "logs and contact support.");
    case ErrorCode::FaceModelMissing:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The face check's model files are missing from the card reader's "
                                           "software, so faces cannot be checked: patients can use their PIN. "
                                           "Contact support to reinstall the software.");
    case ErrorCode::FaceModelUnusable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The face check's model files are damaged, so faces cannot be checked: "
                                           "patients can use their PIN. Contact support to reinstall the software.");
    case ErrorCode::FaceImageUnusable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The face camera delivered an unusable picture. If this repeats, check "
                                           "the camera's cable, collect logs and contact support.");
    case ErrorCode::NoFaceFound:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "No face was found in the picture.");
    case ErrorCode::DatabaseError:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The console's settings database could not be read or written. Check the "
                                           "free disk space.");
    case ErrorCode::PluginUnavailable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The emulated card reader component could not be loaded. Reinstall "
                                           "Madoguchi.");
    case ErrorCode::UnknownReader:
        return QCoreApplication::translate("DeviceLink::Error", "No card reader with this serial number is known.");
    case ErrorCode::LogStoreUnavailable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The log folder cannot be opened or written. Check the free disk space "
                                           "and the folder's permissions.");
    case ErrorCode::LogDayUnreadable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The logs of one day are damaged or were written by a newer Madoguchi; "
                                           "they were set aside and are not shown.");
    case ErrorCode::LogWriteFailed:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "Logs could not be saved. Check the free disk space.");
    case ErrorCode::LogQueryFailed:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The logs could not be searched. Try again; if this repeats, contact "
                                           "support.");
    case ErrorCode::LogQueryCancelled:
        return QCoreApplication::translate("DeviceLink::Error", "The log search was cancelled.");
    case ErrorCode::LogCollectFailed:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The logs could not be written to the archive. Check the free space at "
                                           "the destination.");
    case ErrorCode::ReaderLogUnavailable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader cannot open its log folder. Check the free space and "
                                           "permissions of the reader's state folder, then restart the reader.");
    case ErrorCode::ReaderLogWriteFailed:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader could not save a log record. Check the free space of "
                                           "the reader's state folder.");
    case ErrorCode::LogStreamMalformed:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The console received log records it cannot read from a card reader. "
                                           "Update the reader's software to the console's version; the records "
                                           "stay on the reader and are fetched again.");
    case ErrorCode::FlowFileUnreadable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "A troubleshooting guide could not be read: the file is missing, too "
                                           "large or not JSON. Reinstall Madoguchi.");
    case ErrorCode::FlowSchemaInvalid:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "A troubleshooting guide has a step of a form this console does not "
                                           "know. Reinstall Madoguchi.");
    case ErrorCode::FlowTextMissing:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "A step of a troubleshooting guide has no text in Japanese or in "
                                           "English. Reinstall Madoguchi.");
    case ErrorCode::FlowTargetMissing:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "A step of a troubleshooting guide leads to a step that does not "
                                           "exist. Reinstall Madoguchi.");
    case ErrorCode::FlowNodeUnreachable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "A troubleshooting guide has a step that can never be reached. "
                                           "Reinstall Madoguchi.");
    case ErrorCode::FlowLoopWithoutExit:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "A troubleshooting guide has a loop of checks that never asks you "
                                           "anything. Reinstall Madoguchi.");
    case ErrorCode::FlowUnknownCheckOrAction:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "A troubleshooting guide uses a check or an action this console does "
                                           "not have. Update Madoguchi.");
    case ErrorCode::FlowNoEnd:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "A troubleshooting guide has steps from which it never comes to an "
                                           "end. Reinstall Madoguchi.");
    case ErrorCode::FlowStepNotPossible:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "This step of the troubleshooting guide cannot be taken now.");
    case ErrorCode::TrainingUnavailable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "Practice faults and test patients exist only on emulated card readers. "
                                           "Choose an emulated reader (EMU-…) in training mode.");
    case ErrorCode::OnboardingSummaryNotSaved:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The setup record could not be saved there. Choose another folder (for "
                                           "example Documents) and save it again.");
    case ErrorCode::AccountNameMissingPrefix:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "A login name for face authentication starts with F0 (capital F and the "
                                           "digit zero). Enter the login name the clinic created.");
    case ErrorCode::AccountNameLength:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "A login name has 6 to 20 characters, F0 included. Check the login name "
                                           "the clinic created.");
    case ErrorCode::AccountNameCharacters:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "A login name contains only half-width letters A-Z, a-z and digits 0-9, "
                                           "without spaces. Check the login name the clinic created.");
    case ErrorCode::AccountAlreadyRegistered:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "This login name is already registered to another card reader. Each card "
                                           "reader needs a login name of its own: create another one, or delete the "
                                           "other reader's registration first.");
    case ErrorCode::ReaderAlreadyHasAccount:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "This card reader is already registered to a login name. To change it, "
                                           "delete its registration first, then register it again.");
    case ErrorCode::AccountPasswordInvalid:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "Enter the password of the login name: 1 to 128 characters, without line "
                                           "breaks or tabs.");
    case ErrorCode::SecretStoreUnavailable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The password could not be stored securely. Check the free disk space "
                                           "and the permissions of the console's data folder, then try again.");
    case ErrorCode::SecretStoreDamaged:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The stored passwords could not be decrypted (the key file is missing or "
                                           "was changed). Delete the registrations and register the card readers "
                                           "again.");
    case ErrorCode::ReaderLinkAbnormal:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "A card reader's USB network connection is abnormal, so no reader can be "
                                           "added now. Connect the card reader to another USB port and press Refresh "
                                           "all. If that does not help, enable the USB network adapter (Remote NDIS) "
                                           "in Device Manager, or uninstall it and reconnect the USB cable, then "
                                           "press Refresh all again.");
    case ErrorCode::ReaderNotConnected:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader is not connected. Check its power and USB cable, press "
                                           "Refresh all and try again.");
    case ErrorCode::StartupDelayOutOfRange:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The start-up delay must be a whole number of seconds from 0 to 600.");
    case ErrorCode::RestartMinutesOutOfRange:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The automatic start must wait a whole number of minutes from 1 to 5.");
    case ErrorCode::ScreenMessageTooLong:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "A line of the screen message has more than 20 characters. Shorten it or "
                                           "split it into two lines.");
    case ErrorCode::ScreenMessageTooManyLines:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The screen message has more than 2 lines. Remove the extra lines.");
    case ErrorCode::ScreenMessageInvalidCharacters:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The screen message contains tabs or control characters. Use plain text "
                                           "only.");
    case ErrorCode::PortAlwaysPowered:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader's USB port stays powered while the PC sleeps or is shut "
                                           "down, so with power linking the reader switches on unexpectedly. Connect "
                                           "it straight to a USB port of the PC that is not a charging port, without "
                                           "a powered hub or repeater cable.");
    case ErrorCode::AdminPasswordInvalid:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The admin password must be 6 to 16 digits, as it is entered on the card "
                                           "reader's number pad.");
    case ErrorCode::AdminPasswordWrong:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The admin password is wrong. Check it with the clinic's manager.");
    case ErrorCode::AdminLocked:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "Too many wrong admin passwords. Wait 5 minutes, then try again.");
    case ErrorCode::AdminPasswordNotSet:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "No admin password is set on this card reader. Set one from the console "
                                           "first.");
    case ErrorCode::LicenceInvalid:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The licence file is damaged or was not issued for Madoguchi. Use the "
                                           "licence file exactly as you received it from the vendor.");
    case ErrorCode::ReaderOverLicence:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "More card readers are connected than the licence allows, so this one "
                                           "cannot be started. Add a licence for more card readers, or disconnect "
                                           "another one.");
    case ErrorCode::AutostartNotWritten:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "Madoguchi could not be set to start with the PC: its autostart entry "
                                           "cannot be written. Check the permissions of the folder named in the "
                                           "details.");
    case ErrorCode::BundleMalformed:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "This file is not a Madoguchi update bundle. Use the update file exactly "
                                           "as you received it from the vendor.");
    case ErrorCode::BundleTruncated:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The update bundle is incomplete. Download or copy it again.");
    case ErrorCode::BundleSignatureInvalid:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The update bundle is not signed by the vendor or was changed after "
                                           "signing, so it is not installed. Use the update file exactly as you "
                                           "received it from the vendor.");
    case ErrorCode::BundleWrongModel:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "This update is for another card reader model. Use the update for this "
                                           "model.");
    case ErrorCode::BundleDowngrade:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader already runs this version or a newer one, so the update "
                                           "is not installed.");
    case ErrorCode::BundleConsoleTooOld:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "This update needs a newer version of the console. Update Madoguchi on "
                                           "this PC first.");
    case ErrorCode::BundlePayloadMismatch:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The update's contents do not match its checksum. Download or copy the "
                                           "update again.");
    case ErrorCode::FirmwareSlotUnusable:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader cannot store the update. Check the free space of the "
                                           "reader's storage; the current software keeps running.");
    case ErrorCode::FirmwareStateCorrupt:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader's update records were damaged. It started the factory "
                                           "software; install the latest update again.");
    case ErrorCode::FirmwareUpdateRefused:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "This update step is not possible now: another update is being "
                                           "installed, waits for a restart or is being tried. Wait for it or "
                                           "restart the card reader, then try again.");
    case ErrorCode::FirmwareRolledBack:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The new card reader software did not start correctly, so the reader "
                                           "went back to the previous version. Collect logs and contact support.");
    case ErrorCode::TransferChunkCorrupt:
    case ErrorCode::TransferOffsetMismatch:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "Part of the update arrived damaged or out of order at the card reader. "
                                           "It is sent again from the last good part.");
    case ErrorCode::TransferIncomplete:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The update has not been completely sent to the card reader yet. It "
                                           "continues from where it stopped when the reader is connected again.");
    case ErrorCode::RolloutWouldStopService:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The update was stopped before this card reader: updating it now would "
                                           "leave no card reader in service. Start another card reader, then "
                                           "update this one.");
    case ErrorCode::RolloutReaderNotBack:
        return QCoreApplication::translate("DeviceLink::Error",
                                           "The card reader did not come back in service on the new software after "
                                           "its update, so the update of the other card readers was stopped. Check "
                                           "the card reader and its connection, then start the update again.");
    }
    return QCoreApplication::translate("DeviceLink::Error",
                                       "The card reader reported error %1. Collect logs and contact support.")
        .arg(code);
}

} // namespace

Error::Error(ErrorCode code, QString detail)
    : m_code(static_cast<int>(code))
    , m_detail(std::move(detail))
{
}

Error Error::fromWire(int code, QString detail)
{
    Error e;
    e.m_code = code;
    e.m_detail = std::move(detail);
    return e;
}

QString Error::codeString() const
{
    if (m_code <= 0)
        return {};
    const char family = m_code < 300   ? 'L'
                        : m_code < 400 ? 'R'
                        : m_code < 500 ? 'C'
                        : m_code < 600 ? 'S'
                        : m_code < 700 ? 'U'
                                       : 'X';
    return QString(QLatin1Char(family)) + QString::number(m_code).rightJustified(3, u'0');
}

QString Error::message() const
{
    return standardMessage(m_code);
}

QString Error::toLogString() const
{
    QString line = codeString() + u' ' + standardMessage(m_code);
    if (!m_detail.isEmpty())
        line += u" (" + m_detail + u')';
    return line;
}

QList<int> Error::knownNumbers()
{
    // The switch in standardMessage() is the one list of codes: a number
    // it has no case for gets the generic text.
    QList<int> numbers;
    for (int number = 1; number < 700; ++number) {
        const QString generic = QCoreApplication::translate(
                                    "DeviceLink::Error",
                                    "The card reader reported error %1. Collect logs and contact support.")
                                    .arg(number);
        if (standardMessage(number) != generic)
            numbers << number;
    }
    return numbers;
}

} // namespace DeviceLink
