// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/daemon/facematchcommand.h"

#include "readerstack/face/facematcher.h"
#include "readerstack/face/facemodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <opencv2/imgcodecs.hpp>

#include <cstdio>
#include <map>

namespace ReaderStack {

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

void printError(const QString &message)
{
    fputs((u"madoguchi-reader face-match: "_s + message + u'\n').toUtf8().constData(), stderr);
}

QString number(double value, int decimals = 4)
{
    return QString::number(value, 'f', decimals);
}

// Reads through OpenCV, which decodes JPEG 2000 (the chip photo) where Qt's
// image plugins may not.
DeviceLink::Result<cv::Mat> readImage(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return DeviceLink::Error(DeviceLink::ErrorCode::FaceImageUnusable, u"no such file: "_s + path);
    try {
        cv::Mat image = cv::imread(QFile::encodeName(path).toStdString(), cv::IMREAD_COLOR);
        if (image.empty())
            return DeviceLink::Error(DeviceLink::ErrorCode::FaceImageUnusable, u"cannot decode: "_s + path);
        return image;
    } catch (const cv::Exception &e) {
        return DeviceLink::Error(DeviceLink::ErrorCode::FaceImageUnusable, path + u": "_s + QString::fromStdString(e.msg));
    }
}

DeviceLink::Result<FaceObservation> observeFile(FacePipeline &pipeline, const QString &path,
                                        FacePipeline::Embeddings embeddings)
{
    DeviceLink::Result<cv::Mat> image = readImage(path);
    if (!image)
        return image.error();
    DeviceLink::Result<FaceObservation> observation = pipeline.observe(image.value(), embeddings);
    image.value().setTo(0);
    if (!observation && observation.error().code() == DeviceLink::ErrorCode::NoFaceFound)
        return DeviceLink::Error(DeviceLink::ErrorCode::NoFaceFound, u"no face found in "_s + path);
    return observation;
}

struct Comparison
{
    double score = 0;
    bool match = false;
    bool mask = false;
    double ms = 0;
};

class Comparer
{
public:
    explicit Comparer(FacePipeline &pipeline) : m_pipeline(pipeline) {}
    ~Comparer()
    {
        for (auto &[path, reference] : m_references)
            reference.wipe();
    }

    DeviceLink::Result<Comparison> compare(const QString &probePath, const QString &referencePath)
    {
        QElapsedTimer timer;
        timer.start();
        // A pairs file names each reference many times: one pass each.
        auto cached = m_references.find(referencePath);
        if (cached == m_references.end()) {
            DeviceLink::Result<FaceObservation> reference =
                observeFile(m_pipeline, referencePath, FacePipeline::Embeddings::Both);
            if (!reference)
                return reference.error();
            cached = m_references.emplace(referencePath, std::move(reference.value())).first;
        }
        DeviceLink::Result<FaceObservation> probe = observeFile(m_pipeline, probePath, FacePipeline::Embeddings::WhenMasked);
        if (!probe)
            return probe.error();
        FaceMatcher matcher(cached->second);
        matcher.offer(probe.value());
        probe.value().wipe();
        Comparison comparison;
        comparison.score = matcher.bestScore();
        comparison.mask = matcher.bestWasMasked();
        comparison.match = matcher.decision() == FaceMatcher::Decision::Match;
        comparison.ms = double(timer.nsecsElapsed()) / 1e6;
        return comparison;
    }

private:
    FacePipeline &m_pipeline;
    std::map<QString, FaceObservation> m_references;
};

QString comparisonFields(const Comparison &c)
{
    return u"\"score\":"_s + number(c.score) + u",\"match\":"_s + (c.match ? u"true"_s : u"false"_s)
        + u",\"mask\":"_s + (c.mask ? u"true"_s : u"false"_s) + u",\"ms\":"_s + number(c.ms, 1);
}

int runPairs(Comparer &comparer, const QString &pairsPath)
{
    QFile file(pairsPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        printError(u"cannot read "_s + pairsPath + u": "_s + file.errorString());
        return 1;
    }
    const QDir base = QFileInfo(pairsPath).absoluteDir();
    int genuine = 0;
    int impostor = 0;
    int falseNonMatches = 0;
    int falseMatches = 0;
    int failed = 0;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 3 || (fields[2] != u"same"_s && fields[2] != u"diff"_s)) {
            printError(pairsPath + u':' + QString::number(lineNumber)
                       + u": expected probe<TAB>reference<TAB>same|diff"_s);
            return 2;
        }
        const bool same = fields[2] == u"same"_s;
        (same ? genuine : impostor) += 1;
        DeviceLink::Result<Comparison> comparison = comparer.compare(base.absoluteFilePath(fields[0]),
                                                             base.absoluteFilePath(fields[1]));
        QString out = u"{\"probe\":"_s + jsonString(fields[0]) + u",\"reference\":"_s + jsonString(fields[1])
            + u",\"expected\":\""_s + fields[2] + u"\","_s;
        if (!comparison) {
            if (comparison.error().code() == DeviceLink::ErrorCode::FaceModelUnusable) {
                printError(comparison.error().detail());
                return 1;
            }
            ++failed;
            falseNonMatches += same;
            out += u"\"match\":false,\"error\":"_s
                + jsonString(comparison.error().codeString() + u' ' + comparison.error().detail()) + u'}';
        } else {
            falseNonMatches += same && !comparison->match;
            falseMatches += !same && comparison->match;
            out += comparisonFields(comparison.value()) + u'}';
        }
        printLine(out);
    }
    printLine(u"{\"pairs\":"_s + QString::number(genuine + impostor) + u",\"genuine\":"_s + QString::number(genuine)
              + u",\"impostor\":"_s + QString::number(impostor) + u",\"fnmr\":"_s
              + number(genuine ? double(falseNonMatches) / genuine : 0) + u",\"fmr\":"_s
              + number(impostor ? double(falseMatches) / impostor : 0) + u",\"failed\":"_s + QString::number(failed)
              + u",\"threshold\":"_s + number(FaceMatcher::Threshold, 3) + u",\"masked_threshold\":"_s
              + number(FaceMatcher::MaskedThreshold, 3) + u'}');
    return 0;
}

const char Usage[] = "usage: madoguchi-reader face-match [--data DIR] PROBE REFERENCE\n"
                     "       madoguchi-reader face-match [--data DIR] --pairs FILE\n"
                     "Compares the face in PROBE with the one in REFERENCE (e.g. a chip photo) and prints\n"
                     "{\"score\":...,\"match\":...,\"mask\":...,\"ms\":...}. FILE has lines\n"
                     "probe<TAB>reference<TAB>same|diff; one JSON line per pair, then a summary.\n";

} // namespace

int runFaceMatchCommand(const QStringList &arguments)
{
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        fputs(Usage, stdout);
        return 0;
    }
    QString dataDirectory;
    QString pairs;
    QStringList files;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if ((argument == u"--data"_s || argument == u"--pairs"_s) && i + 1 < arguments.size()) {
            (argument == u"--data"_s ? dataDirectory : pairs) = arguments[++i];
        } else if (argument.startsWith(u"--"_s)) {
            fputs(Usage, stderr);
            return 2;
        } else {
            files.append(argument);
        }
    }
    if (pairs.isEmpty() ? files.size() != 2 : !files.isEmpty()) {
        fputs(Usage, stderr);
        return 2;
    }
    DeviceLink::Result<std::unique_ptr<FacePipeline>> pipeline = FacePipeline::load(faceDataDirectory(dataDirectory));
    if (!pipeline) {
        printError(pipeline.error().codeString() + u": "_s + pipeline.error().detail());
        return 1;
    }
    Comparer comparer(*pipeline.value());
    if (!pairs.isEmpty())
        return runPairs(comparer, pairs);
    DeviceLink::Result<Comparison> comparison = comparer.compare(files[0], files[1]);
    if (!comparison) {
        printError(comparison.error().codeString() + u": "_s + comparison.error().detail());
        return 1;
    }
    printLine(u'{' + comparisonFields(comparison.value()) + u'}');
    return 0;
}

} // namespace ReaderStack
