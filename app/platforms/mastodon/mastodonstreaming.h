// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Mastodon's streaming API (reference/platforms.md, section 1, Streaming): the user's
// notifications as server-sent events (GET /api/v1/streaming/user/notification), so a mention
// arrives in a second instead of at the next poll. Streaming only speeds things up: the poller
// stays the authority on the min_id cursor. When the stream opens (and after every reconnect)
// the mentions stream is polled once from its cursor, so whatever came while the stream was
// down is caught up; while it is down, polling runs at its normal interval.

#include "app/core/connector.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace CareDesk::Mastodon {

class MastodonConnector;

/// One server-sent event.
struct SseEvent {
    QString event = QStringLiteral("message"); ///< the `event:` field; "message" when absent
    QByteArray data; ///< the `data:` lines joined by '\n'
    QString id; ///< the last `id:` seen
};

/// The framing of server-sent events (WHATWG HTML, "Server-sent events", event stream
/// interpretation), as a pure function of the bytes fed so far: chunks may split lines, line
/// endings and multi-byte characters anywhere. Lines starting with ':' are comments (Mastodon's
/// `:thump` heartbeat); a field without a colon is a field with an empty value; unknown fields
/// are ignored; an event is dispatched at an empty line and only when it has data. An event
/// larger than maxEventBytes is dropped whole (counted in dropped()), so a hostile server
/// cannot fill memory.
class SseParser
{
public:
    static constexpr qsizetype maxEventBytes = 1024 * 1024;

    /// The events completed by this chunk, in order.
    QList<SseEvent> feed(QByteArrayView chunk);
    /// Comment lines seen (heartbeats).
    int comments() const { return m_comments; }
    /// Events dropped for their size.
    int dropped() const { return m_dropped; }

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);

    QByteArray m_line;
    bool m_started = false; ///< past a leading byte order mark
    bool m_afterCr = false; ///< the previous chunk ended in '\r': a leading '\n' belongs to it
    bool m_oversized = false;
    QString m_eventType;
    QByteArray m_data;
    bool m_hasData = false;
    QString m_lastId;
    int m_comments = 0;
    int m_dropped = 0;
};

/// What a streamed event means for CareDesk.
struct StreamedMentions {
    QList<IncomingMessage> messages;
    int skipped = 0;
};

/// The path of the user's notification stream, relative to the API root.
inline constexpr QStringView streamingPath = u"/api/v1/streaming/user/notification";

/// Reads an event of the user stream: `notification` events whose type is mention become
/// messages exactly as the polled notifications do (MastodonParser::notifications); other
/// events and types are empty. Malformed data is an ErrorCode::Invalid error.
Result<StreamedMentions> mentionsOf(const SseEvent &event, MastodonConnector &connector);

/// One account's notification stream, reconnecting with a growing wait after it fails or drops.
class MastodonStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MastodonStream)

public:
    struct Options {
        /// The first wait before reconnecting; doubled after each failure up to maxReconnectMs.
        int reconnectMs = 5 * 1000;
        int maxReconnectMs = 5 * 60 * 1000;
        /// A stream that sends nothing (not even a heartbeat: Mastodon sends one every ten
        /// seconds or so) for this long is taken for dead.
        int idleTimeoutMs = 60 * 1000;
    };

    /// network and connector are not owned and must outlive the stream.
    MastodonStream(QNetworkAccessManager &network, MastodonConnector &connector,
        const Options &options, QObject *parent = nullptr);
    ~MastodonStream() override;

    void start();
    void stop();
    bool isLive() const { return m_live; }

Q_SIGNALS:
    /// The server accepted the stream: catch up by polling once from the cursor.
    void live();
    /// Mentions that arrived on the stream.
    void received(const QList<CareDesk::IncomingMessage> &messages, int skipped);
    /// The stream could not be opened or dropped: poll until live() comes again.
    void down(const QString &reason);

private:
    void open();
    void onReadyRead();
    void onFinished();
    void fail(const QString &reason);
    void scheduleReconnect();

    QNetworkAccessManager &m_network;
    MastodonConnector &m_connector;
    Options m_options;
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    QTimer m_reconnect;
    QTimer m_idle;
    int m_wait = 0;
    bool m_running = false;
    bool m_live = false;
    bool m_failed = false;
};

} // namespace CareDesk::Mastodon
