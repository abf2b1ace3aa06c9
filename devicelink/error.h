// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#pragma once

#include "devicelink/devicelink_export.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace DeviceLink {

// Stable numeric codes. The hundreds give the family shown to the clinic:
// 1xx and 2xx "L" (link), 3xx "R" (reader), 4xx "C" (console), 5xx "S"
// (settings), 6xx "U" (software updates). Numbers are part of the wire protocol and of support
// conversations: never renumber.
enum class ErrorCode : int {
    None = 0,

    FrameTooLarge = 101,
    FrameTruncated = 102,
    UnknownChannel = 103,
    MalformedMessage = 104,
    UnsupportedMessage = 105,
    ProtocolVersionMismatch = 106,

    ConnectionRefused = 201,
    TlsHandshakeFailed = 202,
    CertificateMismatch = 203,
    NotPaired = 204,
    PairedToAnotherConsole = 205,
    HeartbeatTimeout = 206,
    RequestTimeout = 207,
    LinkDown = 208,
    AddressInUse = 209,
    SerialMismatch = 210,
    NoClientCertificate = 211,
    DiscoveryUnavailable = 212,
    MirrorFrameMalformed = 213,
    MirrorOutOfSync = 214,
    MirrorUnavailable = 215,

    IllegalTransition = 301,
    StateDirectoryUnusable = 302,
    StateFileCorrupt = 303,
    IdentityUnusable = 304,
    InvalidArgument = 305,
    NoVisualCheckPending = 306,

    // 320-349: the card in the tray: chip (APDUs) and card-face OCR.
    NotMyNumberCard = 320,
    CardUnreadable = 321,
    CardCommunicationFailed = 322,
    CollationNumberRejected = 323,
    CollationNumberBlocked = 324,
    PinRejected = 325,
    PinBlocked = 326,
    CardDataMalformed = 327,
    InvalidCollationNumber = 328,
    OcrEngineUnavailable = 329,
    CardImageInvalid = 330,
    // 350-359: the face check (models, pictures; never pixels or scores in
    // the detail).
    FaceModelMissing = 350,
    FaceModelUnusable = 351,
    FaceImageUnusable = 352,
    NoFaceFound = 353,

    DatabaseError = 401,
    PluginUnavailable = 402,
    UnknownReader = 403,

    // 410-429: the console's log store (logs/*.db) and log collection.
    LogStoreUnavailable = 410,
    LogDayUnreadable = 411,
    LogWriteFailed = 412,
    LogQueryFailed = 413,
    LogQueryCancelled = 414,
    LogCollectFailed = 415,
    // 416-425: the readers' own logs and their stream to the console.
    ReaderLogUnavailable = 416,
    ReaderLogWriteFailed = 417,
    LogStreamMalformed = 418,
    // 430-449: troubleshooting. 430-437 a flow file (resources/flows/*.json)
    // that fails validation, the detail naming the file and node; 440- a
    // flow being run.
    FlowFileUnreadable = 430,
    FlowSchemaInvalid = 431,
    FlowTextMissing = 432,
    FlowTargetMissing = 433,
    FlowNodeUnreachable = 434,
    FlowLoopWithoutExit = 435,
    FlowUnknownCheckOrAction = 436,
    FlowNoEnd = 437,
    FlowStepNotPossible = 440,
    // 441: training mode, faults played on emulated readers only.
    TrainingUnavailable = 441,
    // 450-459: the onboarding wizard.
    OnboardingSummaryNotSaved = 450,

    // 501-540 "S": the clinic's settings: login-name registration, secrets,
    // start-up delay, auto-restart, screen messages, power linking, the
    // reader's admin password, licences.
    AccountNameMissingPrefix = 501,
    AccountNameLength = 502,
    AccountNameCharacters = 503,
    AccountAlreadyRegistered = 504,
    ReaderAlreadyHasAccount = 505,
    AccountPasswordInvalid = 506,
    SecretStoreUnavailable = 507,
    SecretStoreDamaged = 508,
    ReaderLinkAbnormal = 509,
    ReaderNotConnected = 510,
    StartupDelayOutOfRange = 511,
    RestartMinutesOutOfRange = 512,
    ScreenMessageTooLong = 513,
    ScreenMessageTooManyLines = 514,
    ScreenMessageInvalidCharacters = 515,
    PortAlwaysPowered = 516,
    AdminPasswordInvalid = 517,
    AdminPasswordWrong = 518,
    AdminLocked = 519,
    AdminPasswordNotSet = 520,
    LicenceInvalid = 521,
    ReaderOverLicence = 522,
    AutostartNotWritten = 523,

    // 601-639 "U": software updates. 601-609 the bundle (layout, signature,
    // what it may be installed on), 610-619 the reader's A/B slots, 620-629
    // the transfer of a bundle to the reader.
    BundleMalformed = 601,
    BundleTruncated = 602,
    BundleSignatureInvalid = 603,
    BundleWrongModel = 604,
    BundleDowngrade = 605,
    BundleConsoleTooOld = 606,
    BundlePayloadMismatch = 607,
    FirmwareSlotUnusable = 610,
    FirmwareStateCorrupt = 611,
    FirmwareUpdateRefused = 612,
    FirmwareRolledBack = 613,
    TransferChunkCorrupt = 620,
    TransferOffsetMismatch = 621,
    TransferIncomplete = 622,
    // 630-639: a staged rollout over several readers.
    RolloutWouldStopService = 630,
    RolloutReaderNotBack = 631,
};

// An error as a value: a code the clinic can read out to support, a message
// it can act on (translated), and a technical detail for the logs.
class DEVICELINK_EXPORT Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString detail = {});
    // For codes received from a peer that may be newer than this build.
    static Error fromWire(int code, QString detail);
    // Every number this build has a message of its own for, ascending: the
    // エラーコード一覧 lists them.
    static QList<int> knownNumbers();

    ErrorCode code() const { return static_cast<ErrorCode>(m_code); }
    int number() const { return m_code; }
    bool isError() const { return m_code != 0; }
    // "L203", "R301": what the reader list shows as エラー(code).
    QString codeString() const;
    // What the user should read: the meaning and what to do, in the UI language.
    QString message() const;
    QString detail() const { return m_detail; }
    // One line for logs: code, message and detail.
    QString toLogString() const;

    friend bool operator==(const Error &a, const Error &b) { return a.m_code == b.m_code; }

private:
    int m_code = 0;
    QString m_detail;
};

// A value or an Error. Small on purpose: no exceptions cross a store,
// link or signal boundary in this project.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    static Result success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace DeviceLink
