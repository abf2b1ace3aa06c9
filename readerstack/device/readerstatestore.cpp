// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/device/readerstatestore.h"

#include "devicelink/screenmessage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

constexpr int FormatVersion = 1;

Result<ReaderStateStore::Contents> parse(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(ErrorCode::StateFileCorrupt, u"not a JSON object: "_s + parseError.errorString());
    const QJsonObject object = document.object();
    if (object.value(u"version"_s).toInt() != FormatVersion)
        return Error(ErrorCode::StateFileCorrupt, u"unknown format version"_s);
    ReaderStateStore::Contents contents;
    Result<ReaderState> state = stateFromWireName(object.value(u"state"_s).toString());
    if (!state || !ReaderStateStore::isPersistent(state.value()))
        return Error(ErrorCode::StateFileCorrupt, u"invalid state"_s);
    contents.state = state.value();
    const QByteArray paired = QByteArray::fromHex(object.value(u"pairedConsole"_s).toString().toLatin1());
    if (!paired.isEmpty() && paired.size() != 32)
        return Error(ErrorCode::StateFileCorrupt, u"invalid console fingerprint"_s);
    contents.pairedConsole = paired;
    contents.flow = FlowSettings::fromJson(object.value(u"flow"_s).toObject());
    // A message that breaks today's rules (edited by hand) is dropped, not
    // shown; the rest of the file is still good.
    if (Result<QString> message = checkScreenMessage(object.value(u"screenMessage"_s).toString()); message)
        contents.screenMessage = message.value();
    contents.powerLink = object.value(u"powerLink"_s).toBool(false);
    contents.adminPasswordHash = object.value(u"adminPasswordHash"_s).toString().toLatin1();
    return contents;
}

} // namespace

ReaderStateStore::ReaderStateStore(QString directory)
    : m_directory(std::move(directory))
{
}

QString ReaderStateStore::filePath() const
{
    return QDir(m_directory).filePath(u"state.json"_s);
}

bool ReaderStateStore::isPersistent(ReaderState state)
{
    return state == ReaderState::Stopped || state == ReaderState::Running || state == ReaderState::ReceptionClosed;
}

Result<ReaderStateStore::Contents> ReaderStateStore::load(Error *damage)
{
    QFile file(filePath());
    if (!file.exists())
        return Contents{};
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::StateDirectoryUnusable, filePath() + u": "_s + file.errorString());
    Result<Contents> parsed = parse(file.read(64 * 1024));
    file.close();
    if (parsed)
        return parsed;
    const QString aside = filePath() + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s);
    QFile::rename(filePath(), aside);
    if (damage)
        *damage = Error(ErrorCode::StateFileCorrupt, parsed.error().detail() + u"; kept as "_s + aside);
    return Contents{};
}

Result<void> ReaderStateStore::save(const Contents &contents)
{
    QJsonObject object;
    object.insert(u"version"_s, FormatVersion);
    object.insert(u"state"_s, wireName(isPersistent(contents.state) ? contents.state : ReaderState::Stopped));
    object.insert(u"pairedConsole"_s, QString::fromLatin1(contents.pairedConsole.toHex()));
    object.insert(u"flow"_s, contents.flow.toJson());
    object.insert(u"screenMessage"_s, contents.screenMessage);
    object.insert(u"powerLink"_s, contents.powerLink);
    object.insert(u"adminPasswordHash"_s, QString::fromLatin1(contents.adminPasswordHash));
    QSaveFile file(filePath());
    const QByteArray bytes = QJsonDocument(object).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::StateDirectoryUnusable, filePath() + u": "_s + file.errorString());
    return {};
}

} // namespace ReaderStack
