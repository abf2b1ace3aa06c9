// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/consolecore.h"
#include "app/troubleshooting/flowengine.h"
#include "app/troubleshooting/flowlibrary.h"
#include "views/mainwindow/mainwindow.h"
#include "views/troubleshooting/errorcataloguepage.h"
#include "views/troubleshooting/troubleshootingpage.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

// トラブルシューティング in a Japanese console: a symptom is searched in
// Japanese, its guide is played step by step with the buttons to an end in
// "contact support", the transcript grows with each step, the guide it
// continues with is offered, and the support summary names the flow and
// carries no long digit runs. The catalogue opens the guide of a code.
class TestTroubleshootingPage final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleCore> m_core;
    std::unique_ptr<Views::MainWindow> m_window;
    Views::TroubleshootingPage *m_page = nullptr;

    QPushButton *choice(int index) const
    {
        return m_page->findChild<QPushButton *>(u"flowChoice%1"_s.arg(index));
    }

private Q_SLOTS:
    void initTestCase()
    {
        ConsoleOptions options;
        options.dataDirectory = m_dir.path();
        options.discovery = false;
        options.language = u"ja"_s;
        Result<std::unique_ptr<ConsoleCore>> created = ConsoleCore::create(options);
        QVERIFY(created.ok());
        m_core = std::move(created).value();
        m_window = std::make_unique<Views::MainWindow>(m_core.get());
        m_window->show();
        m_window->showPage(u"troubleshooting"_s);
        m_page = m_window->findChild<Views::TroubleshootingPage *>();
        QVERIFY(m_page && m_page->isVisible());
    }

    void guidePlayedStepByStep()
    {
        auto *search = m_page->findChild<QLineEdit *>(u"flowSearch"_s);
        auto *list = m_page->findChild<QListWidget *>(u"flowList"_s);
        search->setText(u"タップパターン"_s);
        QVERIFY(list->count() >= 1);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), u"admin-tap-pattern"_s);
        list->setCurrentRow(0);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"startFlow"_s), Qt::LeftButton);
        QVERIFY(m_page->run());
        auto *step = m_page->findChild<QLabel *>(u"flowStep"_s);
        auto *transcript = m_page->findChild<QListWidget *>(u"flowTranscript"_s);
        const QString first = step->text();
        QVERIFY(!first.isEmpty());

        // いいえ, いいえ: the pattern does not work, and it was not changed.
        QVERIFY(choice(1));
        QTest::mouseClick(choice(1), Qt::LeftButton);
        QVERIFY(step->text() != first);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"flowBack"_s), Qt::LeftButton);
        QCOMPARE(step->text(), first);
        QTest::mouseClick(choice(1), Qt::LeftButton);
        QTest::mouseClick(choice(1), Qt::LeftButton);
        QTRY_COMPARE(m_page->run()->stage(), FlowEngine::Stage::Finished);
        QCOMPARE(m_page->run()->outcome(), FlowNode::Outcome::ContactSupport);
        QVERIFY(!choice(0));
        QVERIFY(m_page->findChild<QLabel *>(u"flowStatus"_s)->text().contains(u"サポート"_s));
        QVERIFY(transcript->count() >= 4);

        auto *next = m_page->findChild<QPushButton *>(u"continueFlow"_s);
        QVERIFY(next->isVisible());
        const QString summary = m_page->supportSummaryText();
        QVERIFY(summary.contains(u"admin-tap-pattern"_s));
        QVERIFY(!summary.contains(QRegularExpression(u"\\d{12}"_s)));
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"copySupportSummary"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), m_page->supportSummaryText());

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(m_page->run()->flow().id, u"frozen-after-static"_s);
    }

    void catalogueOpensTheGuideOfACode()
    {
        m_window->showPage(u"catalogue"_s);
        auto *catalogue = m_window->findChild<Views::ErrorCataloguePage *>();
        QVERIFY(catalogue->showCode(u"006"_s));
        auto *open = catalogue->findChild<QPushButton *>(u"openFlow"_s);
        QVERIFY(open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_VERIFY(m_page->isVisible());
        QCOMPARE(m_page->run()->flow().id, u"face-authentication"_s);
    }
};

QTEST_MAIN(TestTroubleshootingPage)
#include "testtroubleshootingpage.moc"
