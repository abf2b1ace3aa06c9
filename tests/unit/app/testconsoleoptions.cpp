// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/consoleoptions.h"

#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

class TestConsoleOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        Result<ConsoleOptions> o = ConsoleOptions::parse({u"madoguchi"_s});
        QVERIFY(o.ok());
        QCOMPARE(o->emulate, 0);
        QVERIFY(o->discovery);
        QCOMPARE(o->discoveryPort, DefaultDiscoveryPort);
        QVERIFY(!o->dataDirectory.isEmpty());
        QVERIFY(o->language.isEmpty());
        QVERIFY(o->onboarding);
        QVERIFY(!ConsoleOptions::parse({u"madoguchi"_s, u"--no-wizard"_s})->onboarding);
    }

    void parsesEveryOption()
    {
        Result<ConsoleOptions> o =
            ConsoleOptions::parse({u"madoguchi"_s, u"--emulate"_s, u"8"_s, u"--data-dir"_s, u"/tmp/m"_s, u"--lang"_s,
                                   u"en"_s, u"--discovery-port"_s, u"0"_s, u"--minimized"_s});
        QVERIFY(o.ok());
        QCOMPARE(o->emulate, 8);
        QCOMPARE(o->dataDirectory, u"/tmp/m"_s);
        QCOMPARE(o->language, u"en"_s);
        QCOMPARE(o->discoveryPort, quint16(0));
        QVERIFY(o->startMinimized);
        QVERIFY(!ConsoleOptions::parse({u"m"_s, u"--no-discovery"_s})->discovery);
        QVERIFY(!o->training);
        QVERIFY(ConsoleOptions::parse({u"m"_s, u"--emulate"_s, u"2"_s, u"--training"_s})->training);
    }

    void rejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("emulate too many") << QStringList{u"m"_s, u"--emulate"_s, u"17"_s};
        QTest::addRow("emulate words") << QStringList{u"m"_s, u"--emulate"_s, u"two"_s};
        QTest::addRow("emulate missing") << QStringList{u"m"_s, u"--emulate"_s};
        QTest::addRow("language") << QStringList{u"m"_s, u"--lang"_s, u"fr"_s};
        QTest::addRow("port") << QStringList{u"m"_s, u"--discovery-port"_s, u"99999"_s};
        QTest::addRow("unknown") << QStringList{u"m"_s, u"--fast"_s};
    }

    void rejectsBadOptions()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(ConsoleOptions::parse(arguments).error().code(), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestConsoleOptions)
#include "testconsoleoptions.moc"
