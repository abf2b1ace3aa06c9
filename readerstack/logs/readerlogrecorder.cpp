// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/logs/readerlogrecorder.h"

#include "devicelink/linkserver.h"
#include "devicelink/readerinfo.h"
#include "devicelink/tlsidentity.h"
#include "readerstack/device/readerdevice.h"
#include "readerstack/flow/flowoutcome.h"
#include "readerstack/flow/patientflow.h"
#include "readerstack/logs/readerlogstore.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcReader)

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;
using Level = LogEntry::Level;

ReaderLogRecorder::ReaderLogRecorder(ReaderLogStore *log, ReaderDevice *device, LinkServer *server,
                                     PatientFlow *flow, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_device(device)
    , m_state(device->state())
    , m_pairedConsole(device->pairedConsole())
{
    connect(device, &ReaderDevice::statusChanged, this, &ReaderLogRecorder::onStatusChanged);
    connect(server, &LinkServer::trustedSessionsChanged, this, &ReaderLogRecorder::onTrustedSessions);
    connect(server, &LinkServer::sessionFailed, this, &ReaderLogRecorder::onSessionFailed);
    if (flow)
        connect(flow, &PatientFlow::outcomeRecorded, this, &ReaderLogRecorder::onOutcome);
}

void ReaderLogRecorder::write(Level level, const QString &category, const QString &code, const QString &message,
                              const QList<std::pair<QString, QString>> &fields)
{
    // The reader goes on serving patients without its log; the failure
    // reaches reader.log, which support collects too.
    if (Result<quint64> written = m_log->append(level, category, code, message, fields); !written)
        qCWarning(lcReader).noquote() << m_device->description().serial << written.error().toLogString();
}

void ReaderLogRecorder::recordStart(const QList<Error> &warnings)
{
    const ReaderDescription description = m_device->description();
    for (const Error &warning : warnings)
        write(Level::Warning, u"reader"_s, warning.codeString(), warning.toLogString());
    write(Level::Info, u"reader"_s, {}, u"reader started"_s,
          {{u"state"_s, wireName(m_device->state())},
           {u"software"_s, description.software},
           {u"firmware"_s, description.firmware},
           {u"paired"_s, m_pairedConsole.isEmpty() ? u"no"_s : u"yes"_s}});
}

void ReaderLogRecorder::onStatusChanged()
{
    const ReaderStatus status = m_device->status();
    if (status.state == m_state)
        return;
    const ReaderState previous = m_state;
    m_state = status.state;
    const bool error = status.state == ReaderState::Error;
    write(error ? Level::Error : Level::Info, u"state"_s, error ? status.error.codeString() : QString(),
          u"state "_s + wireName(previous) + u" -> "_s + wireName(status.state),
          {{u"from"_s, wireName(previous)}, {u"to"_s, wireName(status.state)}});
}

void ReaderLogRecorder::onTrustedSessions(int count)
{
    // Pairing is decided by the server; its result shows in the device's
    // paired console whenever the trusted sessions change.
    const QByteArray paired = m_device->pairedConsole();
    if (paired != m_pairedConsole) {
        if (paired.isEmpty())
            write(Level::Info, u"pairing"_s, {}, u"pairing released"_s);
        else
            write(Level::Info, u"pairing"_s, {}, u"paired with a console"_s,
                  {{u"console"_s, formatFingerprint(paired).left(23)}});
        m_pairedConsole = paired;
    }
    if ((count > 0) != (m_trustedSessions > 0)) {
        write(Level::Info, u"link"_s, {}, count > 0 ? u"console connected"_s : u"console disconnected"_s,
              {{u"sessions"_s, QString::number(count)}});
    }
    m_trustedSessions = count;
}

void ReaderLogRecorder::onSessionFailed(const Error &error, const QString &peer)
{
    write(Level::Warning, u"link"_s, error.codeString(), error.toLogString(), {{u"peer"_s, peer}});
}

void ReaderLogRecorder::onOutcome(const FlowOutcome &outcome)
{
    const QString result = FlowOutcome::resultName(outcome.result);
    const QString method = FlowOutcome::methodName(outcome.method);
    const Level level = outcome.result == FlowOutcome::Result::Success ? Level::Info : Level::Warning;
    QList<std::pair<QString, QString>> fields = {{u"method"_s, method},
                                                 {u"result"_s, result},
                                                 {u"totalMs"_s, QString::number(outcome.totalMs)},
                                                 {u"faceAttempts"_s, QString::number(outcome.faceAttempts)},
                                                 {u"pinAttempts"_s, QString::number(outcome.pinAttempts)}};
    if (const qint64 faceToEnd = outcome.faceToEndMs(); faceToEnd >= 0)
        fields.append({u"faceToEndMs"_s, QString::number(faceToEnd)});
    write(level, u"flow"_s, outcome.reasonCode, u"patient check "_s + result + u" by "_s + method, fields);
}

} // namespace ReaderStack
