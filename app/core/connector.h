// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/core/domain.h"
#include "app/core/result.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

namespace CareDesk {

/// Where a reply goes: a public reply others see, or a private message to the customer.
enum class Surface { Public, Private };

/// One message as a platform delivered it, normalized; the input of ingest.
struct IncomingMessage {
    QString platformId; ///< unique per account
    QString threadKey; ///< conversation, chat or root post that groups messages into a case
    Direction direction = Direction::In;
    Visibility visibility = Visibility::Public;
    QString authorPlatformId; ///< the platform's user id
    QString authorHandle;
    QString authorName;
    qint64 authorAudience = 0;
    QString text; ///< plain text (platform HTML converted on the way in)
    Millis createdAt = 0;
    QString replyToPlatformId;
    QString permalink;
    Millis editedAt = 0;
    QString language; ///< when the platform or the source tells; otherwise guessed
    int sentiment = 0; ///< -100..100 when scored upstream (demo traffic); 0 otherwise
    /// The sentiment above was set by the source (an import's "sentiment", the scorer already run);
    /// otherwise ingest scores the text with SentimentScorer. Sources that leave it false but set
    /// a non-zero sentiment (demo traffic) keep theirs.
    bool sentimentScored = false;
    Priority priority = Priority::Normal;
    QString customerRef; ///< a CRM id when an import tells it
};

/// What a connector found since a cursor.
struct FetchResult {
    QList<IncomingMessage> messages;
    QString nextCursor; ///< stored with the batch in one transaction
    bool hasMore = false; ///< fetch again at once
    Error error;
    Millis retryAt = 0; ///< when error is retryable: not before this time
    /// Items the parser could not read and left out (the cursor still moves past them, so one
    /// malformed item cannot stall the stream); for the account's health.
    int skipped = 0;
};

/// A reply to deliver; built from an outbox row.
struct SendRequest {
    OutboxItem item;
    QString threadKey;
    QString customerPlatformId; ///< for private messages
};

/// The four outcomes of a send (ARCHITECTURE.md, How data flows, 5).
enum class SendOutcome {
    Sent, ///< platformId holds the new message's id
    FailedRetryable, ///< 429, 5xx, network before the request left; retry at retryAt
    FailedPermanent, ///< the platform said no; reason says why
    Unknown, ///< the request left and no answer came
};

struct SendResult {
    SendOutcome outcome = SendOutcome::Unknown;
    QString platformId;
    Millis retryAt = 0;
    QString reason;
};

/// Limits of one surface of one platform account.
struct SurfaceLimits {
    int maxLength = 0; ///< in the platform's own counting unit
    Millis replyWindow
        = 0; ///< how long after the customer's last message a reply is allowed; 0: no limit
};

struct ConnectorCapabilities {
    bool idempotency = false; ///< a stable key makes an unknown outcome safe to retry
    bool streaming = false; ///< long poll or streaming instead of plain polling
    bool privateReplies = true;
    SurfaceLimits publicLimits;
    SurfaceLimits privateLimits;
};

/// What an account talks to: the real API (live), the built-in demo traffic, or a training
/// scenario. One instance per account; every call answers asynchronously and never blocks.
class Connector
{
public:
    virtual ~Connector() = default;
    virtual Platform platform() const = 0;
    virtual ConnectorKind kind() const = 0;
    virtual ConnectorCapabilities capabilities() const = 0;
    /// The streams this account is polled on (mentions, direct messages ...); each has a cursor.
    virtual QStringList streams() const = 0;
    /// What is new on a stream since cursor (empty: from the start the platform allows).
    virtual QFuture<FetchResult> fetch(const QString &stream, const QString &cursor) = 0;
    /// Delivers one reply. Must not be called twice for one outbox item unless the previous
    /// outcome was FailedRetryable, or Unknown with capabilities().idempotency.
    virtual QFuture<SendResult> send(const SendRequest &request) = 0;
};

} // namespace CareDesk
