// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/consolecore.h"
#include "app/troubleshooting/errorcatalogue.h"
#include "app/troubleshooting/flowlibrary.h"
#include "devicelink/readerinfo.h"
#include "devicelink/readerregistry.h"
#include "views/mainwindow/mainwindow.h"
#include "views/readerlist/readerlistpage.h"
#include "views/troubleshooting/errorcataloguepage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

QStringList shownCodes(QTableView *table)
{
    QStringList codes;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        codes << table->model()->index(row, 0).data().toString();
    return codes;
}

} // namespace

// エラーコード一覧 in a Japanese console: every code is there, the search finds
// a code and a Japanese message, the detail names the troubleshooting flow,
// and a reader's error opens its entry from the reader list.
class TestErrorCataloguePage final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleCore> m_core;
    std::unique_ptr<Views::MainWindow> m_window;
    Views::ErrorCataloguePage *m_page = nullptr;
    QTableView *m_table = nullptr;

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
        QVERIFY(m_core->flows()->problems().isEmpty());
        m_window = std::make_unique<Views::MainWindow>(m_core.get());
        m_window->show();
        m_window->showPage(u"catalogue"_s);
        m_page = m_window->findChild<Views::ErrorCataloguePage *>();
        QVERIFY(m_page && m_page->isVisible());
        m_table = m_page->findChild<QTableView *>(u"catalogueTable"_s);
    }

    void listsEveryCode()
    {
        const QStringList codes = shownCodes(m_table);
        for (const QString &code : {u"001"_s, u"006"_s, u"007"_s, u"011"_s, u"L206"_s, u"R303"_s, u"S516"_s,
                                    u"U631"_s, u"R353"_s})
            QVERIFY2(codes.contains(code), qPrintable(code));
        QCOMPARE(codes.size(), ErrorCatalogue::entries().size());
        // Every flow an entry names is one the console ships.
        for (const CatalogueEntry &entry : ErrorCatalogue::entries()) {
            if (!entry.flowId.isEmpty())
                QVERIFY2(m_core->flows()->flow(entry.flowId), qPrintable(entry.code + u' ' + entry.flowId));
        }
    }

    void searchFindsCodesAndJapaneseText()
    {
        auto *search = m_page->findChild<QLineEdit *>(u"catalogueSearch"_s);
        QTest::keyClicks(search, u"206"_s);
        QCOMPARE(shownCodes(m_table), QStringList{u"L206"_s});
        search->clear();
        // As read off the console's message, in Japanese.
        search->setText(u"応答がなくなりました"_s);
        QVERIFY(shownCodes(m_table).contains(u"L206"_s));
        search->setText(u"ネットワークエラー"_s);
        QCOMPARE(shownCodes(m_table), QStringList{u"011"_s});
        search->setText(u"no such thing at all"_s);
        QCOMPARE(m_table->model()->rowCount(), 0);
        QVERIFY(m_page->findChild<QLabel *>(u"catalogueDetail"_s)->text().contains(u"サポート"_s));
        search->clear();
    }

    void detailNamesTheFlow()
    {
        QVERIFY(m_page->showCode(u"006"_s));
        QCOMPARE(m_page->selectedCode(), u"006"_s);
        const QString title = m_core->flows()->flow(u"face-authentication"_s)->title.in(u"ja"_s);
        QVERIFY(!title.isEmpty());
        QVERIFY(m_page->findChild<QLabel *>(u"catalogueDetail"_s)->text().contains(title.toHtmlEscaped()));
        QVERIFY(!m_page->showCode(u"X999"_s));
    }

    void readerErrorOpensItsEntry()
    {
        m_window->showPage(u"readers"_s);
        ReaderRegistry *registry = m_core->registry();
        registry->addReader(u"MDG-ERR1"_s);
        ReaderStatus status;
        status.state = ReaderState::Error;
        status.error = Error(ErrorCode::StateFileCorrupt);
        registry->setStatus(u"MDG-ERR1"_s, status);
        auto *list = m_window->readerListPage();
        auto *table = list->findChild<QTableView *>();
        QVERIFY(table);
        table->selectRow(registry->rowOf(u"MDG-ERR1"_s));
        auto *explain = list->findChild<QPushButton *>(u"explainErrorCode"_s);
        QTRY_VERIFY(explain->isVisible());
        QVERIFY(explain->text().contains(u"R303"_s));
        QTest::mouseClick(explain, Qt::LeftButton);
        QTRY_VERIFY(m_page->isVisible());
        QCOMPARE(m_page->selectedCode(), u"R303"_s);
    }
};

QTEST_MAIN(TestErrorCataloguePage)
#include "testerrorcataloguepage.moc"
