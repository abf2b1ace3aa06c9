// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/troubleshooting/supportsummary.h"

#include "app/troubleshooting/flowengine.h"
#include "devicelink/readerinfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace Console {

SupportSummary SupportSummary::fromRun(const FlowEngine &run, const ReaderFacts *facts, const QDateTime &now)
{
    SupportSummary summary;
    summary.created = now.toUTC();
    summary.consoleVersion = QStringLiteral(MADOGUCHI_VERSION);
    summary.operatingSystem = QSysInfo::prettyProductName();
    summary.flowId = run.flow().id;
    summary.flowTitle = run.flow().title.ja;
    const std::optional<FlowNode::Outcome> outcome = run.outcome();
    summary.outcome = outcome ? outcomeString(*outcome) : u"unfinished"_s;
    // A serial is the one identifier support needs; anything that is not one
    // (it came from outside) stays out.
    if (isValidSerial(run.serial()))
        summary.serial = run.serial();
    if (facts) {
        for (const ReaderFact &reader : facts->readers()) {
            if (!isValidSerial(reader.serial))
                continue;
            summary.readers.append(reader);
            if (reader.error.isError() && !summary.errorCodes.contains(reader.error.codeString()))
                summary.errorCodes.append(reader.error.codeString());
        }
    }
    for (const Error &error : run.errors()) {
        if (!summary.errorCodes.contains(error.codeString()))
            summary.errorCodes.append(error.codeString());
    }
    summary.transcript = run.transcript();
    return summary;
}

QByteArray SupportSummary::toJson() const
{
    QJsonArray readerList;
    for (const ReaderFact &reader : readers) {
        readerList.append(QJsonObject{
            {u"serial"_s, reader.serial},
            {u"trusted"_s, reader.trusted},
            {u"state"_s, reader.state == ReaderState::WaitingForConnection ? u"waiting"_s : wireName(reader.state)},
            {u"software"_s, reader.software.left(64)},
            {u"firmware"_s, reader.firmware.left(64)},
            {u"error"_s, reader.error.codeString()},
        });
    }
    QJsonArray steps;
    for (const FlowStep &step : transcript)
        steps.append(step.toJson());
    const QJsonObject root{
        {u"created"_s, created.toString(Qt::ISODate)},
        {u"console"_s, consoleVersion},
        {u"os"_s, operatingSystem},
        {u"flow"_s, flowId},
        {u"title"_s, flowTitle},
        {u"outcome"_s, outcome},
        {u"serial"_s, serial},
        {u"readers"_s, readerList},
        {u"errorCodes"_s, QJsonArray::fromStringList(errorCodes)},
        {u"transcript"_s, steps},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString SupportSummary::toText() const
{
    // Bilingual labels: the text goes to a Japanese support desk as often as
    // to our own.
    QString text = u"サポート用情報 / Support summary %1\n"_s.arg(created.toString(Qt::ISODate));
    text += u"コンソール / Console: Madoguchi %1, %2\n"_s.arg(consoleVersion, operatingSystem);
    text += u"手順 / Flow: %1 (%2) → %3\n"_s.arg(flowTitle, flowId, outcome);
    if (!serial.isEmpty())
        text += u"対象のシリアルNo / Reader: %1\n"_s.arg(serial);
    text += u"エラーコード / Error codes: %1\n"_s.arg(errorCodes.isEmpty() ? u"-"_s : errorCodes.join(u", "_s));
    for (const ReaderFact &reader : readers) {
        text += u"  %1  %2  software %3  firmware %4  %5\n"_s.arg(
            reader.serial, reader.state == ReaderState::WaitingForConnection ? u"waiting"_s : wireName(reader.state),
            reader.software.left(64), reader.firmware.left(64),
            reader.error.isError() ? reader.error.codeString() : u"-"_s);
    }
    text += u"\n経過 / Transcript:\n"_s;
    for (const FlowStep &step : transcript)
        text += step.toLine() + u'\n';
    return text;
}

} // namespace Console
