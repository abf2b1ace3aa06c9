// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/consolecore.h"
#include "app/emulatedreaders.h"
#include "app/training/trainingmode.h"
#include "devicelink/readerregistry.h"
#include "views/training/trainingfaultmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Console;
using namespace DeviceLink;
using namespace Qt::StringLiterals;

using Views::TrainingFaultModel;

// The training page's model over a console with two emulated readers: a row
// per fault, a column per reader that follows attach and detach, check boxes
// only while the mode is on and only where a fault can be kept (each reader's
// column, the first one for a fault of the PC, none for a momentary one), a
// check that sets the fault, and a refusal that is emitted, not swallowed.
class TestTrainingFaultModel final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleCore> m_core;
    std::unique_ptr<TrainingFaultModel> m_model;

    QModelIndex cell(TrainingFault fault, int column) const
    {
        return m_model->index(m_model->rowOf(fault), column);
    }

    bool checkable(TrainingFault fault, int column) const
    {
        return cell(fault, column).flags().testFlag(Qt::ItemIsUserCheckable);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ConsoleOptions options;
        options.dataDirectory = m_dir.path();
        options.discoveryAddress = QHostAddress::LocalHost;
        options.discoveryPort = 0;
        options.language = u"en"_s;
        Result<std::unique_ptr<ConsoleCore>> created = ConsoleCore::create(options);
        QVERIFY(created.ok());
        m_core = std::move(created).value();
        m_model = std::make_unique<TrainingFaultModel>(m_core->training(), m_core->emulated());
        new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_model.get());
        QCOMPARE(m_model->columnCount(), 1);
        QVERIFY(m_core->emulated()->attach(2).ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_core->registry()->entry(u"EMU-0002"_s)
                                     && m_core->registry()->entry(u"EMU-0002"_s)->trusted,
                                 15000);
    }

    void cleanupTestCase()
    {
        m_model.reset();
        m_core.reset();
    }

    void aRowPerFaultAndAColumnPerReader()
    {
        QCOMPARE(m_model->rowCount(), int(allTrainingFaults().size()));
        QCOMPARE(m_model->columnCount(), 3);
        QCOMPARE(m_model->serials(), (QStringList{u"EMU-0001"_s, u"EMU-0002"_s}));
        QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), u"EMU-0001"_s);
        QCOMPARE(m_model->columnOf(u"EMU-0002"_s), 2);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex symptom = m_model->index(row, TrainingFaultModel::SymptomColumn);
            QVERIFY(!symptom.data().toString().isEmpty());
            QVERIFY(!symptom.data(Qt::ToolTipRole).toString().isEmpty());
            QCOMPARE(symptom.data(TrainingFaultModel::FaultIdRole).toString(),
                     trainingFaultString(m_model->faultAt(row)));
        }
    }

    void noCheckBoxWhileTheModeIsOff()
    {
        QVERIFY(!m_core->training()->isEnabled());
        QVERIFY(!checkable(TrainingFault::LinkDown, 1));
        QSignalSpy failed(m_model.get(), &TrainingFaultModel::failed);
        QVERIFY(!m_model->setData(cell(TrainingFault::OverLicence, 1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<Error>().code(), ErrorCode::TrainingUnavailable);
    }

    void checkBoxesWhereAFaultCanBeKept()
    {
        m_core->training()->setEnabled(true);
        QVERIFY(checkable(TrainingFault::LinkDown, 1));
        QVERIFY(checkable(TrainingFault::ClockSkew, 2));
        QVERIFY(!checkable(TrainingFault::LinkDown, TrainingFaultModel::SymptomColumn));
        QVERIFY(checkable(TrainingFault::LogDiskFull, 1));
        QVERIFY(!checkable(TrainingFault::LogDiskFull, 2));
        QVERIFY(cell(TrainingFault::LogDiskFull, 1).data(TrainingFaultModel::SerialRole).toString().isEmpty());
        QCOMPARE(cell(TrainingFault::ClockSkew, 2).data(TrainingFaultModel::SerialRole).toString(), u"EMU-0002"_s);
        QVERIFY(!checkable(TrainingFault::PortChanged, 1));
        QVERIFY(!cell(TrainingFault::PortChanged, 1).data(Qt::CheckStateRole).isValid());
    }

    void checkingSetsTheFault()
    {
        QVERIFY(m_model->setData(cell(TrainingFault::ClockSkew, 2), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(m_core->training()->hasFault(TrainingFault::ClockSkew, u"EMU-0002"_s));
        QVERIFY(!m_core->training()->hasFault(TrainingFault::ClockSkew, u"EMU-0001"_s));
        QCOMPARE(cell(TrainingFault::ClockSkew, 2).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(cell(TrainingFault::ClockSkew, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

        QVERIFY(m_model->setData(cell(TrainingFault::LogDiskFull, 1), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(m_core->training()->hasFault(TrainingFault::LogDiskFull));
        QCOMPARE(cell(TrainingFault::LogDiskFull, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

        // A fault set elsewhere (a guide's action, a test) shows too.
        QVERIFY(m_core->training()->setFault(TrainingFault::FrozenScreen, u"EMU-0001"_s, true).ok());
        QCOMPARE(cell(TrainingFault::FrozenScreen, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void turningOffUnchecksEverything()
    {
        m_core->training()->setEnabled(false);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            for (int column = 1; column < m_model->columnCount(); ++column) {
                const QVariant state = m_model->index(row, column).data(Qt::CheckStateRole);
                QVERIFY(!state.isValid() || state.toInt() == Qt::Unchecked);
            }
        }
    }

    void columnsFollowTheReaders()
    {
        m_core->emulated()->detach(u"EMU-0001"_s);
        QCOMPARE(m_model->columnCount(), 2);
        QCOMPARE(m_model->serialAt(1), u"EMU-0002"_s);
        QCOMPARE(m_model->columnOf(u"EMU-0001"_s), -1);
    }
};

// A GUI application: the emulated readers paint their screens.
QTEST_MAIN(TestTrainingFaultModel)
#include "testtrainingfaultmodel.moc"
