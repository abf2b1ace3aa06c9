// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/daemon/ocrcommand.h"

#include "readerstack/ocr/cardfacereader.h"

#include <QElapsedTimer>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

void printLine(const QString &line)
{
    const QByteArray bytes = (line + u'\n').toUtf8();
    fputs(bytes.constData(), stdout);
    fflush(stdout);
}

} // namespace

int runOcrCommand(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        fputs("usage: madoguchi-reader ocr IMAGE...\n"
              "Reads birth date, expiry year and security code off card photos; one JSON line per image.\n",
              arguments.isEmpty() ? stderr : stdout);
        return arguments.isEmpty() ? 2 : 0;
    }
    Result<std::unique_ptr<CardFaceReader>> reader = CardFaceReader::create();
    if (!reader) {
        fputs((u"madoguchi-reader: "_s + reader.error().toLogString() + u'\n').toUtf8().constData(), stderr);
        return 1;
    }
    int failures = 0;
    for (const QString &file : arguments) {
        QElapsedTimer timer;
        timer.start();
        QImageReader imageReader(file);
        imageReader.setAutoTransform(true);
        const QImage image = imageReader.read();
        Result<CardFaceReading> reading = image.isNull()
            ? Result<CardFaceReading>(Error(ErrorCode::CardImageInvalid, u"cannot load: "_s + imageReader.errorString()))
            : reader.value()->read(image);
        const QString ms = QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1);
        QString line = u"{\"file\":"_s + jsonString(file);
        if (reading) {
            line += u",\"birth\":\""_s + reading->birth6 + u"\",\"expiry\":\""_s + reading->expiry4
                + u"\",\"code\":\""_s + reading->code4 + u"\",\"collation_b\":\""_s + reading->collation.toString()
                + u"\",\"ok\":true"_s;
        } else {
            ++failures;
            line += u",\"ok\":false,\"reason\":"_s
                + jsonString(reading.error().codeString() + u' ' + reading.error().detail());
        }
        line += u",\"ms\":"_s + ms + u'}';
        printLine(line);
        wipeString(line);
    }
    return failures == 0 ? 0 : 1;
}

} // namespace ReaderStack
