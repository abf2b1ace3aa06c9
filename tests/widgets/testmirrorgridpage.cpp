// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/consolecore.h"
#include "app/mirror/mirrorfeed.h"
#include "app/mirror/mirrorhub.h"
#include "devicelink/readerregistry.h"
#include "views/mainwindow/mainwindow.h"
#include "views/mirror/mirrorgridpage.h"
#include "views/mirror/mirrorview.h"

#include <QCheckBox>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

// The mirror page on the offscreen platform, fed by emulated readers that
// play the demo flow: live tiles, enlarge, snapshot, and no stream while the
// page is not shown.
class TestMirrorGridPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLiveMirrorsAndSavesSnapshots()
    {
        QTemporaryDir dir;
        ConsoleOptions options;
        options.dataDirectory = dir.path();
        options.discoveryAddress = QHostAddress::LocalHost;
        options.discoveryPort = 0;
        options.language = u"ja"_s;
        options.demo = true;
        Result<std::unique_ptr<ConsoleCore>> created = ConsoleCore::create(options);
        QVERIFY(created.ok());
        ConsoleCore *core = created.value().get();

        Views::MainWindow window(core);
        window.show();
        window.showPage(u"mirror"_s);
        window.attachEmulated(3);
        Views::MirrorGridPage *page = window.mirrorPage();
        QTRY_COMPARE(page->views().size(), 3);

        for (Views::MirrorView *view : page->views())
            QTRY_VERIFY_WITH_TIMEOUT(view->hasFrame(), 5000);
        QCOMPARE(core->mirrors()->activeFeeds(), 3);

        // Live: every mirror keeps receiving the animated screens.
        MirrorFeed *feed = core->mirrors()->acquire(u"EMU-0002"_s);
        const quint64 before = feed->framesDecoded();
        QTRY_VERIFY_WITH_TIMEOUT(feed->framesDecoded() >= before + 15, 5000);
        core->mirrors()->release(u"EMU-0002"_s);

        page->findChild<QCheckBox *>(u"mirrorOverlay"_s)->setChecked(true);
        QVERIFY(page->views().at(0)->isOverlayVisible());

        const QString path = dir.filePath(u"EMU-0001.png"_s);
        QVERIFY(page->saveSnapshot(u"EMU-0001"_s, path).ok());
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(1024, 600));
        QCOMPARE(page->saveSnapshot(u"EMU-0999"_s, path).error().code(), ErrorCode::UnknownReader);

        // Double-click enlarges one reader; Esc returns to the grid.
        QTest::mouseDClick(page->views().at(2), Qt::LeftButton);
        QCOMPARE(page->enlargedSerial(), u"EMU-0003"_s);
        QTRY_COMPARE(core->mirrors()->activeFeeds(), 1);
        QTest::keyClick(page, Qt::Key_Escape);
        QVERIFY(page->enlargedSerial().isEmpty());
        QTRY_COMPARE(core->mirrors()->activeFeeds(), 3);

        // Another page: the mirrors are hidden and the readers stop streaming.
        window.showPage(u"readers"_s);
        QTRY_COMPARE(core->mirrors()->activeFeeds(), 0);
    }
};

QTEST_MAIN(TestMirrorGridPage)
#include "testmirrorgridpage.moc"
