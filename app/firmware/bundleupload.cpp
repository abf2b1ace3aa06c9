// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright the Madoguchi authors

#include "app/firmware/bundleupload.h"

#include "devicelink/controlmessage.h"
#include "devicelink/firmware/bundlechunk.h"
#include "devicelink/firmware/sha256.h"
#include "devicelink/protocol.h"
#include "devicelink/readerlink.h"

#include <QCborMap>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUpload, "madoguchi.firmware.upload")

namespace Console {

using namespace DeviceLink;
using namespace Qt::StringLiterals;

BundleUpload::BundleUpload(ReaderLink *link, QString bundlePath, QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_file(std::move(bundlePath))
{
    connect(link, &ReaderLink::messageReceived, this, &BundleUpload::onMessage);
    connect(link, &ReaderLink::bulkDrained, this, &BundleUpload::pump);
    connect(link, &ReaderLink::phaseChanged, this, [this](ReaderLink::Phase phase) {
        if (m_running && phase != ReaderLink::Phase::Trusted) {
            stop();
            Q_EMIT interrupted(Error(ErrorCode::LinkDown, u"link left the trusted phase during the upload"_s));
        }
    });
}

void BundleUpload::start()
{
    if (!m_link)
        return;
    if (m_size < 0) {
        if (!m_file.open(QIODevice::ReadOnly))
            return fail(Error(ErrorCode::BundleMalformed, m_file.fileName() + u": "_s + m_file.errorString()));
        Sha256 hash;
        if (!hash.addData(&m_file))
            return fail(Error(ErrorCode::BundleMalformed, m_file.fileName() + u": "_s + m_file.errorString()));
        m_sha256 = hash.result();
        m_size = m_file.size();
    }
    stop();
    m_running = true;
    const quint64 generation = ++m_generation;
    QCborMap args;
    args.insert(UpdateField::Size, m_size);
    args.insert(UpdateField::Sha256, m_sha256);
    m_link->request(QString(Op::UpdateBegin), args, this, [this, generation](const Result<QCborMap> &reply) {
        if (generation != m_generation || !m_running)
            return;
        if (!reply)
            return stopOn(reply.error());
        m_resumedFrom = reply->value(UpdateField::Offset).toInteger(-1);
        const bool onBoundary = m_resumedFrom % BundleChunkBytes == 0 || m_resumedFrom == m_size;
        if (m_resumedFrom < 0 || m_resumedFrom > m_size || !onBoundary)
            return fail(Error(ErrorCode::MalformedMessage, u"resume offset %1"_s.arg(m_resumedFrom)));
        qCInfo(lcUpload).noquote() << m_file.fileName() << "from" << m_resumedFrom << "of" << m_size;
        m_sent = m_acknowledged = m_resumedFrom;
        Q_EMIT progress(m_acknowledged, m_size);
        if (m_acknowledged == m_size)
            finish();
        else
            pump();
    });
}

void BundleUpload::cancel()
{
    stop();
}

void BundleUpload::stop()
{
    m_running = false;
    m_finishing = false;
    m_rewoundTo = -1;
    m_refusals = 0;
}

void BundleUpload::stopOn(const Error &reason)
{
    // Link errors (L1xx, L2xx) pass when the link is back; anything else is
    // the reader's verdict on the bundle.
    if (reason.number() < 300) {
        stop();
        Q_EMIT interrupted(reason);
    } else {
        fail(reason);
    }
}

void BundleUpload::fail(const Error &reason)
{
    stop();
    qCWarning(lcUpload).noquote() << m_file.fileName() << reason.toLogString();
    Q_EMIT failed(reason);
}

void BundleUpload::pump()
{
    if (!m_running || m_finishing || !m_link)
        return;
    while (m_sent < m_size && m_sent - m_acknowledged < UpdateWindowBytes) {
        BundleChunk chunk;
        chunk.offset = m_sent;
        if (!m_file.seek(m_sent))
            return fail(Error(ErrorCode::BundleMalformed, m_file.fileName() + u": cannot seek"_s));
        chunk.data = m_file.read(qMin(BundleChunkBytes, m_size - m_sent));
        if (chunk.data.isEmpty())
            return fail(Error(ErrorCode::BundleTruncated, m_file.fileName() + u": shorter than before"_s));
        // Before sending: sendBulk() may drain the queue at once and call
        // pump() again from inside, which must see this chunk as sent.
        m_sent += chunk.data.size();
        m_link->sendBulk(chunk.encode());
    }
}

void BundleUpload::onMessage(const ControlMessage &message)
{
    if (!m_running || message.type() != MessageType::Event
        || message.string(QString(Field::Kind)) != EventKind::UpdateProgress) {
        return;
    }
    const qint64 offset = message.integer(QString(UpdateField::Offset));
    const qint64 code = message.integer(QString(Field::Error));
    if (offset < 0 || offset > m_size)
        return;
    if (code > 0) {
        if (offset == m_rewoundTo)
            return;
        if (++m_refusals > MaxRefusals)
            return fail(Error::fromWire(int(code), u"chunk at %1 refused %2 times"_s.arg(offset).arg(m_refusals)));
        m_rewoundTo = offset;
        m_sent = m_acknowledged = offset;
        pump();
        return;
    }
    m_rewoundTo = -1;
    m_refusals = 0;
    if (offset <= m_acknowledged)
        return;
    m_acknowledged = offset;
    Q_EMIT progress(m_acknowledged, m_size);
    if (m_acknowledged == m_size)
        finish();
    else
        pump();
}

void BundleUpload::finish()
{
    m_finishing = true;
    const quint64 generation = m_generation;
    m_link->request(
        QString(Op::UpdateFinish), {}, this,
        [this, generation](const Result<QCborMap> &reply) {
            if (generation != m_generation || !m_running)
                return;
            if (!reply)
                return stopOn(reply.error());
            stop();
            Q_EMIT finished(reply->value(UpdateField::Version).toString());
        },
        FinishTimeoutMs);
}

} // namespace Console
