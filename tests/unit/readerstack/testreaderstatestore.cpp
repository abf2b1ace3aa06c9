// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "readerstack/device/readerstatestore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DeviceLink;
using namespace ReaderStack;
using namespace Qt::StringLiterals;

class TestReaderStateStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFileGivesDefaults()
    {
        QTemporaryDir dir;
        ReaderStateStore store(dir.path());
        Error damage;
        Result<ReaderStateStore::Contents> contents = store.load(&damage);
        QVERIFY(contents.ok());
        QCOMPARE(contents->state, ReaderState::Stopped);
        QVERIFY(contents->pairedConsole.isEmpty());
        QVERIFY(!damage.isError());
    }

    void roundTrips()
    {
        QTemporaryDir dir;
        ReaderStateStore store(dir.path());
        ReaderStateStore::Contents contents;
        contents.state = ReaderState::ReceptionClosed;
        contents.pairedConsole = QByteArray(32, '\x5a');
        QVERIFY(store.save(contents).ok());
        Result<ReaderStateStore::Contents> loaded = ReaderStateStore(dir.path()).load();
        QCOMPARE(loaded->state, ReaderState::ReceptionClosed);
        QCOMPARE(loaded->pairedConsole, contents.pairedConsole);
    }

    void flowSettingsRoundTrip()
    {
        QTemporaryDir dir;
        ReaderStateStore store(dir.path());
        ReaderStateStore::Contents contents;
        contents.flow.consent.medication = false;
        contents.flow.consent.surgery = true;
        contents.flow.consent.combined = true;
        contents.flow.consent.highCostCare = true;
        contents.flow.mode = OperatingMode::VisualCheck;
        contents.flow.faceTimeoutS = 90;
        QVERIFY(store.save(contents).ok());
        QCOMPARE(ReaderStateStore(dir.path()).load()->flow, contents.flow);
    }

    void flowSettingsMissingOrInvalidGiveDefaults_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addRow("before flow settings") << QByteArray(R"({"version":1,"state":"running","pairedConsole":""})");
        QTest::addRow("empty") << QByteArray(R"({"version":1,"state":"running","pairedConsole":"","flow":{}})");
        QTest::addRow("wrong types")
            << QByteArray(R"({"version":1,"state":"running","pairedConsole":"","flow":{"medication":"no",)"
                          R"("mode":"automatic","faceTimeoutS":500}})");
    }

    void flowSettingsMissingOrInvalidGiveDefaults()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        ReaderStateStore store(dir.path());
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        Error damage;
        Result<ReaderStateStore::Contents> loaded = store.load(&damage);
        QVERIFY(loaded.ok());
        QVERIFY(!damage.isError());
        QCOMPARE(loaded->state, ReaderState::Running);
        QCOMPARE(loaded->flow, FlowSettings());
        QVERIFY(loaded->flow.consent.medication && loaded->flow.consent.healthCheck);
        QVERIFY(!loaded->flow.consent.surgery && !loaded->flow.consent.medicalCare);
        QCOMPARE(loaded->flow.mode, OperatingMode::Unattended);
        QCOMPARE(loaded->flow.faceTimeoutS, 30);
    }

    void transientStatesAreNotRemembered()
    {
        QTemporaryDir dir;
        ReaderStateStore store(dir.path());
        ReaderStateStore::Contents contents;
        contents.state = ReaderState::Updating;
        QVERIFY(store.save(contents).ok());
        QCOMPARE(store.load()->state, ReaderState::Stopped);
    }

    void damagedFileIsSetAsideAndReported_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addRow("garbage") << QByteArray("\x00\x01garbage", 9);
        QTest::addRow("truncated json") << QByteArray("{\"version\":1,\"state\":\"run");
        QTest::addRow("array") << QByteArray("[1,2]");
        QTest::addRow("unknown state") << QByteArray(R"({"version":1,"state":"exploded","pairedConsole":""})");
        QTest::addRow("future version") << QByteArray(R"({"version":9,"state":"running","pairedConsole":""})");
        QTest::addRow("short fingerprint") << QByteArray(R"({"version":1,"state":"running","pairedConsole":"abcd"})");
    }

    void damagedFileIsSetAsideAndReported()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        ReaderStateStore store(dir.path());
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        Error damage;
        Result<ReaderStateStore::Contents> loaded = store.load(&damage);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->state, ReaderState::Stopped);
        QCOMPARE(damage.code(), ErrorCode::StateFileCorrupt);
        QVERIFY(!QFile::exists(store.filePath()));
        QCOMPARE(QDir(dir.path()).entryList({u"state.json.damaged-*"_s}).size(), 1);
    }

    void unwritableDirectoryIsATypedError()
    {
        ReaderStateStore store(u"/proc/no-such-madoguchi-dir"_s);
        const Result<void> saved = store.save({});
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::StateDirectoryUnusable);
    }
};

QTEST_GUILESS_MAIN(TestReaderStateStore)
#include "testreaderstatestore.moc"
