// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "devicelink/readerstate.h"

#include <QTest>

using namespace DeviceLink;

class TestReaderState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data()
    {
        QTest::addColumn<ReaderState>("from");
        QTest::addColumn<ReaderCommand>("command");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<ReaderState>("to");

        using S = ReaderState;
        using C = ReaderCommand;
        const auto row = [](const char *name, S from, C command, bool allowed, S to) {
            QTest::newRow(name) << from << command << allowed << to;
        };
        row("stopped start", S::Stopped, C::Start, true, S::Running);
        row("stopped stop", S::Stopped, C::Stop, false, S::Stopped);
        row("stopped close", S::Stopped, C::CloseReception, false, S::Stopped);
        row("stopped refresh", S::Stopped, C::Refresh, true, S::Stopped);
        row("running start", S::Running, C::Start, false, S::Running);
        row("running stop", S::Running, C::Stop, true, S::Stopped);
        row("running close", S::Running, C::CloseReception, true, S::ReceptionClosed);
        row("running refresh", S::Running, C::Refresh, true, S::Running);
        row("closed start", S::ReceptionClosed, C::Start, true, S::Running);
        row("closed stop", S::ReceptionClosed, C::Stop, true, S::Stopped);
        row("closed close", S::ReceptionClosed, C::CloseReception, false, S::ReceptionClosed);
        row("closed refresh", S::ReceptionClosed, C::Refresh, true, S::ReceptionClosed);
        row("error start", S::Error, C::Start, true, S::Running);
        row("error stop", S::Error, C::Stop, true, S::Stopped);
        row("error close", S::Error, C::CloseReception, false, S::Error);
        row("error refresh", S::Error, C::Refresh, true, S::Error);
        row("updating start", S::Updating, C::Start, false, S::Updating);
        row("updating stop", S::Updating, C::Stop, false, S::Updating);
        row("updating close", S::Updating, C::CloseReception, false, S::Updating);
        row("updating refresh", S::Updating, C::Refresh, true, S::Updating);
        row("waiting start", S::WaitingForConnection, C::Start, false, S::WaitingForConnection);
        row("waiting stop", S::WaitingForConnection, C::Stop, false, S::WaitingForConnection);
        row("waiting close", S::WaitingForConnection, C::CloseReception, false, S::WaitingForConnection);
        row("waiting refresh", S::WaitingForConnection, C::Refresh, false, S::WaitingForConnection);
    }

    void transitions()
    {
        QFETCH(ReaderState, from);
        QFETCH(ReaderCommand, command);
        QFETCH(bool, allowed);
        QFETCH(ReaderState, to);
        const Result<ReaderState> next = transition(from, command);
        QCOMPARE(next.ok(), allowed);
        QCOMPARE(isAllowed(from, command), allowed);
        if (allowed)
            QCOMPARE(next.value(), to);
        else
            QCOMPARE(next.error().code(), ErrorCode::IllegalTransition);
    }

    void wireNamesRoundTrip()
    {
        for (ReaderState s : {ReaderState::Stopped, ReaderState::Running, ReaderState::ReceptionClosed,
                              ReaderState::Updating, ReaderState::Error}) {
            QCOMPARE(stateFromWireName(wireName(s)).value(), s);
        }
        // Waiting is the console's view of a missing link, never reported.
        QVERIFY(!stateFromWireName(wireName(ReaderState::WaitingForConnection)));
        for (ReaderCommand c :
             {ReaderCommand::Start, ReaderCommand::Stop, ReaderCommand::CloseReception, ReaderCommand::Refresh}) {
            QCOMPARE(commandFromWireName(wireName(c)).value(), c);
        }
        QCOMPARE(commandFromWireName(QStringLiteral("format")).error().code(), ErrorCode::UnsupportedMessage);
    }
};

QTEST_GUILESS_MAIN(TestReaderState)
#include "testreaderstate.moc"
