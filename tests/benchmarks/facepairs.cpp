// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "facepairs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <map>

namespace FaceBench {

using namespace ReaderStack;
using namespace Qt::StringLiterals;

namespace {

QString identityOf(const QString &stem)
{
    if (stem.startsWith(u"franck"_s))
        return u"franck"_s;
    if (stem.startsWith(u"audrey"_s))
        return u"audrey"_s;
    if (stem.contains(u"bieber"_s, Qt::CaseInsensitive))
        return u"bieber"_s;
    if (stem.startsWith(u"cage"_s))
        return u"cage"_s;
    return stem;
}

std::string path(const QString &file)
{
    return QFile::encodeName(file).toStdString();
}

// A camera-like frame: the picture fitted into 640×480, black around it.
cv::Mat cameraFrame(const cv::Mat &image)
{
    const double scale = std::min(640.0 / image.cols, 480.0 / image.rows);
    cv::Mat resized;
    cv::resize(image, resized, cv::Size(), scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Mat frame(480, 640, CV_8UC3, cv::Scalar::all(0));
    resized.copyTo(frame(cv::Rect((640 - resized.cols) / 2, (480 - resized.rows) / 2, resized.cols, resized.rows)));
    return frame;
}

} // namespace

void PairSet::drawMask(cv::Mat &image, const FaceLandmarks &l, int colourIndex)
{
    static const cv::Scalar colours[] = {{235, 215, 190}, {245, 245, 245}, {45, 45, 50}, {150, 150, 150}};
    std::vector<cv::Point> polygon;
    for (int i = 1; i <= 15; ++i)
        polygon.emplace_back(cvRound(l[size_t(i)].x), cvRound(l[size_t(i)].y));
    // The top edge: from the right cheek under the nose to the left cheek.
    const float top = l[33].y + 0.25f * (l[51].y - l[33].y);
    polygon.emplace_back(cvRound(l[35].x + 0.3f * (l[15].x - l[35].x)), cvRound(top - 0.2f * (l[33].y - l[30].y)));
    polygon.emplace_back(cvRound(l[33].x), cvRound(top));
    polygon.emplace_back(cvRound(l[31].x + 0.3f * (l[1].x - l[31].x)), cvRound(top - 0.2f * (l[33].y - l[30].y)));
    const cv::Scalar colour = colours[colourIndex % 4];
    cv::fillPoly(image, std::vector<std::vector<cv::Point>>{polygon}, colour, cv::LINE_AA);
    // Pleats: a surgical mask's folds across the lower face.
    const float eyeDistance = float(cv::norm(l[45] - l[36]));
    for (int k = 1; k <= 3; ++k) {
        const float y = top + k * (l[8].y - top) / 4.5f;
        cv::line(image, cv::Point(cvRound(l[3].x), cvRound(y)), cv::Point(cvRound(l[13].x), cvRound(y)),
                 colour * 0.85, std::max(1, cvRound(eyeDistance / 40)), cv::LINE_AA);
    }
}

cv::Mat PairSet::chipPortrait(const cv::Mat &image, const DetectedFace &face)
{
    // A passport-style framing: the face about half the width, 7:9.
    const double width = face.box.width * 1.9;
    const double height = width * 9 / 7;
    const cv::Point2d centre(face.box.x + face.box.width / 2, face.box.y + face.box.height * 0.55);
    cv::Rect crop(cvRound(centre.x - width / 2), cvRound(centre.y - height / 2), cvRound(width), cvRound(height));
    cv::Mat padded;
    const int pad = std::max(crop.width, crop.height);
    cv::copyMakeBorder(image, padded, pad, pad, pad, pad, cv::BORDER_REPLICATE);
    crop += cv::Point(pad, pad);
    cv::Mat portrait;
    // Chip photos are small: about 180×230 here, within what cards carry.
    cv::resize(padded(crop), portrait, cv::Size(180, 231), 0, 0, cv::INTER_AREA);
    cv::Mat grey;
    cv::cvtColor(portrait, grey, cv::COLOR_BGR2GRAY);
    return grey;
}

bool PairSet::build(FacePipeline &pipeline, const QString &dataDirectory, const QString &outDirectory,
                    QString *error)
{
    const QDir photos(dataDirectory + u"/photos"_s);
    QDir out(outDirectory);
    for (const QString &sub : {u"probes"_s, u"masked"_s, u"references"_s}) {
        if (!out.mkpath(sub)) {
            *error = u"cannot create "_s + out.filePath(sub);
            return false;
        }
    }
    const QStringList files = photos.entryList({u"*.jpg"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = u"no photos in "_s + photos.path() + u" (run scripts/fetch-face-data.sh)"_s;
        return false;
    }
    struct Source
    {
        QString name;
        QString identity;
        cv::Mat image;
    };
    DeviceLink::Result<std::unique_ptr<FaceDetector>> detector = FaceDetector::load(dataDirectory);
    if (!detector) {
        *error = detector.error().detail();
        return false;
    }
    std::vector<Source> sources;
    static const QRegularExpression groupPhoto(u"^sample\\d$"_s);
    for (const QString &file : files) {
        const QString stem = QFileInfo(file).completeBaseName();
        cv::Mat image = cv::imread(path(photos.filePath(file)), cv::IMREAD_COLOR);
        if (image.empty())
            continue;
        if (!groupPhoto.match(stem).hasMatch()) {
            sources.push_back({stem, identityOf(stem), image});
            continue;
        }
        // Each face of a group photo is a person of its own: crop it out
        // with room around it, as a camera would frame that person.
        cv::Mat grey;
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
        cv::cvtColor(grey, grey, cv::COLOR_GRAY2BGR);
        DeviceLink::Result<std::vector<DetectedFace>> faces = detector.value()->detect(grey);
        if (!faces)
            continue;
        std::vector<DetectedFace> found = faces.value();
        std::sort(found.begin(), found.end(),
                  [](const DetectedFace &a, const DetectedFace &b) { return a.box.x < b.box.x; });
        int k = 0;
        for (const DetectedFace &face : found) {
            const cv::Rect crop = face.square(image.size(), 2.2);
            const QString name = stem + u'-' + QString::number(++k);
            sources.push_back({name, name, image(crop).clone()});
        }
    }
    cv::VideoCapture video(path(photos.filePath(u"franck.mp4"_s)));
    if (video.isOpened()) {
        const int count = int(video.get(cv::CAP_PROP_FRAME_COUNT));
        cv::Mat frame;
        for (int i = 0; i < VideoFrames && count > 0; ++i) {
            video.set(cv::CAP_PROP_POS_FRAMES, double(count) * (i + 0.5) / VideoFrames);
            if (video.read(frame))
                sources.push_back({u"franckvideo-"_s + QString::number(i), u"franck"_s, frame.clone()});
        }
        // 10 s of consecutive frames: the motion cue, and the camera of the
        // flow benchmark, which must see him move without the clip looping.
        video.set(cv::CAP_PROP_POS_FRAMES, double(count) / 3);
        for (int i = 0; i < 240 && video.read(frame); ++i)
            m_videoFrames.push_back(cameraFrame(frame));
    }

    struct Probe
    {
        QString name;
        QString identity;
    };
    std::vector<Probe> probes;
    std::map<QString, QStringList> referencesOf; // identity → reference names
    int maskColour = 0;
    for (Source &source : sources) {
        DeviceLink::Result<FaceObservation> seen = pipeline.observe(source.image);
        if (!seen)
            continue; // counted by the caller as images without a face
        cv::imwrite(path(out.filePath(u"probes/"_s + source.name + u".jpg"_s)), source.image,
                    {cv::IMWRITE_JPEG_QUALITY, 92});
        cv::Mat masked = source.image.clone();
        drawMask(masked, seen->landmarks, maskColour++);
        cv::imwrite(path(out.filePath(u"masked/"_s + source.name + u".jpg"_s)), masked, {cv::IMWRITE_JPEG_QUALITY, 92});
        // Video frames are probes only: the chip photo is a still portrait.
        if (!source.name.startsWith(u"franckvideo"_s)) {
            const cv::Mat portrait = chipPortrait(source.image, seen->face);
            cv::imwrite(path(out.filePath(u"references/"_s + source.name + u".jp2"_s)), portrait);
            referencesOf[source.identity].append(source.name);
        }
        m_cameraFrames.push_back(cameraFrame(source.image));
        probes.push_back({source.name, source.identity});
    }

    QFile plain(out.filePath(u"pairs.tsv"_s));
    QFile maskedPairs(out.filePath(u"masked-pairs.tsv"_s));
    if (!plain.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !maskedPairs.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = u"cannot write the pairs lists in "_s + outDirectory;
        return false;
    }
    for (const Probe &probe : probes) {
        for (const auto &[identity, references] : referencesOf) {
            for (const QString &reference : references) {
                if (reference == probe.name)
                    continue;
                const bool same = identity == probe.identity;
                const QString ref = u"references/"_s + reference + u".jp2"_s;
                const QString kind = same ? u"same"_s : u"diff"_s;
                m_pairs.push_back({u"probes/"_s + probe.name + u".jpg"_s, ref, same, false});
                m_pairs.push_back({u"masked/"_s + probe.name + u".jpg"_s, ref, same, true});
                plain.write((m_pairs[m_pairs.size() - 2].probe + u'\t' + ref + u'\t' + kind + u'\n').toUtf8());
                maskedPairs.write((m_pairs.back().probe + u'\t' + ref + u'\t' + kind + u'\n').toUtf8());
            }
        }
    }
    return true;
}

} // namespace FaceBench
