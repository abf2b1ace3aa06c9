// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/logs/consolelogrecorder.h"

#include "app/logs/logstore.h"
#include "devicelink/error.h"
#include "devicelink/readerfleet.h"
#include "devicelink/readerregistry.h"

#include <QDateTime>

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

namespace {

LogRecord recordFor(const QString &source, LogLevel level, const QString &category, const QString &code,
                    const QString &message)
{
    LogRecord record;
    record.timeMs = QDateTime::currentMSecsSinceEpoch();
    record.source = source;
    record.level = level;
    record.category = category;
    record.code = code;
    record.message = message;
    return record;
}

} // namespace

ConsoleLogRecorder::ConsoleLogRecorder(LogStore *store, ReaderRegistry *registry, ReaderFleet *fleet,
                                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_registry(registry)
{
    connect(registry, &ReaderRegistry::summaryChanged, this, &ConsoleLogRecorder::onRegistryChanged);
    connect(fleet, &ReaderFleet::linkProblem, this, &ConsoleLogRecorder::onLinkProblem);
}

void ConsoleLogRecorder::onRegistryChanged()
{
    for (int row = 0; row < m_registry->rowCount(); ++row) {
        const ReaderEntry &entry = m_registry->entryAt(row);
        const QString serial = entry.description.serial;
        const auto known = m_states.constFind(serial);
        if (known != m_states.constEnd() && known.value() == entry.state)
            continue;
        m_states.insert(serial, entry.state);
        const bool bad = entry.state == ReaderState::Error || entry.state == ReaderState::WaitingForConnection;
        m_store->append(recordFor(serial, bad ? LogLevel::Warning : LogLevel::Info, u"state"_s,
                                  entry.state == ReaderState::Error ? entry.error.codeString() : QString(),
                                  ReaderRegistry::stateLabel(entry)));
    }
}

void ConsoleLogRecorder::onLinkProblem(const QString &serial, const Error &error)
{
    m_store->append(recordFor(serial, LogLevel::Warning, u"link"_s, error.codeString(), error.toLogString()));
}

} // namespace Console
