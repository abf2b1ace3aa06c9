// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/mirrorcodec.h"
#include "readerstack/scenario/demoplayer.h"
#include "readerstack/screen/facecapturescene.h"
#include "readerstack/screen/pinpadscene.h"
#include "readerstack/screen/readerscreen.h"
#include "readerstack/screen/scene.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

namespace {

// A colour no screen of the reader uses: where it shows, a secret leaked.
constexpr QRgb Secret = 0xffff00ff;
constexpr QRgb Cover = 0xff00c853;

// A private element that moves, and an ordinary element painted after it
// that partly covers it (a dialog over the camera image, say).
class MovingSecretScene : public Scene
{
public:
    QRect secret{100, 100, 150, 120};
    QRect cover{180, 150, 200, 80};

    void paint(ScreenCanvas &canvas) const override
    {
        canvas.painter().fillRect(FlowRect, QColor(0xf6, 0xf8, 0xfa));
        canvas.paintPrivate(secret, [this](QPainter &p) { p.fillRect(secret, QColor::fromRgb(Secret)); });
        canvas.painter().fillRect(cover, QColor::fromRgb(Cover));
    }
    bool hasPrivateContent() const override { return true; }

    static constexpr QRect FlowRect{0, 0, ReaderScreen::Width, ReaderScreen::Height};
};

int countPixels(const QImage &image, QRgb colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += line[x] == colour ? 1 : 0;
    }
    return count;
}

// What the console would hold after decoding everything the screen sent.
class MirrorPipe
{
public:
    explicit MirrorPipe(ReaderScreen *screen)
        : m_screen(screen)
    {
        QObject::connect(screen, &ReaderScreen::frameRendered, screen,
                         [this](const QList<QRect> &dirty, qint64 ns) { push(dirty, ns); });
    }

    void push(const QList<QRect> &dirty, qint64 ns)
    {
        const PixelView view = m_screen->mirrorFrame();
        TileMask mask(view.width, view.height);
        for (const QRect &r : dirty)
            mask.add(r);
        const QByteArray payload = m_encoder.encode(view, mask, ns);
        if (payload.isEmpty())
            return;
        Result<DecodedMirrorFrame> frame = m_decoder.decode(payload);
        QVERIFY2(frame.ok(), qPrintable(frame ? QString() : frame.error().toLogString()));
        ++frames;
    }

    QImage decoded() const
    {
        const PixelView p = m_decoder.pixels();
        return QImage(p.bits, p.width, p.height, p.bytesPerLine, QImage::Format_RGB32).copy();
    }

    int frames = 0;

private:
    ReaderScreen *m_screen;
    MirrorEncoder m_encoder;
    MirrorDecoder m_decoder;
};

} // namespace

class TestScreenMask final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinPadNeverReachesTheMirror()
    {
        ReaderScreen screen;
        MirrorPipe pipe(&screen);
        auto pad = std::make_shared<PinPadScene>();
        screen.setScene(pad);
        screen.render();
        const QImage maskedBefore = pipe.decoded().copy(PinPadScene::privateArea());
        for (int key = 0; key <= PinPadScene::KeyConfirm; ++key) {
            screen.invalidate(pad->setPressedKey(key));
            screen.invalidate(pad->setEntered(key % 5));
            screen.render();
            // The panel shows the keypad, digits and highlight change...
            QVERIFY(screen.frame().copy(PinPadScene::privateArea()) != screen.mirrorImage().copy(PinPadScene::privateArea()));
            // ...the mirror shows the same neutral block whatever is pressed.
            QCOMPARE(pipe.decoded().copy(PinPadScene::privateArea()), maskedBefore);
        }
        QImage block(PinPadScene::privateArea().size(), QImage::Format_RGB32);
        {
            QPainter p(&block);
            p.translate(-PinPadScene::privateArea().topLeft());
            paintProtectedBlock(p, PinPadScene::privateArea());
        }
        QCOMPARE(maskedBefore, block);
        // Outside the pad, the mirror is the panel.
        QCOMPARE(pipe.decoded().copy(0, 0, 300, 600), screen.frame().copy(0, 0, 300, 600));
    }

    void cameraPreviewAndChipPhotoNeverReachTheMirror()
    {
        ReaderScreen screen;
        MirrorPipe pipe(&screen);
        auto face = std::make_shared<FaceCaptureScene>();
        QImage secret(640, 480, QImage::Format_RGB32);
        secret.fill(Secret);
        face->setPreview(secret);
        face->setReferencePhoto(secret.copy(0, 0, 150, 188));
        screen.setScene(face);
        screen.render();
        QVERIFY(countPixels(screen.frame(), Secret) > 100000);
        QCOMPARE(countPixels(screen.mirrorImage(), Secret), 0);
        QCOMPARE(countPixels(pipe.decoded(), Secret), 0);
        QCOMPARE(pipe.decoded(), screen.mirrorImage());
    }

    void movingAndCoveredSecretNeverLeaks()
    {
        ReaderScreen screen;
        MirrorPipe pipe(&screen);
        auto scene = std::make_shared<MovingSecretScene>();
        screen.setScene(scene);
        screen.render();
        for (int step = 0; step < 40; ++step) {
            const QRect before = scene->secret;
            scene->secret.translate(17, 9);
            screen.invalidate(before);
            screen.invalidate(scene->secret);
            if (step % 7 == 0) {
                const QRect coverBefore = scene->cover;
                scene->cover.translate(23, 5);
                screen.invalidate(coverBefore);
                screen.invalidate(scene->cover);
            }
            screen.render();
            const QImage decoded = pipe.decoded();
            QVERIFY(countPixels(screen.frame(), Secret) > 0);
            QCOMPARE(countPixels(decoded, Secret), 0);
            // What covers the secret is shown, on top of the block.
            QCOMPARE(decoded.pixel(scene->cover.center()), Cover);
            const QRect overlap = scene->secret.intersected(scene->cover);
            if (!overlap.isEmpty())
                QCOMPARE(decoded.pixel(overlap.center()), Cover);
            QCOMPARE(decoded, screen.mirrorImage());
        }
        QCOMPARE(pipe.frames, 41);
    }

    void demoFlowRoundTripsBitExactly()
    {
        ReaderScreen screen;
        MirrorPipe pipe(&screen);
        DemoPlayer demo(&screen, {}, 0);
        int maskedFrames = 0;
        for (qint64 t = 0; t < DemoPlayer::loopNs(); t += 3 * DemoPlayer::FrameNs) {
            demo.showAt(t);
            screen.render();
            QCOMPARE(pipe.decoded(), screen.mirrorImage());
            if (screen.scene()->hasPrivateContent()) {
                ++maskedFrames;
                QVERIFY(screen.frame() != screen.mirrorImage());
            }
        }
        QVERIFY(maskedFrames > 10);
        QVERIFY(pipe.frames > 100);
    }

    void staticScreenRendersNothing()
    {
        ReaderScreen screen;
        QSignalSpy rendered(&screen, &ReaderScreen::frameRendered);
        screen.setScene(std::make_shared<PinPadScene>());
        screen.render();
        screen.render();
        QCOMPARE(rendered.count(), 1);
        // Invalidations before the event loop runs make one render.
        auto *pad = static_cast<PinPadScene *>(screen.scene());
        screen.invalidate(pad->setEntered(1));
        screen.invalidate(pad->setPressedKey(3));
        QTRY_COMPARE(rendered.count(), 2);
        QCoreApplication::processEvents();
        QCOMPARE(rendered.count(), 2);
    }

    void touchesReachTheSceneOnly()
    {
        ReaderScreen screen;
        QList<int> pressed;
        screen.setScene(std::make_shared<PinPadScene>([&pressed](int key) { pressed << key; }));
        screen.press(PinPadScene::keyArea(PinPadScene::Key7).center());
        screen.press(PinPadScene::keyArea(PinPadScene::KeyConfirm).center());
        screen.press(QPoint(5, 5));
        QCOMPARE(pressed, (QList<int>{PinPadScene::Key7, PinPadScene::KeyConfirm}));
    }
};

QTEST_MAIN(TestScreenMask)
#include "testscreenmask.moc"
