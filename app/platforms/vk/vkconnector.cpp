// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/vk/vkconnector.h"

#include "app/core/futures.h"

#include <QCryptographicHash>
#include <QPromise>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Vk {

namespace {

    constexpr qsizetype maxRemembered = 50000;
    constexpr qsizetype maxEvents = 10000;
    constexpr Millis keychainRetry = 60 * 1000;
    constexpr int maxLongPollWait = 90; // VK's own maximum for `wait`

    QByteArray keyHash(const QString &idempotencyKey)
    {
        return QCryptographicHash::hash(
            u"caredesk-vk:"_s.append(idempotencyKey).toUtf8(), QCryptographicHash::Sha256);
    }

} // namespace

Millis RequestPacer::reserve(Millis now)
{
    while (!m_slots.isEmpty() && m_slots.first() <= now - 1000)
        m_slots.removeFirst();
    Millis slot = m_slots.isEmpty() ? now : qMax(now, m_slots.last());
    if (m_slots.size() >= m_perSecond)
        slot = qMax(slot, m_slots.at(m_slots.size() - m_perSecond) + 1000);
    m_slots.append(slot);
    return slot;
}

struct VkConnector::Backfill {
    QString token;
    QString ts;
    std::function<void(const FetchResult &)> done;
    QList<qint64> posts;
    bool postsRead = false;
    bool conversationsRead = false;
    FetchResult result;
};

VkConnector::VkConnector(const Account &account, const LiveConnectorContext &context)
    : LiveConnector(account, context)
    , m_root(apiRoot(account))
{
}

QUrl VkConnector::apiRoot(const Account &account)
{
    QUrl url(
        account.baseUrl.isEmpty() ? u"https://api.vk.com/method/"_s : account.baseUrl.trimmed());
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

HttpRequest VkConnector::communityRequest(const Account &account, const QString &token)
{
    QUrl url = apiRoot(account);
    url.setPath(url.path() + u"groups.getById"_s);
    QUrlQuery fields;
    fields.addQueryItem(u"access_token"_s, token);
    fields.addQueryItem(u"v"_s, VkParser::apiVersion);
    return HttpRequest::postForm(url, fields);
}

QString VkConnector::guidFor(const QString &idempotencyKey)
{
    return QString::fromLatin1(keyHash(idempotencyKey).toHex().left(32));
}

qint32 VkConnector::randomIdFor(const QString &idempotencyKey)
{
    const QByteArray hash = keyHash(idempotencyKey);
    const quint32 value = (quint32(quint8(hash[0])) << 24) | (quint32(quint8(hash[1])) << 16)
        | (quint32(quint8(hash[2])) << 8) | quint32(quint8(hash[3]));
    const qint32 id = qint32(value & 0x7fffffffU);
    return id == 0 ? 1 : id; // 0 means "no deduplication" to VK
}

ConnectorCapabilities VkConnector::capabilities() const
{
    ConnectorCapabilities capabilities;
    capabilities.idempotency = true;
    capabilities.streaming = longPollSeconds() > 0;
    capabilities.privateReplies = true;
    capabilities.publicLimits.maxLength = maxCommentLength;
    capabilities.privateLimits.maxLength = maxMessageLength;
    return capabilities;
}

QStringList VkConnector::streams() const
{
    return { eventsStream };
}

void VkConnector::call(const QString &token, const QString &method, QUrlQuery fields, Done done)
{
    QUrl url = m_root;
    url.setPath(m_root.path() + method);
    fields.addQueryItem(u"access_token"_s, token);
    fields.addQueryItem(u"v"_s, VkParser::apiVersion);
    HttpRequest request = HttpRequest::postForm(url, fields);
    request.limiterKey = limiterKey();
    request.transferTimeoutMs = requestTimeoutMs();
    const Millis now = clock().now();
    const Millis at = m_pacer.reserve(now);
    auto go = [this, request, done]() {
        http().send(request).then(QtFuture::Launch::Sync,
            onContext(guard(), [done](const HttpResult &result) { done(result); }));
    };
    if (at <= now)
        go();
    else
        QTimer::singleShot(int(qMin<Millis>(at - now, 60 * 1000)), guard(), go);
}

HttpFailure VkConnector::failureOf(const HttpResult &result)
{
    if (!result.answered())
        return transportFailure(result);
    const Millis now = clock().now();
    HttpFailure failure = VkParser::failure(result.status, result.body, now);
    if (failure.kind == HttpFailure::Kind::RateLimited) {
        // VK names no time: wait at least its base, plus a jittered backoff that grows while
        // the errors go on. The hold pauses every request of the account, the outbox's too.
        RateLimiter &limiter = http().limiter(limiterKey());
        failure.retryAt = boundedRetryAt(failure.retryAt + limiter.backoffDelay(m_strikes), now);
        ++m_strikes;
        return failure;
    }
    return withBackoff(failure, result);
}

ParseContext VkConnector::parseContext() const
{
    ParseContext context;
    context.groupId = m_groupId;
    context.seenEvent = [this](const QString &eventId) { return m_events.contains(eventId); };
    context.knownThread = [this](const QString &platformId) { return m_threads.value(platformId); };
    return context;
}

void VkConnector::remember(const QList<IncomingMessage> &messages, const QStringList &eventIds)
{
    if (m_threads.size() > maxRemembered)
        m_threads.clear();
    for (const IncomingMessage &m : messages)
        m_threads.insert(m.platformId, m.threadKey);
    for (const QString &id : eventIds) {
        if (m_events.contains(id))
            continue;
        m_events.insert(id);
        m_eventOrder.append(id);
    }
    while (m_eventOrder.size() > maxEvents)
        m_events.remove(m_eventOrder.takeFirst());
}

void VkConnector::prepare(const QString &token, bool withServer, Ready done)
{
    auto fail = [this, done](const HttpResult &result) {
        const FetchResult failed = fetchFailure(failureOf(result));
        done(failed.error, failed.retryAt);
    };
    auto unreadable = [this, done](const Error &error) {
        noteError(error.message);
        done(error, http().limiter(limiterKey()).noteTransientFailure());
    };
    if (m_groupId == 0) {
        call(token, u"groups.getById"_s, {},
            [this, token, withServer, done, fail, unreadable](const HttpResult &result) {
                if (!result.isSuccess() || VkParser::apiError(result.body)) {
                    fail(result);
                    return;
                }
                const Result<Community> community = VkParser::community(result.body);
                if (!community.ok()) {
                    unreadable(community.error());
                    return;
                }
                m_groupId = community.value().id;
                prepare(token, withServer, done);
            });
        return;
    }
    if (withServer && !m_server) {
        QUrlQuery fields;
        fields.addQueryItem(u"group_id"_s, QString::number(m_groupId));
        call(token, u"groups.getLongPollServer"_s, fields,
            [this, done, fail, unreadable](const HttpResult &result) {
                if (!result.isSuccess() || VkParser::apiError(result.body)) {
                    fail(result);
                    return;
                }
                const Result<LongPollServer> server = VkParser::longPollServer(result.body);
                if (!server.ok()) {
                    unreadable(server.error());
                    return;
                }
                m_server = server.value();
                done(Error::none(), 0);
            });
        return;
    }
    done(Error::none(), 0);
}

QFuture<FetchResult> VkConnector::fetch(const QString &stream, const QString &cursor)
{
    auto promise = std::make_shared<QPromise<FetchResult>>();
    QFuture<FetchResult> future = promise->future();
    promise->start();
    if (!m_root.isValid() || stream != eventsStream) {
        deliver(promise,
            failedFetch(Error { ErrorCode::Invalid,
                            m_root.isValid()
                                ? tr("VK communities have no stream called \"%1\".").arg(stream)
                                : tr("The VK account %1 has an invalid API address.")
                                      .arg(account().handle) },
                0));
        return future;
    }
    withToken([this, promise, cursor](const Result<QString> &token) {
        if (!token.ok()) {
            deliver(promise,
                failedFetch(
                    token.error(), isPaused() ? pausedUntil() : clock().now() + keychainRetry));
            return;
        }
        prepare(token.value(), true, [this, promise, cursor, token](const Error &error, Millis at) {
            if (error.isError()) {
                deliver(promise, failedFetch(error, at));
                return;
            }
            bool isNumber = false;
            (void)cursor.toLongLong(&isNumber);
            if (isNumber) {
                poll(cursor, [promise](const FetchResult &r) { deliver(promise, r); });
                return;
            }
            // No cursor yet, or events may have been lost: read what the API still shows.
            QString ts
                = cursor.startsWith(backfillPrefix) ? cursor.mid(backfillPrefix.size()) : QString();
            (void)ts.toLongLong(&isNumber);
            if (!isNumber)
                ts = m_server->ts;
            backfill(token.value(), ts, [promise](const FetchResult &r) { deliver(promise, r); });
        });
    });
    return future;
}

void VkConnector::poll(const QString &cursor, std::function<void(const FetchResult &)> done)
{
    QUrl url(m_server->server);
    QUrlQuery query(url);
    query.addQueryItem(u"act"_s, u"a_check"_s);
    query.addQueryItem(u"key"_s, m_server->key);
    query.addQueryItem(u"ts"_s, cursor);
    const int wait = qBound(0, longPollSeconds(), maxLongPollWait);
    query.addQueryItem(u"wait"_s, QString::number(wait));
    url.setQuery(query);
    HttpRequest request = HttpRequest::get(url);
    request.limiterKey = limiterKey();
    // A long poll's answer may take the poll's own wait; the transfer timeout allows that much
    // more before it calls the connection dead.
    request.transferTimeoutMs = wait * 1000 + requestTimeoutMs();
    http().send(request).then(
        QtFuture::Launch::Sync, onContext(guard(), [this, cursor, done](const HttpResult &result) {
            if (!result.isSuccess()) {
                // The long poll server may have moved: ask for one again next time. It never sees
                // the token, so its 401/403 say nothing about the token: a retry, not a pause.
                if (result.answered())
                    m_server.reset();
                HttpFailure failure = failureOf(result);
                if (failure.kind == HttpFailure::Kind::AuthFailed) {
                    failure.kind = HttpFailure::Kind::Retryable;
                    failure.reason = tr("The VK long poll server refused the request (HTTP %1); "
                                        "CareDesk asks for a new one.")
                                         .arg(result.status);
                    failure.retryAt = http().limiter(limiterKey()).noteTransientFailure();
                }
                done(fetchFailure(failure));
                return;
            }
            const Result<LongPollAnswer> parsed = VkParser::longPoll(result.body, parseContext());
            if (!parsed.ok()) {
                if (VkParser::apiError(result.body)) {
                    done(fetchFailure(failureOf(result)));
                    return;
                }
                // Unreadable: asked for again later with the same ts, since skipping would lose
                // events; a new server too, in case this one is broken.
                m_server.reset();
                noteError(parsed.error().message);
                done(failedFetch(
                    parsed.error(), http().limiter(limiterKey()).noteTransientFailure()));
                return;
            }
            const LongPollAnswer &answer = parsed.value();
            FetchResult fetched;
            switch (answer.kind) {
            case LongPollAnswer::Kind::Updates:
                fetched.messages = answer.messages;
                fetched.skipped = answer.skipped;
                fetched.nextCursor = answer.ts;
                remember(answer.messages, answer.eventIds);
                break;
            case LongPollAnswer::Kind::HistoryLost:
                // Continue with the new ts, after reading back what the gap may have swallowed.
                fetched.nextCursor = backfillPrefix + answer.ts;
                fetched.hasMore = true;
                break;
            case LongPollAnswer::Kind::KeyExpired:
                m_server.reset();
                fetched.nextCursor = cursor; // same ts, new key
                fetched.hasMore = true;
                break;
            case LongPollAnswer::Kind::InfoLost:
                m_server.reset();
                fetched.nextCursor = backfillPrefix; // new key and ts, then backfill
                fetched.hasMore = true;
                break;
            }
            m_strikes = 0;
            noteSuccess();
            done(fetched);
        }));
}

void VkConnector::backfill(
    const QString &token, const QString &ts, std::function<void(const FetchResult &)> done)
{
    auto state = std::make_shared<Backfill>();
    state->token = token;
    state->ts = ts;
    state->done = std::move(done);
    backfillStep(state);
}

void VkConnector::backfillStep(const std::shared_ptr<Backfill> &state)
{
    auto failed
        = [this, state](const HttpResult &result) { state->done(fetchFailure(failureOf(result))); };
    auto unreadable = [this, state](const Error &error) {
        noteError(error.message);
        state->done(failedFetch(error, http().limiter(limiterKey()).noteTransientFailure()));
    };
    const qint64 owner = -m_groupId;
    if (!state->postsRead) {
        QUrlQuery fields;
        fields.addQueryItem(u"owner_id"_s, QString::number(owner));
        fields.addQueryItem(u"count"_s, QString::number(backfillPosts));
        call(state->token, u"wall.get"_s, fields,
            [this, state, failed, unreadable](const HttpResult &result) {
                if (!result.isSuccess() || VkParser::apiError(result.body)) {
                    failed(result);
                    return;
                }
                const Result<QList<qint64>> posts = VkParser::postIds(result.body);
                if (!posts.ok()) {
                    unreadable(posts.error());
                    return;
                }
                state->posts = posts.value().mid(0, backfillPosts);
                state->postsRead = true;
                backfillStep(state);
            });
        return;
    }
    if (!state->posts.isEmpty()) {
        const qint64 post = state->posts.takeFirst();
        QUrlQuery fields;
        fields.addQueryItem(u"owner_id"_s, QString::number(owner));
        fields.addQueryItem(u"post_id"_s, QString::number(post));
        fields.addQueryItem(u"count"_s, u"100"_s);
        fields.addQueryItem(u"sort"_s, u"desc"_s);
        fields.addQueryItem(u"preview_length"_s, u"0"_s);
        fields.addQueryItem(u"extended"_s, u"1"_s);
        fields.addQueryItem(u"thread_items_count"_s, u"10"_s);
        call(state->token, u"wall.getComments"_s, fields,
            [this, state, failed, unreadable, owner, post](const HttpResult &result) {
                if (!result.isSuccess() || VkParser::apiError(result.body)) {
                    failed(result);
                    return;
                }
                const Result<FetchResult> comments
                    = VkParser::comments(result.body, owner, post, parseContext());
                if (!comments.ok()) {
                    unreadable(comments.error());
                    return;
                }
                state->result.messages.append(comments.value().messages);
                state->result.skipped += comments.value().skipped;
                backfillStep(state);
            });
        return;
    }
    if (!state->conversationsRead) {
        QUrlQuery fields;
        fields.addQueryItem(u"count"_s, u"200"_s);
        fields.addQueryItem(u"filter"_s, u"all"_s);
        fields.addQueryItem(u"extended"_s, u"1"_s);
        fields.addQueryItem(u"group_id"_s, QString::number(m_groupId));
        call(state->token, u"messages.getConversations"_s, fields,
            [this, state, failed, unreadable](const HttpResult &result) {
                if (!result.isSuccess() || VkParser::apiError(result.body)) {
                    failed(result);
                    return;
                }
                const Result<FetchResult> conversations
                    = VkParser::conversations(result.body, parseContext());
                if (!conversations.ok()) {
                    unreadable(conversations.error());
                    return;
                }
                state->result.messages.append(conversations.value().messages);
                state->result.skipped += conversations.value().skipped;
                state->conversationsRead = true;
                backfillStep(state);
            });
        return;
    }
    FetchResult &result = state->result;
    std::stable_sort(result.messages.begin(), result.messages.end(),
        [](const IncomingMessage &a, const IncomingMessage &b) {
            return a.createdAt < b.createdAt;
        });
    result.nextCursor = state->ts;
    result.hasMore = true; // the long poll goes on from ts at once
    remember(result.messages, {});
    m_strikes = 0;
    noteSuccess();
    state->done(result);
}

QFuture<SendResult> VkConnector::send(const SendRequest &request)
{
    auto promise = std::make_shared<QPromise<SendResult>>();
    QFuture<SendResult> future = promise->future();
    promise->start();

    const OutboxItem &item = request.item;
    const bool isPrivate = item.visibility == Visibility::Private;
    const std::optional<VkParser::WallTarget> wall = VkParser::wallOf(request.threadKey);
    qint64 peer = 0;
    bool isNumber = false;
    const qint64 customer = request.customerPlatformId.toLongLong(&isNumber);
    const std::optional<qint64> dialog = VkParser::peerOf(request.threadKey);
    if (dialog && (!isPrivate || *dialog < 2000000000LL)) {
        // The dialog itself: a user's dialog with the community is private whichever surface
        // the agent picked; a group chat takes the public replies.
        peer = *dialog;
    } else if (isPrivate && isNumber && customer > 0) {
        // A commenter or a chat member, privately: their dialog with the community.
        peer = customer;
    }
    if (peer == 0 && (isPrivate || !wall)) {
        SendResult failed;
        failed.outcome = SendOutcome::FailedPermanent;
        failed.reason = isPrivate ? tr("This case has no VK user to write to privately.")
                                  : tr("This case is not a VK post CareDesk can comment on.");
        deliver(promise, failed);
        return future;
    }
    if (item.idempotencyKey.isEmpty()) {
        SendResult failed;
        failed.outcome = SendOutcome::FailedPermanent;
        failed.reason = tr("The reply has no idempotency key, so VK could not recognise a repeat.");
        deliver(promise, failed);
        return future;
    }

    withToken([this, promise, item, wall, peer](const Result<QString> &token) {
        if (!token.ok()) {
            SendResult failed;
            failed.outcome = SendOutcome::FailedRetryable;
            failed.reason = token.error().message;
            failed.retryAt = isPaused() ? pausedUntil() : clock().now() + keychainRetry;
            deliver(promise, failed);
            return;
        }
        prepare(token.value(), false,
            [this, promise, item, wall, peer, token](const Error &error, Millis at) {
                if (error.isError()) {
                    SendResult failed;
                    failed.outcome = SendOutcome::FailedRetryable;
                    failed.reason = error.message;
                    failed.retryAt = at;
                    deliver(promise, failed);
                    return;
                }
                QUrlQuery fields;
                QString method;
                if (peer != 0) {
                    method = u"messages.send"_s;
                    fields.addQueryItem(u"peer_id"_s, QString::number(peer));
                    fields.addQueryItem(
                        u"random_id"_s, QString::number(randomIdFor(item.idempotencyKey)));
                    fields.addQueryItem(u"message"_s, item.text);
                    fields.addQueryItem(u"dont_parse_links"_s, u"0"_s);
                } else {
                    method = u"wall.createComment"_s;
                    qint64 replyTo = wall->commentId;
                    if (const auto target = VkParser::wallOf(item.replyToPlatformId); target
                        && target->ownerId == wall->ownerId && target->postId == wall->postId)
                        replyTo = target->commentId;
                    fields.addQueryItem(u"owner_id"_s, QString::number(wall->ownerId));
                    fields.addQueryItem(u"post_id"_s, QString::number(wall->postId));
                    // "from_group: the community's id to comment as" (the method's reference).
                    fields.addQueryItem(u"from_group"_s, QString::number(m_groupId));
                    fields.addQueryItem(u"reply_to_comment"_s, QString::number(replyTo));
                    fields.addQueryItem(u"message"_s, item.text);
                    fields.addQueryItem(u"guid"_s, guidFor(item.idempotencyKey));
                }
                const std::optional<VkParser::WallTarget> post = wall;
                call(token.value(), method, fields,
                    [this, promise, peer, post](const HttpResult &result) {
                        if (!result.answered()) {
                            deliver(promise,
                                unansweredSend(result,
                                    tr("%1 The reply may have been posted; CareDesk sends it "
                                       "again with the same identifier, which VK recognises.")
                                        .arg(result.errorText)));
                            return;
                        }
                        if (!result.isSuccess() || VkParser::apiError(result.body)) {
                            deliver(promise, sendFailure(failureOf(result)));
                            return;
                        }
                        const SendResult sent = peer != 0
                            ? VkParser::messageSent(result.body, peer, clock().now())
                            : VkParser::commentSent(
                                result.body, post->ownerId, post->postId, clock().now());
                        if (sent.outcome == SendOutcome::Sent) {
                            if (post)
                                m_threads.insert(sent.platformId,
                                    VkParser::wallThread(
                                        post->ownerId, post->postId, post->commentId));
                            m_strikes = 0;
                            noteSuccess();
                            deliver(promise, sent);
                        } else {
                            deliver(promise, unknownSend(sent.reason));
                        }
                    });
            });
    });
    return future;
}

} // namespace CareDesk::Vk
