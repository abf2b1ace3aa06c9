// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/readerstate.h"
#include "readerstack/device/readerdevice.h"
#include "readerstack/face/facedetector.h"
#include "readerstack/face/facemodel.h"
#include "readerstack/flow/patientflow.h"
#include "readerstack/host/readerhost.h"
#include "readerstack/scenario/readerscenario.h"
#include "readerstack/screen/consentscene.h"
#include "readerstack/screen/facecapturescene.h"
#include "readerstack/screen/methodchoicescene.h"
#include "readerstack/screen/pinpadscene.h"
#include "readerstack/screen/readerscreen.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;
using State = PatientFlow::State;

namespace {

const QString Pin = u"4321"_s;

QString photo(const QString &name)
{
    return QDir(faceDataDirectory()).filePath(u"photos/"_s + name);
}

std::string local(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

std::optional<cv::Rect> faceBox(const cv::Mat &image)
{
    DeviceLink::Result<std::unique_ptr<FaceDetector>> detector = FaceDetector::load(faceDataDirectory());
    if (!detector)
        return std::nullopt;
    DeviceLink::Result<std::vector<DetectedFace>> faces = detector.value()->detect(image);
    if (!faces || faces->empty())
        return std::nullopt;
    return cv::Rect(faces->front().box);
}

// The chip's photo: a 4:5 portrait around the face, as the card's photo is.
QImage chipPortrait(const QString &name)
{
    const cv::Mat image = cv::imread(local(photo(name)));
    const std::optional<cv::Rect> box = faceBox(image);
    if (!box)
        return {};
    const int width = box->width * 2;
    const cv::Rect portrait = cv::Rect(box->x + box->width / 2 - width / 2, box->y + box->height / 2 - width * 5 / 8,
                                       width, width * 5 / 4)
        & cv::Rect(0, 0, image.cols, image.rows);
    cv::Mat rgb;
    cv::cvtColor(image(portrait), rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

// franck.mp4 as the reader's camera would see him at 30-50 cm: 640×480, the
// face about a third of the width. Written once as frames the scenario plays.
QStringList cameraFrames(const QString &directory, int count)
{
    cv::VideoCapture video(local(photo(u"franck.mp4"_s)));
    video.set(cv::CAP_PROP_POS_FRAMES, video.get(cv::CAP_PROP_FRAME_COUNT) / 3);
    QStringList paths;
    cv::Rect crop;
    cv::Mat frame;
    while (paths.size() < count && video.read(frame)) {
        if (crop.empty()) {
            const std::optional<cv::Rect> box = faceBox(frame);
            if (!box)
                return {};
            const int width = box->width * 3;
            crop = cv::Rect(box->x + box->width / 2 - width / 2, box->y + box->height / 2 - width * 3 / 8, width,
                            width * 3 / 4)
                & cv::Rect(0, 0, frame.cols, frame.rows);
        }
        cv::Mat framed;
        cv::resize(frame(crop), framed, cv::Size(640, 480));
        const QString path = QDir(directory).filePath(u"frame%1.jpg"_s.arg(paths.size(), 4, 10, QLatin1Char('0')));
        if (!cv::imwrite(local(path), framed))
            return {};
        paths << path;
    }
    return paths;
}

} // namespace

// The real face check in an emulated reader: the scenario's camera shows
// franck to a reader whose card carries his photo, and the flow goes on to
// 資格確認終了; with another person's photo on the card the check refuses
// and the patient finishes with the PIN. The screen guides the patient.
class TestFaceFlow final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_frames;
    std::unique_ptr<ReaderHost> m_host;

    PatientFlow *flow() const { return m_host->flow(); }
    void press(const QRect &area) { m_host->screen()->press(area.center()); }

    void placeCardOf(const QString &photoName)
    {
        CardHolder holder = ReaderScenario::sampleHolder(Pin);
        holder.photo = chipPortrait(photoName);
        QVERIFY(!holder.photo.isNull());
        m_host->scenario()->setCameraImages(m_frames);
        m_host->scenario()->placeCard(holder);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->state(), State::ChoosingMethod, 10000);
    }

    void answerConsents()
    {
        while (QTest::qWaitFor([this] { return flow()->state() == State::Consent || flow()->state() == State::Finished; },
                               10000)
               && flow()->state() == State::Consent) {
            QSignalSpy changed(flow(), &PatientFlow::stateChanged);
            press(ConsentScene::buttonArea(true));
            QVERIFY(changed.count() > 0 || changed.wait(5000));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(photo(u"franck.mp4"_s)), "face data missing: configure the build");
        m_frames = cameraFrames(m_dir.path(), 150);
        QCOMPARE(m_frames.size(), 150);
    }

    void init()
    {
        ReaderHostOptions options;
        options.serial = u"MDG-FACE1"_s;
        options.stateDirectory = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        options.camera = true;
        Result<std::unique_ptr<ReaderHost>> host = ReaderHost::start(options);
        QVERIFY(host.ok());
        m_host = std::move(host).value();
        QVERIFY(m_host->scenario()->camera());
        QVERIFY(m_host->device()->apply(ReaderCommand::Start).ok());
    }

    void cleanup()
    {
        m_host.reset();
    }

    void genuineFaceGoesOnToTheEnd()
    {
        placeCardOf(u"franck_01829.jpg"_s);
        QSignalSpy states(flow(), &PatientFlow::stateChanged);
        press(MethodChoiceScene::buttonArea(VerificationMethod::Face));
        QTRY_VERIFY_WITH_TIMEOUT(flow()->state() != State::FaceVerification && !states.isEmpty(), 30000);
        QCOMPARE(states.first().first().value<State>(), State::FaceVerification);
        answerConsents();
        QCOMPARE(flow()->state(), State::Finished);
    }

    void impostorIsRefusedAndThePinFinishes()
    {
        placeCardOf(u"audrey_crop.jpg"_s);
        press(MethodChoiceScene::buttonArea(VerificationMethod::Face));
        QTRY_COMPARE(flow()->state(), State::FaceVerification);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->state(), State::ChoosingMethod, 30000);
        press(MethodChoiceScene::buttonArea(VerificationMethod::Pin));
        QTRY_COMPARE(flow()->state(), State::PinEntry);
        for (const QChar digit : Pin)
            press(PinPadScene::keyArea(digit.digitValue()));
        press(PinPadScene::keyArea(PinPadScene::KeyConfirm));
        answerConsents();
        QCOMPARE(flow()->state(), State::Finished);
    }
};

QTEST_MAIN(TestFaceFlow)
#include "testfaceflow.moc"
