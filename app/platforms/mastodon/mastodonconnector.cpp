// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/mastodon/mastodonconnector.h"

#include "app/core/futures.h"
#include "app/platforms/mastodon/mastodonstreaming.h"

#include <QPromise>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Mastodon {

namespace {

    constexpr qsizetype maxRemembered = 50000;
    constexpr Millis keychainRetry = 60 * 1000;

    /// Whether text already addresses acct (`@acct`, in any case, as a word of its own).
    bool mentions(const QString &text, const QString &acct)
    {
        const QString mention = u'@' + acct;
        qsizetype from = 0;
        while (true) {
            const qsizetype at = text.indexOf(mention, from, Qt::CaseInsensitive);
            if (at < 0)
                return false;
            const qsizetype end = at + mention.size();
            const bool startsWord = at == 0 || text.at(at - 1).isSpace();
            const bool endsWord = end >= text.size()
                || !(text.at(end).isLetterOrNumber() || text.at(end) == u'_'
                    || text.at(end) == u'@');
            if (startsWord && endsWord)
                return true;
            from = at + 1;
        }
    }

} // namespace

MastodonConnector::MastodonConnector(const Account &account, const LiveConnectorContext &context)
    : LiveConnector(account, context)
    , m_root(apiRoot(account))
{
}

QUrl MastodonConnector::apiRoot(const Account &account)
{
    if (!account.baseUrl.isEmpty()) {
        QUrl url(account.baseUrl.trimmed());
        QString path = url.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path);
        url.setQuery(QString());
        url.setFragment(QString());
        return url.isValid() && !url.host().isEmpty() ? url : QUrl();
    }
    QString handle = account.handle.trimmed();
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    const qsizetype at = handle.indexOf(u'@');
    if (at <= 0 || at == handle.size() - 1)
        return {};
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(handle.mid(at + 1));
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

ConnectorCapabilities MastodonConnector::capabilities() const
{
    ConnectorCapabilities capabilities;
    capabilities.idempotency = true;
    capabilities.streaming = false;
    capabilities.privateReplies = true;
    capabilities.publicLimits.maxLength = m_maxCharacters;
    capabilities.privateLimits.maxLength = m_maxCharacters;
    return capabilities;
}

QStringList MastodonConnector::streams() const
{
    return { mentionsStream, directStream };
}

QUrl MastodonConnector::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_root;
    url.setPath(m_root.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

HttpRequest MastodonConnector::authorized(HttpRequest request, const QString &token) const
{
    request.limiterKey = limiterKey();
    request.transferTimeoutMs = requestTimeoutMs();
    request.headers.append({ "Authorization", "Bearer " + token.toUtf8() });
    return request;
}

HttpFailure MastodonConnector::failureOf(const HttpResult &result)
{
    if (!result.answered())
        return transportFailure(result);
    HttpFailure failure
        = MastodonParser::failure(result.status, result.body, result.headers, clock().now());
    return withBackoff(failure, result);
}

ParseContext MastodonConnector::parseContext() const
{
    ParseContext context;
    context.selfAccountId = m_selfId;
    context.knownThread = [this](const QString &statusId) { return m_threads.value(statusId); };
    return context;
}

void MastodonConnector::remember(const QList<IncomingMessage> &messages)
{
    if (m_threads.size() > maxRemembered)
        m_threads.clear();
    if (m_accts.size() > maxRemembered)
        m_accts.clear();
    for (const IncomingMessage &m : messages) {
        m_threads.insert(m.platformId, m.threadKey);
        if (m.direction == Direction::In && !m.authorHandle.isEmpty())
            m_accts.insert(m.authorPlatformId, m.authorHandle);
    }
}

void MastodonConnector::prepare(const QString &token, Ready done)
{
    if (m_prepared) {
        done(Error::none(), 0);
        return;
    }
    http()
        .send(
            authorized(HttpRequest::get(endpoint(u"/api/v1/accounts/verify_credentials"_s)), token))
        .then(QtFuture::Launch::Sync,
            onContext(guard(), [this, token, done](const HttpResult &result) {
                if (!result.isSuccess()) {
                    const FetchResult failed = fetchFailure(failureOf(result));
                    done(failed.error, failed.retryAt);
                    return;
                }
                const Result<AccountInfo> self = MastodonParser::account(result.body);
                if (!self.ok()) {
                    noteError(self.error().message);
                    done(self.error(), http().limiter(limiterKey()).noteTransientFailure());
                    return;
                }
                m_selfId = self.value().id;
                // The limit is worth asking for, but polling does not wait on it: without an answer
                // Mastodon's default stands.
                m_prepared = true;
                readLimit(token, u"/api/v2/instance"_s, done);
            }));
}

void MastodonConnector::readLimit(const QString &token, const QString &path, Ready done)
{
    http()
        .send(authorized(HttpRequest::get(endpoint(path)), token))
        .then(QtFuture::Launch::Sync,
            onContext(guard(), [this, token, path, done](const HttpResult &result) {
                if (result.answered() && (result.status == 404 || result.status == 410)
                    && path == u"/api/v2/instance"_s) {
                    // Servers before 4.0, Pleroma, Akkoma and GoToSocial forks: the v1 document.
                    readLimit(token, u"/api/v1/instance"_s, done);
                    return;
                }
                if (result.isSuccess()) {
                    if (const Result<int> limit = MastodonParser::maxCharacters(result.body);
                        limit.ok())
                        m_maxCharacters = limit.value();
                }
                done(Error::none(), 0);
            }));
}

QFuture<FetchResult> MastodonConnector::fetch(const QString &stream, const QString &cursor)
{
    auto promise = std::make_shared<QPromise<FetchResult>>();
    QFuture<FetchResult> future = promise->future();
    promise->start();
    FetchResult invalid;
    if (!m_root.isValid()) {
        invalid.error = Error { ErrorCode::Invalid,
            tr("The Mastodon account %1 has no instance address; add it with --base-url "
               "https://your.instance.")
                .arg(account().handle) };
        deliver(promise, invalid);
        return future;
    }
    if (stream != mentionsStream && stream != directStream) {
        invalid.error = Error { ErrorCode::Invalid,
            tr("Mastodon accounts have no stream called \"%1\".").arg(stream) };
        deliver(promise, invalid);
        return future;
    }
    withToken([this, promise, stream, cursor](const Result<QString> &token) {
        if (!token.ok()) {
            FetchResult failed;
            failed.error = token.error();
            failed.retryAt = isPaused() ? pausedUntil() : clock().now() + keychainRetry;
            deliver(promise, failed);
            return;
        }
        prepare(token.value(),
            [this, promise, stream, cursor, token](const Error &error, Millis retryAt) {
                if (error.isError()) {
                    FetchResult failed;
                    failed.error = error;
                    failed.retryAt = retryAt;
                    deliver(promise, failed);
                    return;
                }
                const bool mentions = stream == mentionsStream;
                QUrlQuery query;
                if (mentions)
                    query.addQueryItem(u"types[]"_s, u"mention"_s);
                query.addQueryItem(u"limit"_s, QString::number(pageLimit));
                if (!cursor.isEmpty())
                    query.addQueryItem(u"min_id"_s, cursor);
                const QString path
                    = mentions ? u"/api/v1/notifications"_s : u"/api/v1/conversations"_s;
                http()
                    .send(authorized(HttpRequest::get(endpoint(path, query)), token.value()))
                    .then(QtFuture::Launch::Sync,
                        onContext(
                            guard(), [this, promise, mentions, cursor](const HttpResult &result) {
                                if (result.answered()) {
                                    const RateLimit budget
                                        = MastodonParser::rateLimit(result.headers, clock().now());
                                    http()
                                        .limiter(limiterKey())
                                        .noteBudget(budget.limit, budget.remaining, budget.resetAt);
                                    noteBudget(budget.limit, budget.remaining, budget.resetAt);
                                }
                                if (!result.isSuccess()) {
                                    deliver(promise, fetchFailure(failureOf(result)));
                                    return;
                                }
                                const ParseContext context = parseContext();
                                Result<FetchResult> parsed = mentions
                                    ? MastodonParser::notifications(
                                        result.body, result.headers, context, cursor, pageLimit)
                                    : MastodonParser::conversations(
                                        result.body, result.headers, context, cursor, pageLimit);
                                if (!parsed.ok()) {
                                    // A page that cannot be read is asked for again later: skipping
                                    // it would lose the customers' messages on it.
                                    noteError(parsed.error().message);
                                    FetchResult failed;
                                    failed.error = parsed.error();
                                    failed.retryAt
                                        = http().limiter(limiterKey()).noteTransientFailure();
                                    deliver(promise, failed);
                                    return;
                                }
                                remember(parsed.value().messages);
                                noteSuccess();
                                deliver(promise, parsed.value());
                            }));
            });
    });
    return future;
}

void MastodonConnector::streamRequest(std::function<void(const Result<QNetworkRequest> &)> done)
{
    if (!m_root.isValid()) {
        done(Error { ErrorCode::Invalid,
            tr("The Mastodon account %1 has no instance address.").arg(account().handle) });
        return;
    }
    withToken([this, done](const Result<QString> &token) {
        if (!token.ok()) {
            done(token.error());
            return;
        }
        QNetworkRequest request(endpoint(streamingPath.toString()));
        request.setRawHeader("Authorization", "Bearer " + token.value().toUtf8());
        request.setRawHeader("Accept", "text/event-stream");
        request.setRawHeader("Cache-Control", "no-cache");
        request.setHeader(QNetworkRequest::UserAgentHeader, HttpClient::userAgent());
        // Instances whose streaming lives on another host redirect there; never to plain http.
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        done(request);
    });
}

Result<FetchResult> MastodonConnector::parseStreamed(const QByteArray &page)
{
    Result<FetchResult> parsed
        = MastodonParser::notifications(page, {}, parseContext(), QString(), pageLimit);
    if (parsed.ok()) {
        remember(parsed.value().messages);
        noteSuccess();
    }
    return parsed;
}

QFuture<SendResult> MastodonConnector::send(const SendRequest &request)
{
    auto promise = std::make_shared<QPromise<SendResult>>();
    QFuture<SendResult> future = promise->future();
    promise->start();
    const bool isPrivate = request.item.visibility == Visibility::Private;
    if (!m_root.isValid()) {
        SendResult failed;
        failed.outcome = SendOutcome::FailedPermanent;
        failed.reason
            = tr("The Mastodon account %1 has no instance address.").arg(account().handle);
        deliver(promise, failed);
        return future;
    }
    if (isPrivate && request.customerPlatformId.isEmpty()) {
        SendResult failed;
        failed.outcome = SendOutcome::FailedPermanent;
        failed.reason = tr("This case has no customer to write to privately.");
        deliver(promise, failed);
        return future;
    }
    withToken([this, promise, request](const Result<QString> &token) {
        if (!token.ok()) {
            SendResult failed;
            failed.outcome = SendOutcome::FailedRetryable;
            failed.reason = token.error().message;
            failed.retryAt = isPaused() ? pausedUntil() : clock().now() + keychainRetry;
            deliver(promise, failed);
            return;
        }
        const QString customer = request.customerPlatformId;
        const QString acct = m_accts.value(customer);
        if (customer.isEmpty() || !acct.isEmpty()) {
            post(request, token.value(), acct, promise);
            return;
        }
        // Address the customer by their @acct: look it up when this run has not seen them.
        const QString path
            = u"/api/v1/accounts/"_s + QString::fromLatin1(QUrl::toPercentEncoding(customer));
        http()
            .send(authorized(HttpRequest::get(endpoint(path)), token.value()))
            .then(QtFuture::Launch::Sync,
                onContext(
                    guard(), [this, promise, request, token, customer](const HttpResult &result) {
                        if (!result.isSuccess()) {
                            deliver(promise, sendFailure(failureOf(result)));
                            return;
                        }
                        const Result<AccountInfo> info = MastodonParser::account(result.body);
                        if (!info.ok() || info.value().acct.isEmpty()) {
                            SendResult failed;
                            failed.outcome = SendOutcome::FailedRetryable;
                            failed.reason = info.ok()
                                ? tr("Mastodon did not tell the customer's address.")
                                : info.error().message;
                            failed.retryAt = http().limiter(limiterKey()).noteTransientFailure();
                            deliver(promise, failed);
                            return;
                        }
                        m_accts.insert(customer, info.value().acct);
                        post(request, token.value(), info.value().acct, promise);
                    }));
    });
    return future;
}

void MastodonConnector::post(const SendRequest &request, const QString &token, const QString &acct,
    std::shared_ptr<QPromise<SendResult>> promise)
{
    const OutboxItem &item = request.item;
    const bool isPrivate = item.visibility == Visibility::Private;
    QString text = item.text;
    // A direct status reaches exactly the accounts it mentions, and a public reply notifies the
    // customer only through a mention: Mastodon's own composer starts every reply this way.
    if (!acct.isEmpty() && !mentions(text, acct))
        text = u'@' + acct + u' ' + text;
    QUrlQuery form;
    form.addQueryItem(u"status"_s, text);
    if (!item.replyToPlatformId.isEmpty())
        form.addQueryItem(u"in_reply_to_id"_s, item.replyToPlatformId);
    form.addQueryItem(u"visibility"_s, isPrivate ? u"direct"_s : u"public"_s);
    HttpRequest post
        = authorized(HttpRequest::postForm(endpoint(u"/api/v1/statuses"_s), form), token);
    // The outbox keeps the key across retries and restarts: a retry after an unknown outcome
    // returns the status the first attempt created instead of posting it twice.
    post.headers.append({ "Idempotency-Key", item.idempotencyKey.toUtf8() });
    const QString threadKey = request.threadKey;
    http().send(post).then(QtFuture::Launch::Sync,
        onContext(guard(), [this, promise, threadKey](const HttpResult &result) {
            if (!result.answered()) {
                deliver(promise,
                    unansweredSend(result,
                        tr("%1 The reply may have been posted; CareDesk sends it again with the "
                           "same Idempotency-Key, which Mastodon recognises.")
                            .arg(result.errorText)));
                return;
            }
            const RateLimit budget = MastodonParser::rateLimit(result.headers, clock().now());
            http().limiter(limiterKey()).noteBudget(budget.limit, budget.remaining, budget.resetAt);
            noteBudget(budget.limit, budget.remaining, budget.resetAt);
            if (!result.isSuccess()) {
                deliver(promise, sendFailure(failureOf(result)));
                return;
            }
            const SendResult sent = MastodonParser::sent(result.body);
            if (sent.outcome == SendOutcome::Sent) {
                m_threads.insert(sent.platformId, threadKey);
                noteSuccess();
            } else {
                noteError(sent.reason);
            }
            deliver(promise, sent);
        }));
}

} // namespace CareDesk::Mastodon
