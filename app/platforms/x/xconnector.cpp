// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/x/xconnector.h"

#include "app/core/futures.h"

#include <QJsonObject>
#include <QPromise>
#include <QRegularExpression>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::X {

namespace {

    constexpr Millis keychainRetry = 60 * 1000;
    const QString mentionsEndpoint = u"mentions"_s; // the account's own limiter (its health)
    const QString dmEventsEndpoint = u"dm_events"_s;
    const QString postEndpoint = u"tweets.post"_s;
    const QString dmSendEndpoint = u"dm.post"_s;
    const QString timelineEndpoint = u"tweets.timeline"_s;
    const QString meEndpoint = u"users.me"_s;

    /// "since|newest|token" while paging; a plain id otherwise.
    struct PagingCursor {
        QString since;
        QString newest;
        QString token;
        static PagingCursor parse(const QString &cursor)
        {
            PagingCursor c;
            const QStringList parts = cursor.split(u'|');
            c.since = XParser::isId(parts.value(0)) ? parts.value(0) : QString();
            if (parts.size() == 3) {
                c.newest = XParser::isId(parts.value(1)) ? parts.value(1) : QString();
                c.token = parts.value(2).left(200);
            }
            return c;
        }
    };

    QString newer(const QString &a, const QString &b)
    {
        return XParser::compareIds(a, b) >= 0 ? a : b;
    }

} // namespace

XConnector::XConnector(const Account &account, const LiveConnectorContext &context)
    : LiveConnector(account, context)
    , m_root(apiRoot(account))
    , m_oauth(XOAuthEndpoints::forBase(account.baseUrl))
{
}

QUrl XConnector::apiRoot(const Account &account)
{
    QUrl url(
        account.baseUrl.trimmed().isEmpty() ? u"https://api.x.com"_s : account.baseUrl.trimmed());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

HttpRequest XConnector::meRequest(const Account &account, const QString &storedToken)
{
    QUrl url = apiRoot(account);
    url.setPath(url.path() + u"/2/users/me"_s);
    HttpRequest request = HttpRequest::get(url);
    request.headers.append(
        { "Authorization", "Bearer " + XTokens::parse(storedToken).accessToken.toUtf8() });
    return request;
}

bool XConnector::sameText(const QString &posted, const QString &reply)
{
    auto normal = [](QString text) {
        text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&amp;"_s, u"&"_s);
        return text.simplified();
    };
    return !reply.trimmed().isEmpty() && normal(posted) == normal(reply);
}

ConnectorCapabilities XConnector::capabilities() const
{
    ConnectorCapabilities capabilities;
    capabilities.idempotency = false;
    capabilities.streaming = false;
    capabilities.privateReplies = true;
    capabilities.publicLimits.maxLength = maxPostLength;
    capabilities.privateLimits.maxLength = maxMessageLength;
    return capabilities;
}

QStringList XConnector::streams() const
{
    return { mentionsStream, directStream };
}

QString XConnector::endpointKey(const QString &endpoint) const
{
    return endpoint == mentionsEndpoint ? limiterKey() : QString(limiterKey() + u'/' + endpoint);
}

void XConnector::withAccess(bool force, AccessCallback callback)
{
    withToken([this, force, callback](const Result<QString> &stored) {
        if (!stored.ok()) {
            callback(stored.error());
            return;
        }
        if (stored.value() != m_storedSeen) {
            // A new value in the keychain (a new sign-in): it wins over a renewal held here.
            m_storedSeen = stored.value();
            m_tokens = XTokens::parse(stored.value());
        }
        if (!m_tokens.isValid()) {
            pause(tr(
                "The keychain entry of the X account %1 holds no access token; connect the account "
                "again.")
                      .arg(account().handle));
            callback(Error {
                ErrorCode::Unavailable, tr("The X account %1 is paused.").arg(account().handle) });
            return;
        }
        if (force || m_tokens.needsRefresh(clock().now())) {
            refresh(callback);
            return;
        }
        callback(m_tokens.accessToken);
    });
}

void XConnector::refresh(AccessCallback callback)
{
    m_waitingForRefresh.append(std::move(callback));
    if (m_refreshing)
        return;
    auto finish = [this](const Result<QString> &outcome) {
        m_refreshing = false;
        const QList<AccessCallback> waiting = std::exchange(m_waitingForRefresh, {});
        for (const AccessCallback &cb : waiting)
            cb(outcome);
    };
    if (!m_tokens.canRefresh()) {
        const QString reason
            = tr("X's access token for %1 expired and cannot be renewed (no refresh token); "
                 "connect the account again.")
                  .arg(account().handle);
        pause(reason);
        finish(Error { ErrorCode::Unavailable, reason });
        return;
    }
    m_refreshing = true;
    HttpRequest request = XOAuth::refreshRequest(m_oauth.token, m_tokens);
    request.transferTimeoutMs = requestTimeoutMs();
    request.limiterKey = endpointKey(u"oauth"_s);
    http().send(request).then(
        QtFuture::Launch::Sync, onContext(guard(), [this, finish](const HttpResult &result) {
            const Result<XTokens> renewed = XOAuth::tokensFrom(
                result, m_tokens.clientId, m_tokens.refreshToken, clock().now());
            if (!renewed.ok()) {
                if (renewed.error().code == ErrorCode::Invalid) {
                    // X refused the refresh token (revoked, or used twice): only a new sign-in
                    // helps.
                    pause(tr("X refused to renew the access token of %1 (%2); connect the account "
                             "again.")
                              .arg(account().handle, renewed.error().message));
                } else {
                    noteError(renewed.error().message);
                }
                finish(renewed.error());
                return;
            }
            m_tokens = renewed.value();
            // The keychain gets the new pair (X rotates refresh tokens); m_storedSeen stays the
            // value read, so the renewal held here is used until the keychain changes otherwise.
            secrets().write(tokenKey(account().id), m_tokens.serialize());
            finish(m_tokens.accessToken);
        }));
}

void XConnector::noteHeaders(const HttpResult &result, const QString &endpoint)
{
    if (!result.answered())
        return;
    const Budget b = XParser::budget(result.headers);
    if (b.hasWindow()) {
        // At 0 remaining the endpoint's limiter holds its requests until the reset.
        http().limiter(endpointKey(endpoint)).noteBudget(b.limit, b.remaining, b.resetAt);
        if (endpoint == mentionsEndpoint)
            noteBudget(b.limit, b.remaining, b.resetAt);
    }
    if (b.hasDaily() && (endpoint == postEndpoint || endpoint == dmSendEndpoint)) {
        noteDailyBudget(b.dailyLimit, b.dailyRemaining, b.dailyResetAt);
        if (b.dailyRemaining == 0 && b.dailyResetAt > clock().now())
            http()
                .limiter(endpointKey(endpoint))
                .holdUntil(boundedRetryAt(b.dailyResetAt, clock().now()));
    }
}

void XConnector::call(HttpRequest request, const QString &endpoint, Done done, bool renewed)
{
    withAccess(
        renewed, [this, request, endpoint, done, renewed](const Result<QString> &access) mutable {
            if (!access.ok()) {
                HttpResult failed;
                failed.outcome = HttpResult::Outcome::Blocked;
                failed.errorText = access.error().message;
                failed.retryAt = isPaused() ? pausedUntil() : clock().now() + keychainRetry;
                done(failed);
                return;
            }
            HttpRequest sent = request;
            sent.headers.append({ "Authorization", "Bearer " + access.value().toUtf8() });
            sent.limiterKey = endpointKey(endpoint);
            sent.transferTimeoutMs = requestTimeoutMs();
            http().send(sent).then(QtFuture::Launch::Sync,
                onContext(
                    guard(), [this, request, endpoint, done, renewed](const HttpResult &result) {
                        noteHeaders(result, endpoint);
                        if (result.answered() && result.status == 429) {
                            // Only this endpoint waits, until X's reset.
                            const HttpFailure limited = XParser::failure(
                                result.status, result.body, result.headers, clock().now());
                            http().limiter(endpointKey(endpoint)).holdUntil(limited.retryAt);
                        }
                        // A 401 means the request was not carried out: renew once and repeat it.
                        if (result.answered() && result.status == 401 && !renewed
                            && m_tokens.canRefresh()) {
                            call(request, endpoint, done, true);
                            return;
                        }
                        done(result);
                    }));
        });
}

HttpFailure XConnector::failureOf(const HttpResult &result)
{
    if (!result.answered()) {
        if (result.outcome == HttpResult::Outcome::Blocked && isPaused()) {
            HttpFailure failure;
            failure.kind = HttpFailure::Kind::Retryable;
            failure.code = ErrorCode::Unavailable;
            failure.reason = result.errorText;
            failure.retryAt = result.retryAt;
            return failure;
        }
        return transportFailure(result);
    }
    return withBackoff(
        XParser::failure(result.status, result.body, result.headers, clock().now()), result);
}

FetchResult XConnector::fetchFailed(const HttpResult &result)
{
    const HttpFailure failure = failureOf(result);
    if (failure.kind == HttpFailure::Kind::RateLimited) {
        // Only the endpoint waits (its own limiter); the account's other streams go on.
        noteError(failure.reason);
        return failure.toFetchResult();
    }
    if (failure.kind == HttpFailure::Kind::Retryable && !result.answered()
        && result.outcome == HttpResult::Outcome::Blocked) {
        FetchResult r = failure.toFetchResult();
        r.retryAt = result.retryAt;
        return r;
    }
    return fetchFailure(failure);
}

void XConnector::withUserId(std::function<void(const Error &error, Millis retryAt)> done)
{
    if (!m_userId.isEmpty()) {
        done(Error::none(), 0);
        return;
    }
    QUrl url = m_root;
    url.setPath(m_root.path() + u"/2/users/me"_s);
    call(HttpRequest::get(url), meEndpoint, [this, done](const HttpResult &result) {
        if (!result.isSuccess()) {
            const FetchResult failed = fetchFailed(result);
            done(failed.error, failed.retryAt);
            return;
        }
        const Result<User> me = XParser::me(result.body);
        if (!me.ok()) {
            noteError(me.error().message);
            done(me.error(), http().limiter(limiterKey()).noteTransientFailure());
            return;
        }
        m_userId = me.value().id;
        done(Error::none(), 0);
    });
}

QFuture<FetchResult> XConnector::fetch(const QString &stream, const QString &cursor)
{
    auto promise = std::make_shared<QPromise<FetchResult>>();
    QFuture<FetchResult> future = promise->future();
    promise->start();
    if (!m_root.isValid() || (stream != mentionsStream && stream != directStream)) {
        deliver(promise,
            failedFetch(
                Error { ErrorCode::Invalid,
                    m_root.isValid() ? tr("X accounts have no stream called \"%1\".").arg(stream)
                                     : tr("The X account %1 has an invalid API address.")
                                           .arg(account().handle) },
                0));
        return future;
    }
    withUserId([this, promise, stream, cursor](const Error &error, Millis retryAt) {
        if (error.isError()) {
            deliver(promise, failedFetch(error, retryAt));
            return;
        }
        auto done = [promise](const FetchResult &r) { deliver(promise, r); };
        if (stream == mentionsStream)
            fetchMentions(cursor, done);
        else
            fetchDirect(cursor, done);
    });
    return future;
}

void XConnector::fetchMentions(const QString &cursor, std::function<void(const FetchResult &)> done)
{
    const PagingCursor c = PagingCursor::parse(cursor);
    QUrl url = m_root;
    url.setPath(m_root.path() + u"/2/users/%1/mentions"_s.arg(m_userId));
    QUrlQuery query;
    query.addQueryItem(u"max_results"_s, u"100"_s);
    query.addQueryItem(u"tweet.fields"_s, XParser::tweetFields);
    query.addQueryItem(u"expansions"_s, XParser::mentionExpansions);
    query.addQueryItem(u"user.fields"_s, XParser::userFields);
    if (!c.since.isEmpty())
        query.addQueryItem(u"since_id"_s, c.since);
    if (!c.token.isEmpty())
        query.addQueryItem(u"pagination_token"_s, c.token);
    url.setQuery(query);
    call(
        HttpRequest::get(url), mentionsEndpoint, [this, c, cursor, done](const HttpResult &result) {
            if (!result.isSuccess()) {
                done(fetchFailed(result));
                return;
            }
            const Result<Page> page = XParser::mentions(result.body, m_userId);
            if (!page.ok()) {
                noteError(page.error().message);
                done(
                    failedFetch(page.error(), http().limiter(limiterKey()).noteTransientFailure()));
                return;
            }
            FetchResult fetched;
            fetched.messages = page.value().messages;
            fetched.skipped = page.value().skipped;
            const QString newest = newer(c.newest, newer(c.since, page.value().newestId));
            if (!c.since.isEmpty() && !page.value().nextToken.isEmpty()
                && !page.value().messages.isEmpty()) {
                fetched.nextCursor = c.since + u'|' + newest + u'|' + page.value().nextToken;
                fetched.hasMore = true;
            } else {
                fetched.nextCursor = newest.isEmpty() ? cursor : newest;
            }
            noteSuccess();
            done(fetched);
        });
}

void XConnector::fetchDirect(const QString &cursor, std::function<void(const FetchResult &)> done)
{
    const PagingCursor c = PagingCursor::parse(cursor);
    QUrl url = m_root;
    url.setPath(m_root.path() + u"/2/dm_events"_s);
    QUrlQuery query;
    query.addQueryItem(u"max_results"_s, u"100"_s);
    query.addQueryItem(u"event_types"_s, u"MessageCreate"_s);
    query.addQueryItem(u"dm_event.fields"_s, XParser::dmFields);
    query.addQueryItem(u"expansions"_s, u"sender_id"_s);
    query.addQueryItem(u"user.fields"_s, XParser::userFields);
    if (!c.token.isEmpty())
        query.addQueryItem(u"pagination_token"_s, c.token);
    url.setQuery(query);
    call(
        HttpRequest::get(url), dmEventsEndpoint, [this, c, cursor, done](const HttpResult &result) {
            if (!result.isSuccess()) {
                done(fetchFailed(result));
                return;
            }
            const Result<Page> page = XParser::dmEvents(result.body, m_userId);
            if (!page.ok()) {
                noteError(page.error().message);
                done(
                    failedFetch(page.error(), http().limiter(limiterKey()).noteTransientFailure()));
                return;
            }
            FetchResult fetched;
            fetched.skipped = page.value().skipped;
            for (const IncomingMessage &m : page.value().messages) {
                if (c.since.isEmpty() || XParser::compareIds(m.platformId.mid(3), c.since) > 0)
                    fetched.messages.append(m);
            }
            const QString newest = newer(c.newest, newer(c.since, page.value().newestId));
            const bool olderUnseen
                = !c.since.isEmpty() && XParser::compareIds(page.value().oldestId, c.since) > 0;
            if (olderUnseen && !page.value().nextToken.isEmpty()) {
                fetched.nextCursor = c.since + u'|' + newest + u'|' + page.value().nextToken;
                fetched.hasMore = true;
            } else {
                fetched.nextCursor = newest.isEmpty() ? cursor : newest;
            }
            noteSuccess();
            done(fetched);
        });
}

QFuture<SendResult> XConnector::send(const SendRequest &request)
{
    auto promise = std::make_shared<QPromise<SendResult>>();
    QFuture<SendResult> future = promise->future();
    promise->start();
    const OutboxItem &item = request.item;
    Target target;
    target.isPrivate = item.visibility == Visibility::Private;
    if (target.isPrivate) {
        target.participant
            = XParser::isId(request.customerPlatformId) ? request.customerPlatformId : QString();
    } else {
        target.inReplyTo = XParser::isId(item.replyToPlatformId)
            ? item.replyToPlatformId
            : XParser::conversationOf(request.threadKey).value_or(QString());
    }
    if (target.isPrivate ? target.participant.isEmpty() : target.inReplyTo.isEmpty()) {
        SendResult failed;
        failed.outcome = SendOutcome::FailedPermanent;
        failed.reason = target.isPrivate ? tr("This case has no X user to write to privately.")
                                         : tr("This case is not an X post CareDesk can reply to.");
        deliver(promise, failed);
        return future;
    }
    withUserId([this, promise, item, target](const Error &error, Millis retryAt) {
        if (error.isError()) {
            SendResult failed;
            failed.outcome = SendOutcome::FailedRetryable;
            failed.reason = error.message;
            failed.retryAt = retryAt;
            deliver(promise, failed);
            return;
        }
        if (item.attempts <= 1) {
            post(promise, item, target);
            return;
        }
        // Claimed before: the earlier attempt may have landed. Look before posting again.
        lookup(item, target,
            [this, promise, item, target](const std::optional<QString> &id, const QString &why) {
                if (id) {
                    SendResult sent;
                    sent.outcome = SendOutcome::Sent;
                    sent.platformId = *id;
                    deliver(promise, sent);
                } else if (!why.isEmpty()) {
                    SendResult failed;
                    failed.outcome = SendOutcome::FailedRetryable;
                    failed.reason = why;
                    failed.retryAt = http().limiter(limiterKey()).noteTransientFailure();
                    deliver(promise, failed);
                } else {
                    post(promise, item, target);
                }
            });
    });
    return future;
}

void XConnector::post(const std::shared_ptr<QPromise<SendResult>> &promise, const OutboxItem &item,
    const Target &target)
{
    QUrl url = m_root;
    HttpRequest request;
    QString endpoint;
    if (target.isPrivate) {
        url.setPath(
            m_root.path() + u"/2/dm_conversations/with/%1/messages"_s.arg(target.participant));
        request = HttpRequest::postJson(url, QJsonObject { { u"text"_s, item.text } });
        endpoint = dmSendEndpoint;
    } else {
        url.setPath(m_root.path() + u"/2/tweets"_s);
        request = HttpRequest::postJson(url,
            QJsonObject { { u"text"_s, item.text },
                { u"reply"_s, QJsonObject { { u"in_reply_to_tweet_id"_s, target.inReplyTo } } } });
        endpoint = postEndpoint;
    }
    request.idempotent = false; // X has no idempotency key: never resent by the transport
    call(request, endpoint, [this, promise, item, target](const HttpResult &result) {
        const bool unknown = (!result.answered() && result.mayHaveLeft
                                 && result.outcome != HttpResult::Outcome::Blocked)
            || (result.answered() && result.status >= 500);
        if (unknown) {
            // The post may exist. Look for it; never post it again blindly.
            const QString cause = result.answered() ? tr("X answered HTTP %1.").arg(result.status)
                                                    : result.errorText;
            lookup(item, target,
                [this, promise, cause](const std::optional<QString> &id, const QString &why) {
                    if (id) {
                        noteSuccess();
                        SendResult sent;
                        sent.outcome = SendOutcome::Sent;
                        sent.platformId = *id;
                        deliver(promise, sent);
                        return;
                    }
                    deliver(promise,
                        unknownSend(
                            tr("%1 X does not show the reply among the account's recent posts%2; "
                               "it may "
                               "still appear. Check on X, then send it again or cancel it.")
                                .arg(cause,
                                    why.isEmpty() ? QString() : QString(u" ("_s + why + u')'))));
                });
            return;
        }
        if (!result.isSuccess()) {
            const HttpFailure failure = failureOf(result);
            if (failure.kind == HttpFailure::Kind::RateLimited) {
                noteError(failure.reason); // the endpoint's limiter holds; the account goes on
                deliver(promise, failure.toSendResult());
            } else {
                deliver(promise, sendFailure(failure));
            }
            return;
        }
        const SendResult sent = target.isPrivate ? XParser::dmCreated(result.body)
                                                 : XParser::tweetCreated(result.body);
        if (sent.outcome == SendOutcome::Sent) {
            noteSuccess();
            deliver(promise, sent);
            return;
        }
        deliver(promise, unknownSend(sent.reason));
    });
}

void XConnector::lookup(const OutboxItem &item, const Target &target,
    std::function<void(const std::optional<QString> &id, const QString &error)> done)
{
    QUrl url = m_root;
    QUrlQuery query;
    QString endpoint;
    if (target.isPrivate) {
        url.setPath(
            m_root.path() + u"/2/dm_conversations/with/%1/dm_events"_s.arg(target.participant));
        query.addQueryItem(u"event_types"_s, u"MessageCreate"_s);
        query.addQueryItem(u"dm_event.fields"_s, XParser::dmFields);
        endpoint = dmEventsEndpoint;
    } else {
        url.setPath(m_root.path() + u"/2/users/%1/tweets"_s.arg(m_userId));
        query.addQueryItem(u"tweet.fields"_s, u"created_at,conversation_id,referenced_tweets"_s);
        endpoint = timelineEndpoint;
    }
    query.addQueryItem(u"max_results"_s, QString::number(lookupCount));
    url.setQuery(query);
    call(HttpRequest::get(url), endpoint, [this, item, target, done](const HttpResult &result) {
        if (!result.isSuccess()) {
            done(std::nullopt,
                result.answered()
                    ? XParser::failure(result.status, result.body, result.headers, clock().now())
                          .reason
                    : result.errorText);
            return;
        }
        const Result<QList<OwnPost>> posts = XParser::ownPosts(result.body);
        if (!posts.ok()) {
            done(std::nullopt, posts.error().message);
            return;
        }
        for (const OwnPost &p : posts.value()) {
            if (!sameText(p.text, item.text))
                continue;
            if (target.isPrivate ? p.senderId == m_userId
                                 : p.inReplyToTweetId == target.inReplyTo) {
                done(target.isPrivate ? XParser::dmPlatformId(p.id) : p.id, QString());
                return;
            }
        }
        done(std::nullopt, QString());
    });
}

} // namespace CareDesk::X
