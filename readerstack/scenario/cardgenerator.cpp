// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/scenario/cardgenerator.h"

#include "readerstack/card/japaneseera.h"

#include <QFont>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <array>
#include <cmath>
#include <vector>

namespace ReaderStack {

using namespace Qt::StringLiterals;

namespace {

// splitmix64: tiny, and unlike the std distributions it gives the same
// numbers with every standard library.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // [0, 1)
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
    // [lo, hi]
    int range(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); }
    bool chance(double p) { return unit() < p; }
    template<typename T>
    const T &pick(const std::vector<T> &items) { return items[size_t(range(0, int(items.size()) - 1))]; }

private:
    quint64 m_state;
};

const std::vector<QString> &familyNames()
{
    static const std::vector<QString> names{u"佐藤"_s, u"鈴木"_s, u"高橋"_s, u"田中"_s, u"伊藤"_s, u"渡辺"_s,
                                            u"山本"_s, u"中村"_s, u"小林"_s, u"加藤"_s, u"吉田"_s, u"山田"_s,
                                            u"佐々木"_s, u"松本"_s, u"井上"_s, u"木村"_s, u"林"_s, u"清水"_s,
                                            u"番号"_s, u"長谷川"_s};
    return names;
}

const std::vector<QString> &maleNames()
{
    static const std::vector<QString> names{u"太郎"_s, u"健一"_s, u"大輔"_s, u"翔太"_s, u"誠"_s,
                                            u"浩二"_s, u"蓮"_s,   u"悠真"_s, u"一郎"_s, u"修"_s};
    return names;
}

const std::vector<QString> &femaleNames()
{
    static const std::vector<QString> names{u"花子"_s, u"陽子"_s, u"美咲"_s, u"さくら"_s, u"由美"_s,
                                            u"恵子"_s, u"結衣"_s, u"陽菜"_s, u"和子"_s,   u"千尋"_s};
    return names;
}

struct Place
{
    QString prefecture;
    QString city;
    QString mayor; // the issuing 市区町村長
};

const std::vector<Place> &places()
{
    static const std::vector<Place> list{
        {u"東京都"_s, u"千代田区"_s, u"千代田区長"_s}, {u"東京都"_s, u"世田谷区"_s, u"世田谷区長"_s},
        {u"神奈川県"_s, u"横浜市中区"_s, u"横浜市長"_s}, {u"大阪府"_s, u"大阪市北区"_s, u"大阪市長"_s},
        {u"愛知県"_s, u"名古屋市中村区"_s, u"名古屋市長"_s}, {u"北海道"_s, u"札幌市中央区"_s, u"札幌市長"_s},
        {u"福岡県"_s, u"福岡市博多区"_s, u"福岡市長"_s}, {u"宮城県"_s, u"仙台市青葉区"_s, u"仙台市長"_s},
        {u"京都府"_s, u"京都市左京区"_s, u"京都市長"_s}, {u"長野県"_s, u"松本市"_s, u"松本市長"_s},
        {u"沖縄県"_s, u"那覇市"_s, u"那覇市長"_s}, {u"埼玉県"_s, u"川越市"_s, u"川越市長"_s},
    };
    return list;
}

const std::vector<QString> &towns()
{
    static const std::vector<QString> list{u"霞が関"_s, u"本町"_s,   u"栄町"_s,   u"旭町"_s, u"緑ケ丘"_s,
                                           u"中央"_s,   u"桜木町"_s, u"若葉台"_s, u"東町"_s, u"大手町"_s};
    return list;
}

// Era boundaries the benchmark should meet now and then, not once in 10^4.
const std::vector<QDate> &boundaryBirthDates()
{
    static const std::vector<QDate> list{QDate(1926, 12, 24), QDate(1926, 12, 25), QDate(1989, 1, 7),
                                         QDate(1989, 1, 8),   QDate(2019, 4, 30),  QDate(2019, 5, 1),
                                         QDate(1989, 12, 31), QDate(2000, 2, 29)};
    return list;
}

QString digits(Random &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + random.range(0, 9));
    return text;
}

QString toFullWidth(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c >= u'0' && c <= u'9')
            c = QChar(0xFF10 + (c.unicode() - u'0'));
    }
    return out;
}

CardHolder makeHolder(Random &random, const Place &place)
{
    CardHolder holder;
    const bool female = random.chance(0.5);
    holder.sex = female ? u"女"_s : u"男"_s;
    holder.name = random.pick(familyNames()) + u'　' + random.pick(female ? femaleNames() : maleNames());
    if (random.chance(0.06)) {
        holder.birthDate = random.pick(boundaryBirthDates());
    } else {
        const QDate first(1920, 1, 1);
        holder.birthDate = first.addDays(random.range(0, int(first.daysTo(QDate(2022, 12, 31)))));
    }
    // Valid until the holder's birthday in the expiry year.
    const int expiryYear = random.range(2025, 2036);
    holder.expiryDate = QDate(expiryYear, holder.birthDate.month(), holder.birthDate.day());
    if (!holder.expiryDate.isValid())
        holder.expiryDate = QDate(expiryYear, 2, 28);
    holder.securityCode = digits(random, 4);
    holder.pin = digits(random, 4);
    holder.address = place.prefecture + place.city + random.pick(towns()) + QString::number(random.range(1, 9))
        + u"丁目"_s + QString::number(random.range(1, 30)) + u"番地"_s + QString::number(random.range(1, 20));
    return holder;
}

QFont cardFont(const QString &family, double pixelSize, bool bold = false)
{
    QFont font(family);
    font.setPixelSize(qMax(8, int(std::lround(pixelSize))));
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

QImage drawFace(Random &random, QSize size)
{
    QImage photo(size, QImage::Format_RGB32);
    QPainter p(&photo);
    p.setRenderHint(QPainter::Antialiasing);
    const int w = size.width();
    const int h = size.height();
    const QColor backdrop = QColor::fromHsv(random.range(190, 220), random.range(20, 60), random.range(200, 240));
    p.fillRect(photo.rect(), backdrop);
    const QColor skin = QColor::fromHsv(random.range(18, 30), random.range(60, 110), random.range(170, 235));
    const QColor hair = QColor::fromHsv(random.range(0, 30), random.range(30, 120), random.range(20, 90));
    const QColor clothes = QColor::fromHsv(random.range(0, 359), random.range(40, 160), random.range(40, 140));
    // Shoulders, neck, head, hair.
    p.setPen(Qt::NoPen);
    p.setBrush(clothes);
    p.drawEllipse(QRectF(-0.1 * w, 0.78 * h, 1.2 * w, 0.5 * h));
    p.setBrush(skin.darker(108));
    p.drawRect(QRectF(0.4 * w, 0.62 * h, 0.2 * w, 0.2 * h));
    const QRectF head(w * random.uniform(0.22, 0.28), h * random.uniform(0.16, 0.22), w * random.uniform(0.44, 0.54),
                      h * random.uniform(0.5, 0.56));
    p.setBrush(hair);
    p.drawEllipse(head.adjusted(-0.04 * w, -0.05 * h, 0.04 * w, -0.2 * h));
    p.setBrush(skin);
    p.drawEllipse(head);
    // Eyes, nose and mouth.
    const double eyeY = head.top() + head.height() * 0.45;
    p.setBrush(QColor(40, 30, 30));
    for (double side : {0.32, 0.68})
        p.drawEllipse(QPointF(head.left() + head.width() * side, eyeY), w * 0.035, h * 0.016);
    p.setPen(QPen(skin.darker(140), 2));
    p.setBrush(Qt::NoBrush);
    p.drawLine(QPointF(head.center().x(), eyeY + h * 0.04), QPointF(head.center().x() - w * 0.02, eyeY + h * 0.11));
    p.setPen(QPen(QColor(150, 60, 60), 3));
    p.drawArc(QRectF(head.center().x() - w * 0.08, eyeY + h * 0.12, w * 0.16, h * 0.06), 200 * 16, 140 * 16);
    return photo;
}

// The flat card face, printed with what the holder's chip holds.
QImage drawCardFace(Random &random, const CardHolder &holder, const Place &place, const QImage &photo,
                    const QString &family)
{
    const QSize size = CardGenerator::CardSize;
    QImage card(size, QImage::Format_RGB32);
    QPainter p(&card);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);

    // Pale printed background with a faint guilloche.
    QLinearGradient ground(0, 0, size.width(), size.height());
    const int hue = random.range(320, 370) % 360;
    ground.setColorAt(0, QColor::fromHsv(hue, random.range(8, 25), 250));
    ground.setColorAt(1, QColor::fromHsv((hue + 30) % 360, random.range(10, 30), 240));
    p.fillRect(card.rect(), ground);
    p.setPen(QPen(QColor::fromHsv(hue, 40, 225), 1));
    const double waveStep = random.uniform(14, 22);
    for (double y = -40; y < size.height() + 40; y += waveStep) {
        QPainterPath wave;
        wave.moveTo(0, y);
        for (int x = 0; x <= size.width(); x += 16)
            wave.lineTo(x, y + 6 * std::sin((x + y) / 40.0));
        p.drawPath(wave);
    }

    const auto jitter = [&random](double amount) { return random.uniform(-amount, amount); };
    const QColor ink = QColor::fromHsv(random.range(0, 359), random.range(0, 40), random.range(10, 45));
    const QColor labelInk = ink.lighter(180);
    const double scale = random.uniform(0.92, 1.08);

    // Photo on the right, the security code under it.
    const QSizeF photoSize(random.uniform(190, 215), random.uniform(240, 265));
    const QRectF photoRect(size.width() - photoSize.width() - random.uniform(34, 56), random.uniform(96, 122),
                           photoSize.width(), photoSize.height());
    p.drawImage(photoRect, photo);

    p.setPen(ink);
    p.setFont(cardFont(family, 22 * scale, true));
    p.drawText(QPointF(photoRect.left() + jitter(8), 58 + jitter(6)), u"個人番号カード"_s);

    const double left = 34 + jitter(8);
    const double valueLeft = left + random.uniform(70, 90);
    // 氏名
    p.setPen(labelInk);
    p.setFont(cardFont(family, 18 * scale));
    double y = 128 + jitter(8);
    p.drawText(QPointF(left, y), u"氏名"_s);
    p.setPen(ink);
    p.setFont(cardFont(family, 36 * scale, random.chance(0.5)));
    p.drawText(QPointF(valueLeft, y + 4), holder.name);
    // 住所, in two lines when long.
    y += random.uniform(58, 70);
    p.setPen(labelInk);
    p.setFont(cardFont(family, 18 * scale));
    p.drawText(QPointF(left, y), u"住所"_s);
    p.setPen(ink);
    p.setFont(cardFont(family, 25 * scale));
    const QString address = holder.address;
    const qsizetype split = place.prefecture.size() + place.city.size();
    p.drawText(QPointF(valueLeft, y), address.left(split));
    p.drawText(QPointF(valueLeft, y + 34 * scale), address.mid(split));

    // Birth date in the era form, sex beside it.
    DeviceLink::Result<EraDate> era = JapaneseEra::fromGregorian(holder.birthDate);
    Q_ASSERT(era.ok());
    QString birthText = JapaneseEra::cardText(era.value()) + u'生';
    const bool fullWidth = random.chance(0.3);
    if (fullWidth)
        birthText = toFullWidth(birthText);
    y += random.uniform(100, 118);
    p.setFont(cardFont(family, 27 * scale));
    p.drawText(QPointF(valueLeft + jitter(20), y), birthText);
    const double sexX = photoRect.left() - random.uniform(95, 125);
    p.setPen(labelInk);
    p.setFont(cardFont(family, 18 * scale));
    p.drawText(QPointF(sexX, y), u"性別"_s);
    p.setPen(ink);
    p.setFont(cardFont(family, 27 * scale));
    p.drawText(QPointF(sexX + 44 * scale, y), holder.sex);

    // Expiry in a tinted box.
    y += random.uniform(58, 72);
    QString expiryText = QString::number(holder.expiryDate.year()) + u'年'
        + QString::number(holder.expiryDate.month()).rightJustified(2, u' ') + u'月'
        + QString::number(holder.expiryDate.day()).rightJustified(2, u' ') + u"日まで有効"_s;
    if (fullWidth)
        expiryText = toFullWidth(expiryText);
    const QFont expiryFont = cardFont(family, 24 * scale);
    p.setFont(expiryFont);
    const QFontMetricsF expiryMetrics(expiryFont);
    const double expiryX = valueLeft + jitter(30);
    const QRectF box(expiryX - 12, y - expiryMetrics.ascent() - 8, expiryMetrics.horizontalAdvance(expiryText) + 24,
                     expiryMetrics.height() + 16);
    p.setPen(QPen(ink.lighter(150), 1.5));
    p.setBrush(QColor::fromHsv((hue + 180) % 360, random.range(10, 35), 248));
    p.drawRect(box);
    p.setPen(ink);
    p.drawText(QPointF(expiryX, y), expiryText);

    // Issuer, bottom left.
    p.setFont(cardFont(family, 21 * scale));
    p.drawText(QPointF(left + random.uniform(200, 300), size.height() - random.uniform(34, 48)), place.mayor);

    // Security code, centred under the photo.
    const QFont codeFont = cardFont(family, random.uniform(24, 30), random.chance(0.3));
    p.setFont(codeFont);
    const double codeWidth = QFontMetricsF(codeFont).horizontalAdvance(holder.securityCode);
    p.drawText(QPointF(photoRect.center().x() - codeWidth / 2 + jitter(10), photoRect.bottom() + random.uniform(36, 48)),
               holder.securityCode);

    // Rounded corners: what lies outside them is background in the frame.
    p.end();
    return card;
}

QImage matToImage(const cv::Mat &bgr)
{
    QImage image(bgr.cols, bgr.rows, QImage::Format_RGB888);
    cv::Mat rgb(image.height(), image.width(), CV_8UC3, image.bits(), size_t(image.bytesPerLine()));
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return image;
}

QImage photograph(Random &random, const QImage &face, const CardGenerator::Options &options)
{
    const QSize frameSize = options.frameSize;
    QImage frame(frameSize, QImage::Format_RGB32);
    QPainter p(&frame);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);

    // Tray: dark, slightly uneven plastic.
    QLinearGradient tray(0, 0, frameSize.width(), frameSize.height() * random.uniform(0.5, 1.5));
    const int trayHue = random.range(0, 359);
    tray.setColorAt(0, QColor::fromHsv(trayHue, random.range(0, 40), random.range(35, 80)));
    tray.setColorAt(1, QColor::fromHsv(trayHue, random.range(0, 40), random.range(20, 60)));
    p.fillRect(frame.rect(), tray);
    p.setPen(QPen(QColor(255, 255, 255, 18), 2));
    for (int i = 0; i < 12; ++i) {
        const double x = random.uniform(0, frameSize.width());
        p.drawLine(QPointF(x, 0), QPointF(x + random.uniform(-200, 200), frameSize.height()));
    }

    const double cardWidth = random.uniform(0.58, 0.70) * frameSize.width();
    const double cardHeight = cardWidth * CardGenerator::CardSize.height() / CardGenerator::CardSize.width();
    const double angle = random.uniform(-options.maxRotationDegrees, options.maxRotationDegrees) * M_PI / 180.0;
    const QPointF centre(frameSize.width() / 2.0 + random.uniform(-60, 60),
                         frameSize.height() / 2.0 + random.uniform(-25, 25));
    std::array<QPointF, 4> corners{QPointF(-0.5, -0.5), QPointF(0.5, -0.5), QPointF(0.5, 0.5), QPointF(-0.5, 0.5)};
    QPolygonF destination;
    for (const QPointF &c : corners) {
        const double x = c.x() * cardWidth + random.uniform(-1, 1) * options.maxPerspective * cardWidth;
        const double y = c.y() * cardHeight + random.uniform(-1, 1) * options.maxPerspective * cardWidth;
        destination << centre + QPointF(x * std::cos(angle) - y * std::sin(angle), x * std::sin(angle) + y * std::cos(angle));
    }
    // Keep the whole card in view, as the tray does.
    QRectF bounds = destination.boundingRect();
    const QRectF allowed(QPointF(8, 8), QSizeF(frameSize) - QSizeF(16, 16));
    QPointF shift;
    if (bounds.left() < allowed.left())
        shift.rx() = allowed.left() - bounds.left();
    if (bounds.right() > allowed.right())
        shift.rx() = allowed.right() - bounds.right();
    if (bounds.top() < allowed.top())
        shift.ry() = allowed.top() - bounds.top();
    if (bounds.bottom() > allowed.bottom())
        shift.ry() = allowed.bottom() - bounds.bottom();
    destination.translate(shift);

    // Soft shadow, then the card with rounded corners.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 70));
    p.drawPolygon(destination.translated(random.uniform(3, 9), random.uniform(3, 9)));
    QTransform transform;
    const QPolygonF source(QRectF(QPointF(0, 0), QSizeF(face.size())));
    QTransform::quadToQuad(source.first(4), destination, transform);
    p.save();
    p.setTransform(transform);
    QPainterPath rounded;
    rounded.addRoundedRect(QRectF(QPointF(0, 0), QSizeF(face.size())), 32, 32);
    p.setClipPath(rounded);
    p.drawImage(QPointF(0, 0), face);
    p.restore();

    // Uneven lighting and, sometimes, a glare spot from a lamp.
    QLinearGradient light(random.uniform(0, frameSize.width()), 0, random.uniform(0, frameSize.width()),
                          frameSize.height());
    light.setColorAt(0, QColor(0, 0, 0, random.range(0, 50)));
    light.setColorAt(1, QColor(255, 255, 255, random.range(0, 30)));
    p.fillRect(frame.rect(), light);
    if (random.chance(options.glareProbability)) {
        const QPointF spot = destination.boundingRect().topLeft()
            + QPointF(random.uniform(0, 1) * destination.boundingRect().width(),
                      random.uniform(0, 1) * destination.boundingRect().height());
        const double radius = random.uniform(50, 150);
        QRadialGradient glare(spot, radius);
        glare.setColorAt(0, QColor(255, 255, 255, random.range(90, 150)));
        glare.setColorAt(1, QColor(255, 255, 255, 0));
        p.setBrush(glare);
        p.drawEllipse(spot, radius, radius);
    }
    p.end();

    // Camera: blur, sensor noise, JPEG.
    QImage rgb = frame.convertToFormat(QImage::Format_RGB888);
    cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, rgb.bits(), size_t(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
    const double blur = random.uniform(0.3, options.maxBlurSigma);
    cv::GaussianBlur(bgr, bgr, cv::Size(0, 0), blur);
    cv::Mat noise(bgr.size(), CV_16SC3);
    cv::RNG noiseRandom(random.next());
    noiseRandom.fill(noise, cv::RNG::NORMAL, 0, random.uniform(1.0, options.maxNoiseSigma));
    cv::Mat noisy;
    bgr.convertTo(noisy, CV_16SC3);
    noisy += noise;
    noisy.convertTo(bgr, CV_8UC3);
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", bgr, jpeg, {cv::IMWRITE_JPEG_QUALITY, random.range(options.minJpegQuality, 92)});
    return matToImage(cv::imdecode(jpeg, cv::IMREAD_COLOR));
}

} // namespace

CardGenerator::CardGenerator(quint64 seed)
    : CardGenerator(seed, Options())
{
}

CardGenerator::CardGenerator(quint64 seed, const Options &options)
    : m_seed(seed)
    , m_options(options)
{
}

QStringList CardGenerator::fontFamilies()
{
    return {u"Noto Sans CJK JP"_s, u"Noto Serif CJK JP"_s, u"IPAexGothic"_s, u"IPAexMincho"_s};
}

GeneratedCard CardGenerator::generate(int index) const
{
    Random random(m_seed * 0x2545F4914F6CDD1Dull + quint64(index) * 0x9E3779B97F4A7C15ull + 1);
    GeneratedCard card;
    const Place &place = random.pick(places());
    card.holder = makeHolder(random, place);
    const QImage photo = drawFace(random, QSize(200, 250));
    card.holder.photo = photo;
    const QStringList families = fontFamilies();
    const QString family = families.at(random.range(0, int(families.size()) - 1));
    const QImage face = drawCardFace(random, card.holder, place, photo, family);
    card.frame = m_options.distort ? photograph(random, face, m_options) : face;

    CardTruth &truth = card.truth;
    truth.birthDate = card.holder.birthDate;
    truth.expiryDate = card.holder.expiryDate;
    truth.birth6 = JapaneseEra::birth6(card.holder.birthDate).value();
    truth.expiry4 = QString::number(card.holder.expiryDate.year());
    truth.code4 = card.holder.securityCode;
    truth.collation = truth.birth6 + truth.expiry4 + truth.code4;
    truth.fontFamily = family;
    return card;
}

} // namespace ReaderStack
