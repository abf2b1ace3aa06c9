// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/onboarding/summarystep.h"

#include "app/consolecore.h"
#include "app/onboarding/onboardingchecks.h"
#include "views/onboarding/testpatientstep.h"

#include <QBuffer>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Views {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

QByteArray pdfOf(const QString &html, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(u"Madoguchi"_s);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    return buffer.data();
}

} // namespace

SummaryStep::SummaryStep(const Console::ConsoleCore *core, const Console::OnboardingChecks *checks,
                         const TestPatientStep *testPatient, QWidget *parent)
    : QWizardPage(parent)
    , m_core(core)
    , m_checks(checks)
    , m_testPatient(testPatient)
    , m_browser(new QTextBrowser(this))
    , m_saveHtml(new QPushButton(this))
    , m_savePdf(new QPushButton(this))
    , m_feedback(new QLabel(this))
{
    setObjectName(u"summaryStep"_s);
    setFinalPage(true);
    m_browser->setObjectName(u"summaryBrowser"_s);
    m_saveHtml->setObjectName(u"saveHtml"_s);
    m_savePdf->setObjectName(u"savePdf"_s);
    m_feedback->setObjectName(u"saveFeedback"_s);
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveHtml);
    buttons->addWidget(m_savePdf);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);

    connect(m_saveHtml, &QPushButton::clicked, this, [this] { askSave(Format::Html); });
    connect(m_savePdf, &QPushButton::clicked, this, [this] { askSave(Format::Pdf); });
    // Checks still running when the page opened fill in as they end.
    connect(m_checks, &Console::OnboardingChecks::resultChanged, this, [this] {
        if (isVisible())
            build();
    });
    retranslate();
}

void SummaryStep::initializePage()
{
    m_feedback->clear();
    build();
}

void SummaryStep::build()
{
    m_summary = Console::OnboardingSummary::collect(*m_core, *m_checks);
    m_summary.testPatientSerial = m_testPatient->testedSerial();
    m_summary.testPatientResult = m_testPatient->testResult();
    m_html = m_summary.toHtml();
    m_browser->setHtml(m_html);
}

Result<void> SummaryStep::saveAs(const QString &path, Format format)
{
    const QByteArray bytes = format == Format::Html
                                 ? m_html.toUtf8()
                                 : pdfOf(m_html, Console::OnboardingSummary::tr("Madoguchi setup record"));
    QSaveFile file(path);
    Result<void> saved;
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        saved = Error(ErrorCode::OnboardingSummaryNotSaved, path + u": "_s + file.errorString());
    m_feedback->setText(saved ? tr("Saved: %1").arg(QDir::toNativeSeparators(path))
                              : tr("%1 (%2)").arg(saved.error().message(), saved.error().codeString()));
    m_feedback->setStyleSheet(saved ? u"QLabel { color: #0d652d; }"_s : u"QLabel { color: #a50e0e; }"_s);
    return saved;
}

void SummaryStep::askSave(Format format)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(m_summary.fileBaseName() + (format == Format::Html ? u".html"_s : u".pdf"_s));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save for printing"), suggested,
        format == Format::Html ? tr("Web page (*.html)") : tr("PDF document (*.pdf)"));
    if (!path.isEmpty())
        saveAs(path, format);
}

void SummaryStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_html.isEmpty())
            build();
    }
    QWizardPage::changeEvent(event);
}

void SummaryStep::retranslate()
{
    setTitle(tr("Setup record"));
    setSubTitle(tr("What was set up, with serial numbers and versions, for the clinic's records. It holds no "
                   "personal data and no passwords."));
    m_saveHtml->setText(tr("Save for printing (&HTML)…", "印刷用に保存"));
    m_savePdf->setText(tr("Save for printing (&PDF)…", "印刷用に保存"));
}

} // namespace Views
