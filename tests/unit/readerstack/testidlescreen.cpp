// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/screen/readerscreen.h"
#include "readerstack/screen/screentext.h"

#include <QFontInfo>
#include <QSignalSpy>
#include <QTest>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

class TestIdleScreen final : public QObject
{
    Q_OBJECT

private:
    static QImage render(const IdleScreenContent &content)
    {
        ReaderScreen screen;
        screen.showIdle(content);
        return screen.frame();
    }

    static IdleScreenContent content(ReaderState state)
    {
        IdleScreenContent c;
        c.state = state;
        c.serial = u"MDG-0001"_s;
        c.software = u"0.1.0"_s;
        return c;
    }

private Q_SLOTS:
    void patientTextIsJapanese()
    {
        QCOMPARE(screenText("Please place your My Number card"), u"マイナンバーカードを置いてください"_s);
        QCOMPARE(screenText("Waiting for connection"), u"接続を待っています"_s);
    }

    void usesAJapaneseFont()
    {
        QFont font;
        font.setFamilies(screenFontFamilies());
        const QString family = QFontInfo(font).family();
        QVERIFY2(family.contains(u"CJK"_s) || family.contains(u"IPAex"_s), qPrintable(family));
    }

    void rendersAtTheReaderResolution()
    {
        const QImage frame = render(content(ReaderState::Running));
        QCOMPARE(frame.size(), QSize(ReaderScreen::Width, ReaderScreen::Height));
        // The headline band holds dark glyph pixels on the light background.
        int dark = 0;
        for (int y = 380; y < 440; ++y) {
            for (int x = 0; x < frame.width(); ++x)
                dark += qGray(frame.pixel(x, y)) < 80 ? 1 : 0;
        }
        QVERIFY2(dark > 2000, qPrintable(QString::number(dark)));
    }

    void sameContentSamePixels()
    {
        QCOMPARE(render(content(ReaderState::Running)), render(content(ReaderState::Running)));
    }

    void everyStateLooksDifferent()
    {
        const QList<ReaderState> states{ReaderState::Stopped, ReaderState::Running, ReaderState::ReceptionClosed,
                                        ReaderState::Updating, ReaderState::Error};
        QList<QImage> frames;
        for (ReaderState s : states)
            frames << render(content(s));
        for (qsizetype i = 0; i < frames.size(); ++i) {
            for (qsizetype j = i + 1; j < frames.size(); ++j)
                QVERIFY(frames[i] != frames[j]);
        }
    }

    void repaintsOnlyOnChange()
    {
        ReaderScreen screen;
        QSignalSpy changed(&screen, &ReaderScreen::frameRendered);
        screen.showIdle(content(ReaderState::Running));
        screen.showIdle(content(ReaderState::Running));
        QCOMPARE(changed.count(), 1);
        screen.showIdle(content(ReaderState::Stopped));
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_MAIN(TestIdleScreen)
#include "testidlescreen.moc"
