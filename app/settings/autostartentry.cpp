// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/settings/autostartentry.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// The Desktop Entry Specification's quoting of an Exec argument: inside
// double quotes, a backslash before " ` $ and \.
QString quotedArgument(const QString &argument)
{
    QString quoted;
    for (QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    // The file format itself escapes backslashes once more.
    quoted.replace(u"\\"_s, u"\\\\"_s);
    return u'"' + quoted + u'"';
}

} // namespace

AutostartEntry::AutostartEntry(QString directory, QString program)
    : m_directory(std::move(directory))
    , m_program(std::move(program))
{
}

QString AutostartEntry::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).filePath(u"autostart"_s);
}

QString AutostartEntry::filePath() const
{
    return QDir(m_directory).filePath(u"madoguchi.desktop"_s);
}

bool AutostartEntry::isInstalled() const
{
    return QFile::exists(filePath());
}

QByteArray AutostartEntry::contents() const
{
    const QString text = u"[Desktop Entry]\n"
                         "Type=Application\n"
                         "Name=Madoguchi\n"
                         "Name[ja]=窓口 (Madoguchi)\n"
                         "Comment=Starts the card readers after the start-up delay\n"
                         "Comment[ja]=起動待ち時間の後にカードリーダーを起動します\n"
                         "Exec=%1 --at-boot --minimized\n"
                         "Terminal=false\n"
                         "X-GNOME-Autostart-enabled=true\n"_s.arg(quotedArgument(m_program));
    return text.toUtf8();
}

Result<void> AutostartEntry::setInstalled(bool installed) const
{
    if (!installed) {
        if (QFile::exists(filePath()) && !QFile::remove(filePath()))
            return Error(ErrorCode::AutostartNotWritten, filePath());
        return {};
    }
    if (!QDir().mkpath(m_directory))
        return Error(ErrorCode::AutostartNotWritten, m_directory);
    QSaveFile file(filePath());
    const QByteArray bytes = contents();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::AutostartNotWritten, filePath() + u": "_s + file.errorString());
    return {};
}

} // namespace Console
