// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/mastodon/mastodonstreaming.h"

#include "app/platforms/httpclient.h"
#include "app/platforms/mastodon/mastodonconnector.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Mastodon {

QList<SseEvent> SseParser::feed(QByteArrayView chunk)
{
    QList<SseEvent> out;
    qsizetype from = 0;
    if (m_afterCr && !chunk.isEmpty()) {
        m_afterCr = false;
        if (chunk.front() == '\n')
            from = 1;
    }
    for (qsizetype i = from; i < chunk.size(); ++i) {
        const char c = chunk.at(i);
        if (c != '\r' && c != '\n')
            continue;
        // A line is complete: what is buffered plus this chunk up to here.
        if (m_line.isEmpty()) {
            processLine(chunk.sliced(from, i - from), out);
        } else {
            m_line += chunk.sliced(from, i - from);
            processLine(m_line, out);
            m_line.clear();
        }
        if (c == '\r') {
            if (i + 1 < chunk.size()) {
                if (chunk.at(i + 1) == '\n')
                    ++i;
            } else {
                m_afterCr = true;
            }
        }
        from = i + 1;
    }
    if (from < chunk.size()) {
        if (m_line.size() + (chunk.size() - from) > maxEventBytes) {
            // A line that never ends: drop it and the event it belongs to.
            m_line.clear();
            m_oversized = true;
        } else {
            m_line += chunk.sliced(from);
        }
    }
    return out;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (!m_started) {
        m_started = true;
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        if (m_hasData && !m_oversized) {
            SseEvent event;
            if (!m_eventType.isEmpty())
                event.event = m_eventType;
            event.data = m_data;
            if (event.data.endsWith('\n'))
                event.data.chop(1);
            event.id = m_lastId;
            out.append(event);
        } else if (m_oversized) {
            ++m_dropped;
        }
        m_eventType.clear();
        m_data.clear();
        m_hasData = false;
        m_oversized = false;
        return;
    }
    if (line.front() == ':') {
        ++m_comments;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "event") {
        m_eventType = QString::fromUtf8(value);
    } else if (field == "data") {
        if (m_data.size() + value.size() + 1 > maxEventBytes) {
            m_oversized = true;
            m_data.clear();
        } else if (!m_oversized) {
            m_data += value;
            m_data += '\n';
        }
        m_hasData = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = QString::fromUtf8(value);
    }
    // "retry" and unknown fields: ignored (the reconnect wait is ours to choose).
}

Result<StreamedMentions> mentionsOf(const SseEvent &event, MastodonConnector &connector)
{
    StreamedMentions mentions;
    if (event.event != "notification"_L1)
        return mentions; // update, delete, filters_changed, announcement ...: not ours
    const QByteArray trimmed = event.data.trimmed();
    if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) {
        return Error { ErrorCode::Invalid,
            QCoreApplication::translate("CareDesk::Mastodon::MastodonStream",
                "The Mastodon stream sent a notification that is not a JSON object.") };
    }
    // A streamed notification is one element of the polled page: read it the same way, so both
    // paths thread and normalize alike.
    Result<FetchResult> parsed = connector.parseStreamed("[" + trimmed + "]");
    if (!parsed.ok())
        return parsed.error();
    mentions.messages = parsed.value().messages;
    mentions.skipped = parsed.value().skipped;
    return mentions;
}

MastodonStream::MastodonStream(QNetworkAccessManager &network, MastodonConnector &connector,
    const Options &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_connector(connector)
    , m_options(options)
    , m_wait(options.reconnectMs)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &MastodonStream::open);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        fail(tr("The Mastodon stream went silent; CareDesk polls until it reconnects."));
    });
}

MastodonStream::~MastodonStream()
{
    stop();
}

void MastodonStream::start()
{
    if (m_running)
        return;
    m_running = true;
    m_wait = m_options.reconnectMs;
    open();
}

void MastodonStream::stop()
{
    m_running = false;
    m_live = false;
    m_reconnect.stop();
    m_idle.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void MastodonStream::open()
{
    if (!m_running || m_reply)
        return;
    m_failed = false;
    m_parser = SseParser();
    QPointer<MastodonStream> self(this);
    m_connector.streamRequest([this, self](const Result<QNetworkRequest> &request) {
        if (!self || !m_running || m_reply)
            return;
        if (!request.ok()) {
            fail(request.error().message);
            return;
        }
        m_reply = m_network.get(request.value());
        connect(m_reply, &QNetworkReply::readyRead, this, &MastodonStream::onReadyRead);
        connect(m_reply, &QNetworkReply::finished, this, &MastodonStream::onFinished);
        m_idle.start(m_options.idleTimeoutMs);
    });
}

void MastodonStream::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        // Read by onFinished, which says why.
        return;
    }
    m_idle.start(m_options.idleTimeoutMs);
    if (!m_live) {
        m_live = true;
        m_wait = m_options.reconnectMs;
        Q_EMIT live();
    }
    const QList<SseEvent> events = m_parser.feed(reply->readAll());
    for (const SseEvent &event : events) {
        const Result<StreamedMentions> mentions = mentionsOf(event, m_connector);
        if (!mentions.ok()) {
            // One unreadable event does not end the stream; the catch-up poll finds the mention.
            Q_EMIT received({}, 1);
            continue;
        }
        if (!mentions.value().messages.isEmpty() || mentions.value().skipped > 0)
            Q_EMIT received(mentions.value().messages, mentions.value().skipped);
        if (!m_reply)
            return; // stopped by a receiver
    }
}

void MastodonStream::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString reason;
    if (status == 401 || status == 403)
        reason = tr("Mastodon refused the stream (HTTP %1); CareDesk polls instead.").arg(status);
    else if (status != 0 && status != 200)
        reason = tr("Mastodon's streaming is unavailable (HTTP %1); CareDesk polls instead.")
                     .arg(status);
    else if (m_live)
        reason = tr("The Mastodon stream dropped; CareDesk polls until it reconnects.");
    else
        reason = tr("The Mastodon stream could not be opened (%1); CareDesk polls instead.")
                     .arg(reply->errorString());
    fail(reason);
}

void MastodonStream::fail(const QString &reason)
{
    m_idle.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_live = false;
    if (!m_running)
        return;
    Q_EMIT down(reason);
    scheduleReconnect();
}

void MastodonStream::scheduleReconnect()
{
    if (!m_running || m_reconnect.isActive())
        return;
    m_reconnect.start(m_wait);
    m_wait = qMin(m_options.maxReconnectMs, m_wait * 2);
}

} // namespace CareDesk::Mastodon
