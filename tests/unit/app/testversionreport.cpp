// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/versionreport.h"
#include "devicelink/readerregistry.h"

#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

class TestVersionReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheConsoleAndEveryReader()
    {
        ReaderRegistry registry;
        ReaderDescription first;
        first.serial = u"MDG-0002"_s;
        first.model = u"MDG-R1"_s;
        first.software = u"1.2.0"_s;
        first.firmware = u"MADOGUCHI_RDR_1.2.0"_s;
        registry.addReader(first.serial);
        registry.setDescription(first);
        ReaderDescription second;
        second.serial = u"MDG-0001"_s;
        registry.addReader(second.serial);
        registry.setDescription(second);

        const QString report = versionReport(registry, QByteArray(32, '\xab'));
        QVERIFY2(report.startsWith(u"Madoguchi console "_s + QStringLiteral(MADOGUCHI_VERSION) + u'\n'),
                 qPrintable(report));
        QVERIFY(report.contains(u"AB:AB:AB"_s, Qt::CaseInsensitive));
        QVERIFY2(report.contains(u"MDG-0002 (MDG-R1): software 1.2.0, firmware MADOGUCHI_RDR_1.2.0"_s),
                 qPrintable(report));
        // What a reader has not said yet is shown as such, not left blank.
        QVERIFY(report.contains(u"MDG-0001 (-): software -, firmware -"_s));
    }

    void saysWhenNoReaderIsKnown()
    {
        ReaderRegistry registry;
        QVERIFY(versionReport(registry, {}).endsWith(u"Card readers:\nnone"_s));
    }
};

QTEST_GUILESS_MAIN(TestVersionReport)
#include "testversionreport.moc"
