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
    const char family = m_code < 300 ? 'L' : (m_code < 400 ? 'R' : (m_code < 500 ? 'C' : 'X'));
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

} // namespace DeviceLink
