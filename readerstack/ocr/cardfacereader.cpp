// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/ocr/cardfacereader.h"

#include <QRegularExpression>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <tesseract/baseapi.h>

#include <dlfcn.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace ReaderStack {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

// Canonical rectified card: ID-1 (85.60 × 53.98 mm) at 10 px/mm.
constexpr int CardWidth = 856;
constexpr int CardHeight = 540;
constexpr double CardAspect = 85.60 / 53.98;
// Frames are searched for the card at this size; enough for an outline.
constexpr int SearchSize = 640;
// Tesseract's LSTM reads best with text around this height.
constexpr int OcrLineHeight = 44;
// Mean confidence (0–100) below which a 4-digit reading is no security code.
constexpr int MinCodeConfidence = 60;

struct Quad
{
    std::array<cv::Point2f, 4> corners; // top-left, top-right, bottom-right, bottom-left
    double area = 0;
};

double distance(cv::Point2f a, cv::Point2f b)
{
    return std::hypot(double(a.x - b.x), double(a.y - b.y));
}

// Puts the corners in reading order with the long edges on top and bottom.
Quad ordered(const std::vector<cv::Point> &points)
{
    Quad quad;
    cv::Point2f centre(0, 0);
    for (const cv::Point &p : points)
        centre += cv::Point2f(float(p.x), float(p.y));
    centre *= 0.25f;
    std::vector<cv::Point2f> sorted;
    for (const cv::Point &p : points)
        sorted.emplace_back(float(p.x), float(p.y));
    std::sort(sorted.begin(), sorted.end(), [centre](cv::Point2f a, cv::Point2f b) {
        return std::atan2(a.y - centre.y, a.x - centre.x) < std::atan2(b.y - centre.y, b.x - centre.x);
    });
    // atan2 order from -pi runs top-left, top-right, bottom-right, bottom-left
    // for a card that is roughly level; start from the corner nearest the origin.
    size_t start = 0;
    for (size_t i = 1; i < 4; ++i) {
        if (sorted[i].x + sorted[i].y < sorted[start].x + sorted[start].y)
            start = i;
    }
    for (size_t i = 0; i < 4; ++i)
        quad.corners[i] = sorted[(start + i) % 4];
    // A card standing on its short edge: turn the order by one corner.
    const double top = distance(quad.corners[0], quad.corners[1]);
    const double side = distance(quad.corners[1], quad.corners[2]);
    if (side > top)
        std::rotate(quad.corners.begin(), quad.corners.begin() + 3, quad.corners.end());
    quad.area = std::abs(cv::contourArea(points));
    return quad;
}

double aspectOf(const Quad &q)
{
    const double w = (distance(q.corners[0], q.corners[1]) + distance(q.corners[3], q.corners[2])) / 2;
    const double h = (distance(q.corners[0], q.corners[3]) + distance(q.corners[1], q.corners[2])) / 2;
    return h > 0 ? w / h : 0;
}

// Four corners of a contour: the polygon approximation of its hull, with a
// growing tolerance until four corners remain (rounded corners give many);
// failing that, the smallest rotated rectangle around it.
std::vector<cv::Point> fourCorners(const std::vector<cv::Point> &contour)
{
    std::vector<cv::Point> hull;
    cv::convexHull(contour, hull);
    const double perimeter = cv::arcLength(hull, true);
    for (double epsilon = 0.01; epsilon <= 0.1; epsilon += 0.01) {
        std::vector<cv::Point> approx;
        cv::approxPolyDP(hull, approx, epsilon * perimeter, true);
        if (approx.size() == 4)
            return approx;
        if (approx.size() < 4)
            break;
    }
    cv::RotatedRect box = cv::minAreaRect(hull);
    cv::Point2f points[4];
    box.points(points);
    std::vector<cv::Point> corners;
    for (const cv::Point2f &p : points)
        corners.emplace_back(cvRound(p.x), cvRound(p.y));
    return corners;
}

void collectCandidates(const cv::Mat &mask, double minArea, std::vector<Quad> &candidates)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    for (const auto &contour : contours) {
        if (cv::contourArea(contour) < minArea)
            continue;
        candidates.push_back(ordered(fourCorners(contour)));
    }
}

struct Located
{
    std::optional<Quad> card;
    bool otherShape = false; // a large object was there, but not of card proportions
};

// The card is the largest quadrilateral of ID-1 proportions, found either
// by its edges or by its brightness against the tray (either polarity).
Located locateCard(const cv::Mat &small)
{
    const double frameArea = double(small.rows) * small.cols;
    const double minArea = 0.12 * frameArea;
    std::vector<Quad> candidates;
    cv::Mat blurred;
    cv::GaussianBlur(small, blurred, cv::Size(5, 5), 0);

    cv::Mat edges;
    cv::Canny(blurred, edges, 40, 110);
    cv::dilate(edges, edges, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
    collectCandidates(edges, minArea, candidates);

    cv::Mat bright;
    cv::threshold(blurred, bright, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(7, 7));
    cv::morphologyEx(bright, bright, cv::MORPH_OPEN, kernel);
    collectCandidates(bright, minArea, candidates);
    cv::Mat dark = 255 - bright;
    cv::morphologyEx(dark, dark, cv::MORPH_OPEN, kernel);
    collectCandidates(dark, minArea, candidates);

    Located located;
    for (const Quad &quad : candidates) {
        // The frame's own border is no card outline.
        std::vector<cv::Point2f> corners(quad.corners.begin(), quad.corners.end());
        const cv::Rect2f bounds = cv::boundingRect(corners);
        if (quad.area > 0.97 * frameArea || (bounds.width >= 0.98 * small.cols && bounds.height >= 0.98 * small.rows))
            continue;
        // ID-1 is 1.59; perspective and a shadow merged into the outline
        // stretch that, a document of another kind is far off it.
        const double aspect = aspectOf(quad);
        if (aspect < 1.3 || aspect > 1.95) {
            located.otherShape = located.otherShape
                || ((aspect < 1.2 || aspect > 2.2) && quad.area > 0.2 * frameArea);
            continue;
        }
        if (!located.card || quad.area > located.card->area)
            located.card = quad;
    }
    if (located.card)
        located.otherShape = false;
    return located;
}

// Ink on a flat background: dividing by a closing (text removed) cancels
// glare, lighting gradients and tinted boxes.
cv::Mat flatten(const cv::Mat &card, cv::Mat &background)
{
    cv::morphologyEx(card, background, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(31, 31)));
    cv::GaussianBlur(background, background, cv::Size(0, 0), 6);
    cv::Mat flat;
    cv::divide(card, background, flat, 255.0, CV_8U);
    return flat;
}

struct TextLine
{
    cv::Rect box;
};

struct Layout
{
    std::vector<TextLine> lines;
    std::optional<cv::Rect> photo;
    // The flattened card with box borders and rules whitened, for the date
    // lines: a border beside one reads as "|" or "1". Not for the code: the
    // photo's edges above it pass for rules through its digits' stems.
    cv::Mat withoutRules;
};

// How ink is told from paper: the first look, and a second one for frames
// the first left incomplete (faint print, blur that breaks strokes apart).
struct InkSettings
{
    int threshold;
    int joinWidth;
};
constexpr InkSettings FirstLook{175, 23};
constexpr InkSettings SecondLook{200, 31};

// The photo: where the card's background (print taken out) is darker than
// the paper around it: skin, hair and clothes are, and often the backdrop.
// Looked for before flattening, which divides most of a photo away. Paper
// is the brightest background within more than a photo's width, so that
// shading and glare do not count; the work is done at an eighth of the size.
std::optional<cv::Rect> findPhoto(const cv::Mat &background)
{
    constexpr int Step = 8;
    cv::Mat small;
    cv::resize(background, small, cv::Size(CardWidth / Step, CardHeight / Step), 0, 0, cv::INTER_AREA);
    cv::Mat paper;
    cv::dilate(small, paper, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(41, 41)));
    cv::Mat notPaper;
    cv::compare(small, paper - 25, notPaper, cv::CMP_LT);
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int count = cv::connectedComponentsWithStats(notPaper, labels, stats, centroids, 8, CV_32S);
    std::optional<cv::Rect> photo;
    int photoArea = 0;
    for (int i = 1; i < count; ++i) {
        const cv::Rect r(stats.at<int>(i, cv::CC_STAT_LEFT) * Step, stats.at<int>(i, cv::CC_STAT_TOP) * Step,
                         stats.at<int>(i, cv::CC_STAT_WIDTH) * Step, stats.at<int>(i, cv::CC_STAT_HEIGHT) * Step);
        const int area = stats.at<int>(i, cv::CC_STAT_AREA) * Step * Step;
        // A photo is a good part of the card's height, not most of its width,
        // and mostly not paper; tray past a rounded corner touches the edge.
        const bool atEdge = r.x <= 0 || r.y <= 0 || r.x + r.width >= CardWidth - Step || r.y + r.height >= CardHeight - Step;
        if (r.height < CardHeight / 4 || r.width < CardWidth / 10 || r.width > CardWidth / 2 || area < 0.4 * r.area()
            || atEdge)
            continue;
        if (area > photoArea) {
            photo = r;
            photoArea = area;
        }
    }
    return photo;
}

Layout findLayout(const cv::Mat &flat, const std::optional<cv::Rect> &photo, InkSettings settings)
{
    Layout layout;
    layout.photo = photo;
    cv::Mat ink;
    cv::threshold(flat, ink, settings.threshold, 255, cv::THRESH_BINARY_INV);
    // What flattening left of the photo would join the code under it. The
    // photo's outline is found at a coarser scale: keep clear of its edges.
    if (photo) {
        const cv::Rect inner(photo->x + 8, photo->y + 8, photo->width - 16, photo->height - 16);
        ink(inner & cv::Rect(0, 0, CardWidth, CardHeight)).setTo(0);
    }

    // Box borders and rules would join lines together; take them out. They
    // are searched for in a lighter threshold (borders are often pale), and
    // thickened first so that a slightly slanted, anti-aliased rule stays whole.
    cv::Mat pale;
    cv::threshold(flat, pale, 215, 255, cv::THRESH_BINARY_INV);
    cv::Mat thick;
    cv::dilate(pale, thick, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(1, 3)));
    cv::Mat rulesH;
    cv::morphologyEx(thick, rulesH, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(48, 1)));
    cv::dilate(pale, thick, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 1)));
    cv::Mat rulesV;
    cv::morphologyEx(thick, rulesV, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(1, 34)));
    // A rule is long and thin: what is also thick across it is print (bold
    // digits run together in the pale mask) and stays.
    cv::Mat solid;
    cv::morphologyEx(pale, solid, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(1, 7)));
    rulesH &= ~solid;
    cv::morphologyEx(pale, solid, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(7, 1)));
    rulesV &= ~solid;
    cv::Mat rules;
    cv::bitwise_or(rulesH, rulesV, rules);
    cv::dilate(rules, rules, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    cv::Mat text = ink & ~rules;
    layout.withoutRules = flat.clone();
    layout.withoutRules.setTo(255, rules);

    cv::Mat joined;
    cv::dilate(text, joined, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(settings.joinWidth, 3)));
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(joined, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::vector<cv::Rect> boxes;
    for (const auto &contour : contours)
        boxes.push_back(cv::boundingRect(contour));
    // Widely spaced print (full-width digits, 昭 和 ５ ５) breaks a line into
    // pieces: join pieces on one baseline that are less than a glyph apart.
    std::sort(boxes.begin(), boxes.end(), [](const cv::Rect &a, const cv::Rect &b) { return a.x < b.x; });
    for (bool merged = true; merged;) {
        merged = false;
        for (size_t i = 0; i < boxes.size() && !merged; ++i) {
            for (size_t j = i + 1; j < boxes.size(); ++j) {
                const cv::Rect &a = boxes[i];
                const cv::Rect &b = boxes[j];
                const int overlap = std::min(a.y + a.height, b.y + b.height) - std::max(a.y, b.y);
                const int gap = std::max(a.x, b.x) - std::min(a.x + a.width, b.x + b.width);
                const int height = std::max(a.height, b.height);
                if (overlap >= 0.6 * std::min(a.height, b.height) && gap < 1.1 * height
                    && std::abs(a.height - b.height) < 0.5 * height) {
                    boxes[i] = a | b;
                    boxes.erase(boxes.begin() + std::ptrdiff_t(j));
                    merged = true;
                    break;
                }
            }
        }
    }
    for (const cv::Rect &r : boxes) {
        if (r.height < 12 || r.height > 75 || r.width < 20)
            continue;
        if (layout.photo && (r & *layout.photo).area() > 0.5 * r.area())
            continue;
        layout.lines.push_back({r});
    }
    return layout;
}

QString normalised(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    out.remove(QRegularExpression(u"\\s"_s));
    return out;
}

// What LSTM models typically mistake for digits in a digit context.
QString digitsOnly(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            out += c;
        else if (c == u'O' || c == u'o' || c == u'〇')
            out += u'0';
        else if (c == u'l' || c == u'I' || c == u'|')
            out += u'1';
    }
    return out;
}

// The eras an era name may be, read by its first kanji, else by its second
// (fonts of other regions give 令 and 平 other shapes the model misses): 和
// leaves 昭和 and 令和, for the date to decide.
std::vector<Era> erasFromText(QStringView text)
{
    if (text.isEmpty())
        return {};
    switch (text.front().unicode()) {
    case u'明':
        return {Era::Meiji};
    case u'大':
        return {Era::Taisho};
    case u'昭':
        return {Era::Showa};
    case u'平':
        return {Era::Heisei};
    case u'令':
        return {Era::Reiwa};
    default:
        break;
    }
    switch (text.back().unicode()) {
    case u'治':
        return {Era::Meiji};
    case u'正':
        return {Era::Taisho};
    case u'成':
        return {Era::Heisei};
    case u'和':
        return {Era::Showa, Era::Reiwa};
    default:
        return {};
    }
}

struct BirthField
{
    EraDate era;
    QDate date;
};

// 年 without its top stroke is 午, and blur takes that stroke off now and
// then; 午 has no place between the digits of a date.
std::optional<BirthField> parseBirth(const QString &line, QDate today)
{
    static const QRegularExpression pattern(
        u"([明大昭平令]?[治正和成]?)(元|[0-9OolI|]{1,2})[年午]([0-9OolI|]{1,2})月([0-9OolI|]{1,2})日"_s);
    const QRegularExpressionMatch m = pattern.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    // An expiry line has a 4-digit year; its last two digits would match too.
    if (m.capturedStart(2) > 0 && line.at(m.capturedStart(2) - 1).isDigit())
        return std::nullopt;
    const int year = m.captured(2) == u"元"_s ? 1 : digitsOnly(m.captured(2)).toInt();
    std::optional<BirthField> birth;
    for (Era era : erasFromText(m.capturedView(1))) {
        const EraDate eraDate{era, year, digitsOnly(m.captured(3)).toInt(), digitsOnly(m.captured(4)).toInt()};
        const Result<QDate> date = JapaneseEra::toGregorian(eraDate);
        if (!date || date.value() > today)
            continue;
        // Two eras that both make a real date: the era is not read.
        if (birth)
            return std::nullopt;
        birth = BirthField{eraDate, date.value()};
    }
    return birth;
}

struct ExpiryField
{
    int year = 0;
    int month = 0; // 0 when the model dropped it
    int day = 0;
};

std::optional<ExpiryField> parseExpiry(const QString &line, QDate today)
{
    // Only the year goes into 照合番号B: a month or day digit the model
    // dropped does not make the line unreadable, but the shape must be there.
    static const QRegularExpression pattern(u"(?<![0-9])([0-9OolI|]{4})[年午](.{0,3})月(.{0,3})日"_s);
    const QRegularExpressionMatch m = pattern.match(line);
    if (!m.hasMatch() || line.contains(u'生'))
        return std::nullopt;
    const int year = digitsOnly(m.captured(1)).toInt();
    const QString month = digitsOnly(m.captured(2));
    const QString day = digitsOnly(m.captured(3));
    if (month.size() > 2 || day.size() > 2 || (!month.isEmpty() && (month.toInt() < 1 || month.toInt() > 12))
        || (!day.isEmpty() && (day.toInt() < 1 || day.toInt() > 31)))
        return std::nullopt;
    // Cards exist since 2016; the longest validity is ten years plus a birthday.
    if (year < 2015 || year > today.year() + 11)
        return std::nullopt;
    return ExpiryField{year, month.toInt(), day.toInt()};
}

} // namespace

struct CardFaceReader::Engines
{
    tesseract::TessBaseAPI japanese;
    tesseract::TessBaseAPI digits;

    ~Engines()
    {
        japanese.End();
        digits.End();
    }

    QString recognise(tesseract::TessBaseAPI &engine, const cv::Mat &line, int *confidence = nullptr)
    {
        engine.SetImage(line.data, line.cols, line.rows, 1, int(line.step));
        engine.SetSourceResolution(300);
        std::unique_ptr<char[]> text(engine.GetUTF8Text());
        if (confidence)
            *confidence = engine.MeanTextConf();
        return text ? QString::fromUtf8(text.get()) : QString();
    }
};

void CardFaceReading::wipe()
{
    birth = EraDate();
    birthDate = QDate();
    wipeString(birth6);
    wipeString(expiry4);
    wipeString(code4);
    collation.wipe();
}

CardFaceReader::CardFaceReader(std::unique_ptr<Engines> engines, const Options &options)
    : m_engines(std::move(engines))
    , m_options(options)
{
}

CardFaceReader::~CardFaceReader() = default;

Result<std::unique_ptr<CardFaceReader>> CardFaceReader::create()
{
    return create(Options());
}

Result<std::unique_ptr<CardFaceReader>> CardFaceReader::create(const Options &options)
{
    auto engines = std::make_unique<Engines>();
    const QByteArray path = options.tessdataPath.toLocal8Bit();
    // Dictionaries only hurt dates and digits; not loading them also makes Init faster.
    std::vector<std::string> names{"load_system_dawg", "load_freq_dawg", "load_punc_dawg", "load_number_dawg",
                                   "load_unambig_dawg", "load_bigram_dawg"};
    std::vector<std::string> values(names.size(), "0");
    if (engines->japanese.Init(path.constData(), "jpn", tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values, false)
        != 0)
        return Error(ErrorCode::OcrEngineUnavailable, u"jpn in "_s + options.tessdataPath);
    if (engines->digits.Init(path.constData(), "eng", tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values, false)
        != 0)
        return Error(ErrorCode::OcrEngineUnavailable, u"eng in "_s + options.tessdataPath);
    for (tesseract::TessBaseAPI *engine : {&engines->japanese, &engines->digits}) {
        engine->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
        engine->SetVariable("debug_file", "/dev/null");
        // Tesseract 5 reads low-confidence lines a second time inverted (white
        // on black); card print is never inverted, and that doubles the time.
        engine->SetVariable("tessedit_do_invert", "0");
    }
    engines->digits.SetVariable("tessedit_char_whitelist", "0123456789");
    return std::unique_ptr<CardFaceReader>(new CardFaceReader(std::move(engines), options));
}

CardReadFailure CardFaceReader::failureOf(const Error &error)
{
    switch (error.code()) {
    case ErrorCode::None:
        return CardReadFailure::None;
    case ErrorCode::NotMyNumberCard:
        return CardReadFailure::NotMyNumberCard;
    default:
        return CardReadFailure::Unreadable;
    }
}

namespace {

// The second look at a line the first reading left in doubt: smaller and
// binarised, which changes what the model gets wrong. Stretched is wider
// only: the model merges two equal digits ("11", "22") into one when they
// take few of its time steps, and stretching gives each digit more of them.
enum class Rendering { Primary, Alternate, Stretched };

// A line cut out of the flattened card, scaled to the height Tesseract likes,
// with a white margin (LSTM misreads glyphs that touch the border).
cv::Mat lineImage(const cv::Mat &flat, cv::Rect box, Rendering rendering = Rendering::Primary)
{
    const int pad = std::max(3, box.height / 5);
    box.x -= pad;
    box.y -= pad;
    box.width += 2 * pad;
    box.height += 2 * pad;
    box &= cv::Rect(0, 0, flat.cols, flat.rows);
    cv::Mat crop;
    const int height = rendering == Rendering::Primary ? OcrLineHeight : OcrLineHeight * 3 / 4;
    const double scale = double(height) / std::max(1, box.height);
    const double widen = rendering == Rendering::Stretched ? 1.2 : 1.0;
    cv::resize(flat(box), crop, cv::Size(), scale * widen, scale, scale > 1 ? cv::INTER_CUBIC : cv::INTER_AREA);
    if (rendering == Rendering::Alternate)
        cv::threshold(crop, crop, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::Mat padded;
    cv::copyMakeBorder(crop, padded, 8, 8, 12, 12, cv::BORDER_CONSTANT, cv::Scalar(255));
    return padded;
}

struct Fields
{
    std::optional<BirthField> birth;
    cv::Rect birthLine;
    int birthConfidence = 0;
    std::optional<ExpiryField> expiry;
    QString code;

    ~Fields() { wipeString(code); }

    int count() const { return int(bool(birth)) + int(bool(expiry)) + int(!code.isEmpty()); }
    bool complete() const { return count() == 3; }
};

// How a second reading of a date differs from the first in its digits:
// nowhere else than by digits the first lacks, given back either where the
// model merged two equal ones ("22" for "2") or anywhere ("10" for "1").
enum class DigitsRestored { None, Merged, Dropped };

DigitsRestored digitsRestored(const EraDate &second, const EraDate &first)
{
    const auto unmerged = [](const QString &digits) {
        QString out;
        for (QChar c : digits) {
            if (out.isEmpty() || out.back() != c)
                out += c;
        }
        return out;
    };
    const auto within = [](const QString &shorter, const QString &longer) {
        qsizetype at = 0;
        for (QChar c : longer) {
            if (at < shorter.size() && shorter.at(at) == c)
                ++at;
        }
        return at == shorter.size();
    };
    if (!(second.era == first.era))
        return DigitsRestored::None;
    DigitsRestored restored = DigitsRestored::None;
    for (const auto &[s, f] : {std::pair{second.year, first.year}, std::pair{second.month, first.month},
                               std::pair{second.day, first.day}}) {
        const QString longer = QString::number(s);
        const QString shorter = QString::number(f);
        if (longer == shorter)
            continue;
        if (longer.size() <= shorter.size() || !within(shorter, longer))
            return DigitsRestored::None;
        if (restored != DigitsRestored::Dropped)
            restored = unmerged(longer) == unmerged(shorter) ? DigitsRestored::Merged : DigitsRestored::Dropped;
    }
    return restored;
}

bool looksLikeDate(const QString &text)
{
    return text.contains(u'年') || text.contains(u'月') || text.contains(u'日');
}

// One card, one core. OpenCV's pool can be resized at any time, but the
// OpenMP runtime under Tesseract's LSTM reads OMP_THREAD_LIMIT once, when it
// is loaded with Tesseract before main(), so setting the variable here would
// change nothing. Instead the calling thread's parallel regions are switched
// off (max-active-levels is a per-thread setting), through the runtime
// Tesseract loaded; without it, idle OpenMP workers spin on a second core.
void useOneCore()
{
    cv::setNumThreads(1);
    using SetMaxActiveLevels = void (*)(int);
    static const auto setMaxActiveLevels
        = reinterpret_cast<SetMaxActiveLevels>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
    if (setMaxActiveLevels)
        setMaxActiveLevels(0);
}

} // namespace

Result<CardFaceReading> CardFaceReader::read(const QImage &frame)
{
    if (frame.isNull() || frame.width() < 160 || frame.height() < 100)
        return Error(ErrorCode::CardImageInvalid, u"empty or tiny frame"_s);
    const QDate today = m_options.today.isValid() ? m_options.today : QDate::currentDate();
    useOneCore();
    try {
        const QImage grey = frame.convertToFormat(QImage::Format_Grayscale8);
        const cv::Mat view(grey.height(), grey.width(), CV_8UC1, const_cast<uchar *>(grey.constBits()),
                           size_t(grey.bytesPerLine()));
        const double shrink = double(SearchSize) / std::max(view.cols, view.rows);
        cv::Mat small;
        cv::resize(view, small, cv::Size(), std::min(1.0, shrink), std::min(1.0, shrink), cv::INTER_AREA);
        const double back = double(view.cols) / small.cols;

        const Located located = locateCard(small);
        std::array<cv::Point2f, 4> corners;
        if (located.card) {
            for (size_t i = 0; i < 4; ++i)
                corners[i] = located.card->corners[i] * float(back);
        } else if (located.otherShape) {
            return Error(ErrorCode::NotMyNumberCard, u"object of other proportions than ID-1"_s);
        } else {
            // No outline: a frame filled by the card itself (a scan) reads as is.
            const double aspect = double(view.cols) / view.rows;
            if (aspect < 1.4 || aspect > 1.8)
                return Error(ErrorCode::CardUnreadable, u"no card in the frame"_s);
            corners = {cv::Point2f(0, 0), cv::Point2f(float(view.cols), 0),
                       cv::Point2f(float(view.cols), float(view.rows)), cv::Point2f(0, float(view.rows))};
        }

        Fields fields;
        // Upright first, then upright with the second ink settings for what is
        // still missing; only a frame where nothing at all was found is read
        // turned half round (a card put in upside down).
        struct Attempt
        {
            bool turned;
            InkSettings ink;
        };
        struct Rectified
        {
            bool turned;
            cv::Mat flat;
            std::optional<cv::Rect> photo;
        };
        std::optional<Rectified> rectified;
        for (const Attempt &attempt : {Attempt{false, FirstLook}, Attempt{false, SecondLook}, Attempt{true, FirstLook}}) {
            if (fields.complete() || (attempt.turned && fields.count() > 0))
                break;
            // Both upright looks share one rectified card.
            if (!rectified || rectified->turned != attempt.turned) {
                std::array<cv::Point2f, 4> from = corners;
                if (attempt.turned)
                    std::rotate(from.begin(), from.begin() + 2, from.end());
                const std::array<cv::Point2f, 4> to{cv::Point2f(0, 0), cv::Point2f(CardWidth, 0),
                                                    cv::Point2f(CardWidth, CardHeight), cv::Point2f(0, CardHeight)};
                const cv::Mat homography = cv::getPerspectiveTransform(from.data(), to.data());
                cv::Mat card;
                cv::warpPerspective(view, card, homography, cv::Size(CardWidth, CardHeight), cv::INTER_LINEAR,
                                    cv::BORDER_REPLICATE);
                cv::Mat background;
                cv::Mat flat = flatten(card, background);
                rectified = Rectified{attempt.turned, std::move(flat), findPhoto(background)};
            }
            const cv::Mat &flat = rectified->flat;
            Layout layout = findLayout(flat, rectified->photo, attempt.ink);

            // Bottom up: on the card layouts in use the fields sit in the lower
            // half, so the search usually ends early. Every line is still a
            // candidate for every field.
            std::sort(layout.lines.begin(), layout.lines.end(),
                      [](const TextLine &a, const TextLine &b) { return a.box.y > b.box.y; });

            // What earlier attempts read stays read.
            Fields found;
            found.birth = fields.birth;
            found.expiry = fields.expiry;
            found.code = fields.code;
            const bool birthKnown = bool(found.birth);
            const auto readJapanese = [&](const cv::Rect &r, Rendering rendering, int *confidence) {
                return normalised(
                    m_engines->recognise(m_engines->japanese, lineImage(layout.withoutRules, r, rendering), confidence));
            };
            for (const TextLine &line : layout.lines) {
                const cv::Rect &r = line.box;
                const bool underPhoto = layout.photo && r.y >= layout.photo->y + layout.photo->height * 0.8
                    && r.x + r.width / 2 >= layout.photo->x && r.x + r.width / 2 <= layout.photo->x + layout.photo->width;
                const bool codeShaped = r.width <= r.height * 6.5 && r.width >= r.height * 1.2;
                const bool rightHalf = r.x + r.width / 2 > CardWidth / 2;
                // On the second look the photo found may be wrong: any short
                // line on the right may be the code.
                const bool codePlace = underPhoto
                    || ((!layout.photo || attempt.ink.threshold != FirstLook.threshold) && rightHalf);
                if (found.code.isEmpty() && codeShaped && codePlace) {
                    // Kanji forced through the digit whitelist come out as digits
                    // too, but with low confidence, and seldom the same four in
                    // two renderings. Only a line right under the photo is worth
                    // a second look.
                    QString previous;
                    for (Rendering rendering : {Rendering::Primary, Rendering::Alternate}) {
                        int confidence = 0;
                        QString digits = normalised(
                            m_engines->recognise(m_engines->digits, lineImage(flat, r, rendering), &confidence));
                        if (digits.size() == 4 && (confidence >= MinCodeConfidence || digits == previous)) {
                            found.code = std::move(digits);
                            break;
                        }
                        if (!underPhoto)
                            break;
                        wipeString(previous);
                        previous = std::move(digits);
                    }
                    wipeString(previous);
                    if (!found.code.isEmpty())
                        continue;
                }
                // A date line holds at least six full-width characters and four
                // digits; shorter lines (labels, 性別, names of a few kanji) are
                // not worth the Japanese model's time.
                if (r.width < r.height * 6 || (found.birth && found.expiry))
                    continue;
                for (Rendering rendering : {Rendering::Primary, Rendering::Alternate, Rendering::Stretched}) {
                    int confidence = 0;
                    const QString text = readJapanese(r, rendering, &confidence);
                    bool parsed = false;
                    if (!found.birth) {
                        if ((found.birth = parseBirth(text, today))) {
                            found.birthLine = r;
                            found.birthConfidence = confidence;
                            parsed = true;
                        }
                    }
                    // An expiry line read before is still no birth line to look at again.
                    if (!parsed) {
                        const std::optional<ExpiryField> expiry = parseExpiry(text, today);
                        if (expiry && !found.expiry)
                            found.expiry = expiry;
                        parsed = bool(expiry);
                    }
                    if (parsed || !looksLikeDate(text))
                        break;
                }
                if (found.complete())
                    break;
            }
            // The model's commonest slip on dates is a dropped digit (a doubled
            // "11" read as "1"), which still parses. The birth line gets a
            // second look, stretched; the reading that agrees with the expiry's
            // month and day (a card expires on its holder's birthday) wins, else
            // the one that gives a merged digit back, or a dropped one with no
            // less confidence.
            if (found.birth && !birthKnown) {
                // A stretched look that does not parse may still have seen a
                // digit the first did not ("昭和e2年" for 昭和62年): the
                // binarised look is asked then.
                int confidence = 0;
                std::optional<BirthField> second;
                for (Rendering rendering : {Rendering::Stretched, Rendering::Alternate}) {
                    if ((second = parseBirth(readJapanese(found.birthLine, rendering, &confidence), today)))
                        break;
                }
                if (second && !(second->era == found.birth->era)) {
                    const auto agrees = [&found](const BirthField &b) {
                        return found.expiry && b.era.month == found.expiry->month && b.era.day == found.expiry->day;
                    };
                    if (agrees(*second) != agrees(*found.birth)) {
                        if (agrees(*second))
                            found.birth = second;
                    } else {
                        const DigitsRestored restored = digitsRestored(second->era, found.birth->era);
                        if (restored == DigitsRestored::Merged
                            || (restored == DigitsRestored::Dropped && confidence >= found.birthConfidence))
                            found.birth = second;
                    }
                }
            }
            if (!fields.birth && found.birth)
                fields.birth = found.birth;
            if (!fields.expiry && found.expiry)
                fields.expiry = found.expiry;
            if (fields.code.isEmpty() && !found.code.isEmpty())
                fields.code = std::exchange(found.code, QString());
        }

        // A card expires on its holder's birthday: a birth month or day of
        // which the model merged or dropped a digit shows whole in the expiry.
        if (fields.birth && fields.expiry && fields.expiry->month > 0 && fields.expiry->day > 0) {
            EraDate birthday = fields.birth->era;
            birthday.month = fields.expiry->month;
            birthday.day = fields.expiry->day;
            const Result<QDate> date = JapaneseEra::toGregorian(birthday);
            if (digitsRestored(birthday, fields.birth->era) != DigitsRestored::None && date && date.value() <= today)
                fields.birth = BirthField{birthday, date.value()};
        }

        if (!fields.complete()) {
            QStringList missing;
            if (!fields.birth)
                missing << u"birth date"_s;
            if (!fields.expiry)
                missing << u"expiry"_s;
            if (fields.code.isEmpty())
                missing << u"security code"_s;
            return Error(ErrorCode::CardUnreadable, u"not read: "_s + missing.join(u", "_s));
        }
        CardFaceReading reading;
        reading.birth = fields.birth->era;
        reading.birthDate = fields.birth->date;
        reading.birth6 = JapaneseEra::birth6(fields.birth->era);
        reading.expiry4 = QString::number(fields.expiry->year);
        reading.code4 = fields.code;
        wipeString(fields.code);
        Result<CollationNumberB> collation = CollationNumberB::fromParts(reading.birth6, reading.expiry4, reading.code4);
        if (!collation)
            return Error(ErrorCode::CardUnreadable, collation.error().detail());
        reading.collation = std::move(collation.value());
        return reading;
    } catch (const cv::Exception &e) {
        return Error(ErrorCode::CardUnreadable, u"image processing: "_s + QString::fromUtf8(e.what()));
    } catch (const std::bad_alloc &) {
        return Error(ErrorCode::CardImageInvalid, u"frame too large"_s);
    }
}

} // namespace ReaderStack
