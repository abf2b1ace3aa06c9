// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/firmware/firmwarehistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <unistd.h>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

QString resultName(FirmwareHistoryEntry::Result result)
{
    switch (result) {
    case FirmwareHistoryEntry::Result::Updated:
        return u"updated"_s;
    case FirmwareHistoryEntry::Result::Failed:
        return u"failed"_s;
    case FirmwareHistoryEntry::Result::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QByteArray toLine(const FirmwareHistoryEntry &entry)
{
    QJsonObject object{
        {u"at"_s, entry.at.toUTC().toString(Qt::ISODateWithMs)},
        {u"serial"_s, entry.serial},
        {u"from"_s, entry.from},
        {u"to"_s, entry.to},
        {u"result"_s, resultName(entry.result)},
    };
    if (entry.code != 0)
        object.insert(u"code"_s, entry.code);
    if (!entry.detail.isEmpty())
        object.insert(u"detail"_s, entry.detail);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<FirmwareHistoryEntry> fromLine(const QByteArray &line)
{
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    FirmwareHistoryEntry entry;
    entry.at = QDateTime::fromString(object.value(u"at"_s).toString(), Qt::ISODateWithMs);
    entry.serial = object.value(u"serial"_s).toString();
    entry.from = object.value(u"from"_s).toString();
    entry.to = object.value(u"to"_s).toString();
    const QString result = object.value(u"result"_s).toString();
    if (result == u"failed")
        entry.result = FirmwareHistoryEntry::Result::Failed;
    else if (result == u"cancelled")
        entry.result = FirmwareHistoryEntry::Result::Cancelled;
    else if (result != u"updated")
        return std::nullopt;
    entry.code = object.value(u"code"_s).toInt();
    entry.detail = object.value(u"detail"_s).toString();
    if (!entry.at.isValid() || entry.serial.isEmpty())
        return std::nullopt;
    return entry;
}

} // namespace

FirmwareHistory::FirmwareHistory(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
}

void FirmwareHistory::load()
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    qsizetype lines = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        ++lines;
        if (std::optional<FirmwareHistoryEntry> entry = fromLine(line))
            m_entries.append(*entry);
    }
    file.close();
    if (m_entries.size() > MaxEntries)
        m_entries.remove(0, m_entries.size() - MaxEntries);
    if (lines == m_entries.size())
        return;
    QSaveFile trimmed(m_path);
    if (trimmed.open(QIODevice::WriteOnly)) {
        for (const FirmwareHistoryEntry &entry : std::as_const(m_entries))
            trimmed.write(toLine(entry));
        trimmed.commit();
    }
}

Result<void> FirmwareHistory::append(const FirmwareHistoryEntry &entry)
{
    m_entries.append(entry);
    if (m_entries.size() > MaxEntries)
        m_entries.removeFirst();
    Q_EMIT appended(entry);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error(ErrorCode::StateDirectoryUnusable, m_path + u": "_s + file.errorString());
    const QByteArray line = toLine(entry);
    if (file.write(line) != line.size() || !file.flush() || ::fdatasync(file.handle()) != 0)
        return Error(ErrorCode::StateDirectoryUnusable, m_path + u": "_s + file.errorString());
    return Result<void>::success();
}

} // namespace Console
