// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "views/training/trainingpage.h"

#include "app/training/trainingmode.h"
#include "devicelink/error.h"
#include "views/training/trainingfaultmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Views {

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

TrainingPage::TrainingPage(TrainingMode *training, EmulatedReaders *emulated, QWidget *parent)
    : QWidget(parent)
    , m_training(training)
    , m_model(new TrainingFaultModel(training, emulated, this))
    , m_intro(new QLabel(this))
    , m_faults(new QTableView(this))
    , m_explanation(new QLabel(this))
    , m_practise(new QPushButton(this))
    , m_readerBox(new QGroupBox(this))
    , m_readerLabel(new QLabel(this))
    , m_reader(new QComboBox(this))
    , m_replug(new QPushButton(this))
    , m_changePort(new QPushButton(this))
    , m_testPatient(new QPushButton(this))
{
    setObjectName(u"trainingPage"_s);
    m_intro->setWordWrap(true);
    m_faults->setObjectName(u"trainingFaults"_s);
    m_faults->setModel(m_model);
    m_faults->setSelectionMode(QAbstractItemView::SingleSelection);
    m_faults->verticalHeader()->hide();
    m_faults->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_faults->horizontalHeader()->setStretchLastSection(true);
    m_faults->setWordWrap(false);
    m_explanation->setObjectName(u"trainingExplanation"_s);
    m_explanation->setWordWrap(true);
    m_practise->setObjectName(u"practiseFlow"_s);
    m_reader->setObjectName(u"trainingReader"_s);
    m_readerLabel->setBuddy(m_reader);
    m_replug->setObjectName(u"replugReader"_s);
    m_changePort->setObjectName(u"changePort"_s);
    m_testPatient->setObjectName(u"playTestPatient"_s);

    auto *practiseRow = new QHBoxLayout;
    practiseRow->addWidget(m_explanation, 1);
    practiseRow->addWidget(m_practise);
    auto *readerRow = new QHBoxLayout(m_readerBox);
    readerRow->addWidget(m_readerLabel);
    readerRow->addWidget(m_reader);
    readerRow->addSpacing(12);
    readerRow->addWidget(m_replug);
    readerRow->addWidget(m_changePort);
    readerRow->addWidget(m_testPatient);
    readerRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_faults, 1);
    layout->addLayout(practiseRow);
    layout->addWidget(m_readerBox);

    connect(m_model, &TrainingFaultModel::failed, this, &TrainingPage::showError);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_rowBeforeReset = qMax(0, m_faults->currentIndex().row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrainingPage::readersChanged);
    connect(m_faults->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString serial = m_model->serialAt(current.column());
                if (!serial.isEmpty())
                    setCurrentReader(serial);
                showCurrentFault();
            });
    connect(m_reader, &QComboBox::activated, this,
            [this](int index) { m_chosenReader = m_reader->itemData(index).toString(); });
    connect(m_practise, &QPushButton::clicked, this, &TrainingPage::practise);
    connect(m_changePort, &QPushButton::clicked, this, &TrainingPage::changePort);
    connect(m_replug, &QPushButton::clicked, this, &TrainingPage::replug);
    connect(m_testPatient, &QPushButton::clicked, this, &TrainingPage::playTestPatient);

    readersChanged();
    retranslate();
}

void TrainingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainingPage::retranslate()
{
    m_intro->setText(tr("Check a fault to cause it on an emulated card reader (EMU-…), then practise its guide as "
                        "at the reception. Real card readers are never touched, and every fault ends when the "
                        "training mode is turned off."));
    m_practise->setText(tr("&Practise with this guide"));
    m_readerBox->setTitle(tr("At the card reader"));
    m_readerLabel->setText(tr("&Card reader:"));
    m_replug->setText(tr("Pull and plug the c&able"));
    m_changePort->setText(tr("Change USB p&ort"));
    m_testPatient->setText(tr("Send a &test patient"));
    m_replug->setToolTip(tr("The emulated reader restarts as if its USB cable were pulled out and plugged in "
                            "again. Its own faults end; a disabled adapter on the PC stays disabled."));
    m_changePort->setToolTip(TrainingFaultModel::explanation(TrainingFault::PortChanged));
    m_testPatient->setToolTip(tr("A made-up patient puts a sample card in the tray and passes the face check. "
                                 "The card reader must be running."));
    m_model->retranslate();
    showCurrentFault();
}

QString TrainingPage::currentReader() const
{
    return m_reader->currentData().toString();
}

void TrainingPage::setCurrentReader(const QString &serial)
{
    const int index = m_reader->findData(serial);
    if (index < 0)
        return;
    m_chosenReader = serial;
    m_reader->setCurrentIndex(index);
}

void TrainingPage::readersChanged()
{
    m_reader->clear();
    for (const QString &serial : m_model->serials())
        m_reader->addItem(serial, serial);
    m_reader->setCurrentIndex(qMax(0, m_reader->findData(m_chosenReader)));

    // A fault of the PC is one check box across the readers' columns.
    m_faults->clearSpans();
    const int readers = int(m_model->serials().size());
    for (int row = 0; row < m_model->rowCount() && readers > 1; ++row) {
        if (isConsoleWide(m_model->faultAt(row)))
            m_faults->setSpan(row, TrainingFaultModel::FirstReaderColumn, 1, readers);
    }

    const bool any = readers > 0;
    m_replug->setEnabled(any);
    m_changePort->setEnabled(any);
    m_testPatient->setEnabled(any);
    m_faults->setCurrentIndex(m_model->index(qMin(m_rowBeforeReset, m_model->rowCount() - 1),
                                             TrainingFaultModel::SymptomColumn));
    showCurrentFault();
}

void TrainingPage::showCurrentFault()
{
    const QModelIndex current = m_faults->currentIndex();
    if (!current.isValid()) {
        m_explanation->clear();
        m_practise->setEnabled(false);
        return;
    }
    const TrainingFault fault = m_model->faultAt(current.row());
    m_explanation->setText(TrainingFaultModel::explanation(fault));
    m_practise->setEnabled(isConsoleWide(fault) || !currentReader().isEmpty());
}

void TrainingPage::practise()
{
    const QModelIndex current = m_faults->currentIndex();
    if (!current.isValid())
        return;
    const TrainingFault fault = m_model->faultAt(current.row());
    Q_EMIT practiseRequested(trainingFaultFlow(fault), isConsoleWide(fault) ? QString() : currentReader());
}

void TrainingPage::changePort()
{
    const QString serial = currentReader();
    if (Result<void> moved = m_training->setFault(TrainingFault::PortChanged, serial, true); !moved) {
        showError(moved.error());
        return;
    }
    Q_EMIT statusMessage(tr("%1 was moved to another USB port: it comes back on a new address in a few seconds.")
                             .arg(serial));
}

void TrainingPage::replug()
{
    const QString serial = currentReader();
    if (Result<void> replugged = m_training->replug(serial); !replugged) {
        showError(replugged.error());
        return;
    }
    Q_EMIT statusMessage(tr("The cable of %1 was pulled and plugged in again: it connects again in a few seconds.")
                             .arg(serial));
}

void TrainingPage::playTestPatient()
{
    const QString serial = currentReader();
    if (Result<void> played = m_training->playTestPatient(serial); !played) {
        showError(played.error());
        return;
    }
    Q_EMIT statusMessage(tr("A test patient is at %1.").arg(serial));
}

void TrainingPage::showError(const Error &error)
{
    QMessageBox::warning(this, tr("Training mode"), tr("%1 (%2)").arg(error.message(), error.codeString()));
}

} // namespace Views
