// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/ocr/cardfacereader.h"

#include <QRegularExpression>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <tesseract/baseapi.h>

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
cv::Mat flatten(const cv::Mat &card)
{
    cv::Mat background;
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

Layout findLayout(const cv::Mat &flat, InkSettings settings)
{
    Layout layout;
    cv::Mat ink;
    cv::threshold(flat, ink, settings.threshold, 255, cv::THRESH_BINARY_INV);
    // The photo: where ink forms solid blobs no glyph is that large (hair,
    // clothes, a face's shadows). Their joint bounding box stands for it.
    // Found before the rules are taken out, which would cut such blobs up.
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int count = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    std::optional<cv::Rect> photo;
    for (int i = 1; i < count; ++i) {
        const cv::Rect r(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                         stats.at<int>(i, cv::CC_STAT_WIDTH), stats.at<int>(i, cv::CC_STAT_HEIGHT));
        const double fill = double(stats.at<int>(i, cv::CC_STAT_AREA)) / std::max(1, r.area());
        // What touches the edge is tray showing past a rounded corner.
        const bool atEdge = r.x <= 3 || r.y <= 3 || r.x + r.width >= CardWidth - 3 || r.y + r.height >= CardHeight - 3;
        if ((r.width > 60 || r.height > 60) && fill > 0.35 && !atEdge) {
            photo = photo ? (*photo | r) : r;
            // Erase it so it forms no text line.
            ink(r).setTo(0, labels(r) == i);
        }
    }
    if (photo && photo->height >= CardHeight / 8 && photo->width >= CardWidth / 10)
        layout.photo = photo;

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

std::optional<Era> eraFromText(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    switch (text.at(0).unicode()) {
    case u'明':
        return Era::Meiji;
    case u'大':
        return Era::Taisho;
    case u'昭':
        return Era::Showa;
    case u'平':
        return Era::Heisei;
    case u'令':
        return Era::Reiwa;
    default:
        break;
    }
    if (text.size() >= 2) {
        switch (text.at(1).unicode()) {
        case u'治':
            return Era::Meiji;
        case u'正':
            return Era::Taisho;
        case u'成':
            return Era::Heisei;
        default:
            break;
        }
    }
    return std::nullopt;
}

struct BirthField
{
    EraDate era;
    QDate date;
};

std::optional<BirthField> parseBirth(const QString &line, QDate today)
{
    static const QRegularExpression pattern(
        u"([明大昭平令]?[治正和成]?)(元|[0-9OolI|]{1,2})年([0-9OolI|]{1,2})月([0-9OolI|]{1,2})日"_s);
    const QRegularExpressionMatch m = pattern.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    // An expiry line has a 4-digit year; its last two digits would match too.
    if (m.capturedStart(2) > 0 && line.at(m.capturedStart(2) - 1).isDigit())
        return std::nullopt;
    const std::optional<Era> era = eraFromText(m.capturedView(1));
    if (!era)
        return std::nullopt;
    const int year = m.captured(2) == u"元"_s ? 1 : digitsOnly(m.captured(2)).toInt();
    const EraDate eraDate{*era, year, digitsOnly(m.captured(3)).toInt(), digitsOnly(m.captured(4)).toInt()};
    const Result<QDate> date = JapaneseEra::toGregorian(eraDate);
    if (!date || date.value() > today)
        return std::nullopt;
    return BirthField{eraDate, date.value()};
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
    static const QRegularExpression pattern(u"(?<![0-9])([0-9OolI|]{4})年(.{0,3})月(.{0,3})日"_s);
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
// binarised, which changes what the model gets wrong.
enum class Rendering { Primary, Alternate };

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
    cv::resize(flat(box), crop, cv::Size(), scale, scale, scale > 1 ? cv::INTER_CUBIC : cv::INTER_AREA);
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
    std::optional<ExpiryField> expiry;
    QString code;

    ~Fields() { wipeString(code); }

    int count() const { return int(bool(birth)) + int(bool(expiry)) + int(!code.isEmpty()); }
    bool complete() const { return count() == 3; }
};

bool looksLikeDate(const QString &text)
{
    return text.contains(u'年') || text.contains(u'月') || text.contains(u'日');
}

} // namespace

Result<CardFaceReading> CardFaceReader::read(const QImage &frame)
{
    if (frame.isNull() || frame.width() < 160 || frame.height() < 100)
        return Error(ErrorCode::CardImageInvalid, u"empty or tiny frame"_s);
    const QDate today = m_options.today.isValid() ? m_options.today : QDate::currentDate();
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
        for (const Attempt &attempt : {Attempt{false, FirstLook}, Attempt{false, SecondLook}, Attempt{true, FirstLook}}) {
            if (fields.complete() || (attempt.turned && fields.count() > 0))
                break;
            std::array<cv::Point2f, 4> from = corners;
            if (attempt.turned)
                std::rotate(from.begin(), from.begin() + 2, from.end());
            const std::array<cv::Point2f, 4> to{cv::Point2f(0, 0), cv::Point2f(CardWidth, 0),
                                                cv::Point2f(CardWidth, CardHeight), cv::Point2f(0, CardHeight)};
            const cv::Mat homography = cv::getPerspectiveTransform(from.data(), to.data());
            cv::Mat card;
            cv::warpPerspective(view, card, homography, cv::Size(CardWidth, CardHeight), cv::INTER_LINEAR,
                                cv::BORDER_REPLICATE);
            const cv::Mat flat = flatten(card);
            Layout layout = findLayout(flat, attempt.ink);

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
            const auto readJapanese = [&](const cv::Rect &r, Rendering rendering) {
                return normalised(m_engines->recognise(m_engines->japanese, lineImage(flat, r, rendering)));
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
                    // too, but with low confidence. Only a line right under the
                    // photo is worth a second look.
                    for (Rendering rendering : {Rendering::Primary, Rendering::Alternate}) {
                        int confidence = 0;
                        const QString digits = normalised(
                            m_engines->recognise(m_engines->digits, lineImage(flat, r, rendering), &confidence));
                        if (digits.size() == 4 && confidence >= MinCodeConfidence) {
                            found.code = digits;
                            break;
                        }
                        if (!underPhoto)
                            break;
                    }
                    if (!found.code.isEmpty())
                        continue;
                }
                // A date line holds at least six full-width characters and four
                // digits; shorter lines (labels, 性別, names of a few kanji) are
                // not worth the Japanese model's time.
                if (r.width < r.height * 6 || (found.birth && found.expiry))
                    continue;
                for (Rendering rendering : {Rendering::Primary, Rendering::Alternate}) {
                    const QString text = readJapanese(r, rendering);
                    bool parsed = false;
                    if (!found.birth) {
                        if ((found.birth = parseBirth(text, today))) {
                            found.birthLine = r;
                            parsed = true;
                        }
                    }
                    if (!parsed && !found.expiry)
                        parsed = bool(found.expiry = parseExpiry(text, today));
                    if (parsed || !looksLikeDate(text))
                        break;
                }
                if (found.complete())
                    break;
            }
            // The model's commonest slip on dates is a dropped digit (a doubled
            // "11" read as "1"), which still parses. The birth line gets a
            // second look; the reading that agrees with the expiry's month and
            // day (a card expires on its holder's birthday) wins, else the one
            // with more digits.
            if (found.birth && !birthKnown) {
                const std::optional<BirthField> second
                    = parseBirth(readJapanese(found.birthLine, Rendering::Alternate), today);
                if (second && !(second->era == found.birth->era)) {
                    const auto agrees = [&found](const BirthField &b) {
                        return found.expiry && b.era.month == found.expiry->month && b.era.day == found.expiry->day;
                    };
                    const auto digitCount = [](const BirthField &b) {
                        return QString::number(b.era.year).size() + QString::number(b.era.month).size()
                            + QString::number(b.era.day).size();
                    };
                    if (agrees(*second) != agrees(*found.birth)) {
                        if (agrees(*second))
                            found.birth = second;
                    } else if (digitCount(*second) > digitCount(*found.birth)) {
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
