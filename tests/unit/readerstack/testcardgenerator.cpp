// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/card/collationnumberb.h"
#include "readerstack/card/japaneseera.h"
#include "readerstack/scenario/cardgenerator.h"

#include <QTest>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

class TestCardGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameImageAndTruth()
    {
        const GeneratedCard a = CardGenerator(42).generate(3);
        const GeneratedCard b = CardGenerator(42).generate(3);
        QCOMPARE(a.frame, b.frame);
        QCOMPARE(a.truth.collation, b.truth.collation);
        QCOMPARE(a.truth.fontFamily, b.truth.fontFamily);
        QCOMPARE(a.holder.name, b.holder.name);
    }

    void otherSeedsAndIndexesDiffer()
    {
        const GeneratedCard a = CardGenerator(42).generate(3);
        QVERIFY(CardGenerator(43).generate(3).frame != a.frame);
        QVERIFY(CardGenerator(42).generate(4).frame != a.frame);
    }

    void framesHaveTheCameraSize()
    {
        const GeneratedCard card = CardGenerator(1).generate(0);
        QCOMPARE(card.frame.size(), QSize(1280, 720));
        CardGenerator::Options flat;
        flat.distort = false;
        QCOMPARE(CardGenerator(1, flat).generate(0).frame.size(), CardGenerator::CardSize);
    }

    void truthIsConsistent()
    {
        CardGenerator::Options flat;
        flat.distort = false;
        const CardGenerator generator(7, flat);
        QSet<QString> fonts;
        for (int i = 0; i < 40; ++i) {
            const GeneratedCard card = generator.generate(i);
            const CardTruth &t = card.truth;
            QCOMPARE(t.birth6, JapaneseEra::birth6(t.birthDate).value());
            QCOMPARE(t.expiry4, QString::number(t.expiryDate.year()));
            QCOMPARE(t.code4, card.holder.securityCode);
            QCOMPARE(t.collation, t.birth6 + t.expiry4 + t.code4);
            QVERIFY(CollationNumberB::fromString(t.collation).ok());
            QVERIFY(card.holder.pin.size() == 4);
            QVERIFY(card.holder.sex == u"男"_s || card.holder.sex == u"女"_s);
            fonts.insert(t.fontFamily);
        }
        // Several fonts show up in a small batch.
        QVERIFY(fonts.size() >= 3);
    }
};

QTEST_MAIN(TestCardGenerator)
#include "testcardgenerator.moc"
