// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/facebook/facebookconnector.h"

#include "app/core/futures.h"
#include "app/core/messagingwindow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::Facebook {

namespace {

    constexpr qsizetype maxRemembered = 50000;
    constexpr Millis keychainRetry = 60 * 1000;
    /// How far before the send a reply found by the lookup may have been written (clocks differ).
    constexpr Millis lookupSlack = 10 * 60 * 1000;

    const QString facebookCommentFields
        = u"id,message,created_time,from{id,name},parent{id},permalink_url,attachment{type}"_s;
    const QString instagramCommentFields = u"id,text,timestamp,username,from{id,username}"_s;
    const QString messageFields = u"id,message,created_time,from,attachments{mime_type}"_s;

    SendResult refused(const QString &reason)
    {
        SendResult result;
        result.outcome = SendOutcome::FailedPermanent;
        result.reason = reason;
        return result;
    }

    QString daysText(Millis millis)
    {
        const int days = int(qMax<Millis>(1, millis / (24LL * 3600 * 1000)));
        return FacebookConnector::tr("%n day(s)", nullptr, days);
    }

} // namespace

struct FacebookConnector::Fetch {
    QString token;
    QString stream;
    Millis watermark = 0;
    std::function<void(const FetchResult &)> done;
    bool firstRead = false;
    int pages = 0;
    QString after; ///< conversations: the next page's cursor
    QList<MorePage> more; ///< comment lists with further pages
    FetchResult result;
};

struct FacebookConnector::Send {
    enum class Kind { PublicComment, PrivateConversation, PrivateComment };
    SendRequest request;
    QString token;
    std::shared_ptr<QPromise<SendResult>> promise;
    Kind kind = Kind::PublicComment;
    QString target; ///< the comment replied to, or the conversation
    QString recipient; ///< the customer's page-scoped id (conversations)
    QString messagingType;
    QString tag;
    bool checked = false; ///< the window was checked (private replies)
    Millis startedAt = 0;
};

FacebookConnector::FacebookConnector(const Account &account, const LiveConnectorContext &context)
    : LiveConnector(account, context)
    , m_root(apiRoot(account))
{
}

QUrl FacebookConnector::apiRoot(const Account &account)
{
    QUrl url(account.baseUrl.isEmpty() ? u"https://graph.facebook.com/v25.0/"_s
                                       : account.baseUrl.trimmed());
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

HttpRequest FacebookConnector::pageRequest(const Account &account, const QString &token)
{
    QUrl url = apiRoot(account);
    url.setPath(url.path() + u"me"_s);
    QUrlQuery query;
    query.addQueryItem(u"fields"_s, u"id,name,instagram_business_account{id,username}"_s);
    url.setQuery(query);
    HttpRequest request = HttpRequest::get(url);
    request.headers.append({ "Authorization", "Bearer " + token.toUtf8() });
    return request;
}

Result<QString> FacebookConnector::testAnswer(
    Platform platform, const HttpResult &result, Millis now)
{
    if (!result.answered())
        return Error { ErrorCode::Unavailable, result.errorText };
    if (!result.isSuccess())
        return GraphParser::failure(result.status, result.body, result.headers, now).toError();
    const Result<PageInfo> page = GraphParser::page(result.body);
    if (!page.ok())
        return page.error();
    const PageInfo &info = page.value();
    if (platform == Platform::Instagram) {
        if (info.instagramId.isEmpty()) {
            return Error { ErrorCode::Invalid,
                tr("The token is for the Facebook page %1, which has no Instagram business "
                   "account linked; link one in the page's settings.")
                    .arg(info.name) };
        }
        return tr("Signed in for the Instagram account @%1 of the page %2.")
            .arg(info.instagramUsername, info.name);
    }
    if (info.instagramId.isEmpty())
        return tr("Signed in for the page %1.").arg(info.name);
    return tr("Signed in for the page %1; its Instagram account @%2 can be added with the same "
              "token.")
        .arg(info.name, info.instagramUsername);
}

ConnectorCapabilities FacebookConnector::capabilities() const
{
    ConnectorCapabilities capabilities;
    capabilities.idempotency = false;
    capabilities.streaming = false;
    capabilities.privateReplies = true;
    capabilities.publicLimits.maxLength
        = instagram() ? instagramCommentMaxLength : commentMaxLength;
    capabilities.privateLimits.maxLength
        = instagram() ? instagramMessageMaxLength : messengerMaxLength;
    // The hard end, with the human-agent tag; the composer shows the 24 h part.
    capabilities.privateLimits.replyWindow = MessagingWindow::humanAgentWindow;
    return capabilities;
}

QStringList FacebookConnector::streams() const
{
    if (instagram())
        return { instagramCommentsStream, instagramMessagesStream };
    return { feedStream, messengerStream };
}

HttpRequest FacebookConnector::request(const QString &token, const QByteArray &method,
    const QString &path, const QUrlQuery &query, const QByteArray &body,
    const QByteArray &type) const
{
    QUrl url = m_root;
    url.setPath(m_root.path() + path);
    url.setQuery(query);
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.contentType = type;
    request.headers.append({ "Authorization", "Bearer " + token.toUtf8() });
    request.limiterKey = limiterKey();
    request.transferTimeoutMs = requestTimeoutMs();
    // Graph has no idempotency: a POST must reach it at most once.
    request.idempotent = method == "GET";
    return request;
}

void FacebookConnector::call(const HttpRequest &request, Done done)
{
    http().send(request).then(
        QtFuture::Launch::Sync, onContext(guard(), [this, done](const HttpResult &result) {
            if (result.answered()) {
                const Millis now = clock().now();
                const GraphUsage used = GraphParser::usage(result.headers, now);
                if (used.percent >= 0) {
                    // The budget in percent, shown as the account's health. At 100% Graph
                    // throttles the next calls: the limiter holds the account's queue until
                    // access is regained instead of collecting errors.
                    const int remaining = qMax(0, 100 - used.percent);
                    const Millis resetAt = remaining > 0 ? used.regainAt
                        : used.regainAt > now            ? used.regainAt
                                                         : now + 5 * 60 * 1000;
                    noteBudget(100, remaining, resetAt);
                    http().limiter(limiterKey()).noteBudget(100, remaining, resetAt);
                }
            }
            done(result);
        }));
}

HttpFailure FacebookConnector::failureOf(const HttpResult &result)
{
    if (!result.answered())
        return transportFailure(result);
    const Millis now = clock().now();
    HttpFailure failure = GraphParser::failure(result.status, result.body, result.headers, now);
    if (failure.kind == HttpFailure::Kind::RateLimited) {
        const GraphUsage used = GraphParser::usage(result.headers, now);
        if (used.regainAt <= now) {
            // No time named: the base wait plus a backoff that grows while throttling goes on.
            RateLimiter &limiter = http().limiter(limiterKey());
            failure.retryAt
                = boundedRetryAt(failure.retryAt + limiter.backoffDelay(m_strikes), now);
        }
        ++m_strikes;
        return failure;
    }
    return withBackoff(failure, result);
}

ParseContext FacebookConnector::parseContext() const
{
    ParseContext context;
    if (m_page) {
        context.pageId = m_page->id;
        context.instagramId = m_page->instagramId;
        context.instagramUsername = m_page->instagramUsername;
    }
    context.knownThread = [this](const QString &platformId) { return m_threads.value(platformId); };
    return context;
}

void FacebookConnector::remember(const QList<IncomingMessage> &messages)
{
    if (m_threads.size() > maxRemembered)
        m_threads.clear();
    for (const IncomingMessage &m : messages)
        m_threads.insert(m.platformId, m.threadKey);
}

void FacebookConnector::prepare(
    const QString &token, std::function<void(const Error &, Millis)> done)
{
    if (m_page) {
        done(Error::none(), 0);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"fields"_s, u"id,name,instagram_business_account{id,username}"_s);
    call(request(token, "GET", u"me"_s, query), [this, done](const HttpResult &result) {
        if (!result.isSuccess()) {
            const FetchResult failed = fetchFailure(failureOf(result));
            done(failed.error, failed.retryAt);
            return;
        }
        const Result<PageInfo> page = GraphParser::page(result.body);
        if (!page.ok()) {
            noteError(page.error().message);
            done(page.error(), http().limiter(limiterKey()).noteTransientFailure());
            return;
        }
        if (instagram() && page.value().instagramId.isEmpty()) {
            const Error error { ErrorCode::Invalid,
                tr("The Facebook page %1 has no Instagram business account linked; link one in "
                   "the page's settings.")
                    .arg(page.value().name) };
            noteError(error.message);
            done(error, clock().now() + pauseRecheck);
            return;
        }
        m_page = page.value();
        done(Error::none(), 0);
    });
}

QFuture<FetchResult> FacebookConnector::fetch(const QString &stream, const QString &cursor)
{
    auto promise = std::make_shared<QPromise<FetchResult>>();
    QFuture<FetchResult> future = promise->future();
    promise->start();
    if (!m_root.isValid() || !streams().contains(stream)) {
        deliver(promise,
            failedFetch(Error { ErrorCode::Invalid,
                            m_root.isValid()
                                ? tr("%1 accounts have no stream called \"%2\".")
                                      .arg(platformDisplayName(platform()), stream)
                                : tr("The %1 account %2 has an invalid API address.")
                                      .arg(platformDisplayName(platform()), account().handle) },
                0));
        return future;
    }
    auto state = std::make_shared<Fetch>();
    state->stream = stream;
    bool isNumber = false;
    state->watermark = qMax<Millis>(0, cursor.toLongLong(&isNumber));
    state->done = [promise](const FetchResult &result) { deliver(promise, result); };
    withToken([this, state](const Result<QString> &token) {
        if (!token.ok()) {
            state->done(failedFetch(
                token.error(), isPaused() ? pausedUntil() : clock().now() + keychainRetry));
            return;
        }
        state->token = token.value();
        prepare(state->token, [this, state](const Error &error, Millis at) {
            if (error.isError()) {
                state->done(failedFetch(error, at));
                return;
            }
            fetchStep(state);
        });
    });
    return future;
}

void FacebookConnector::fetchStep(const std::shared_ptr<Fetch> &state)
{
    const bool conversations
        = state->stream == messengerStream || state->stream == instagramMessagesStream;
    const bool isInstagram = state->stream == instagramCommentsStream;
    QString path;
    QUrlQuery query;
    std::optional<MorePage> more;
    if (!state->firstRead) {
        if (conversations) {
            path = m_page->id + u"/conversations"_s;
            query.addQueryItem(
                u"platform"_s, state->stream == messengerStream ? u"messenger"_s : u"instagram"_s);
            query.addQueryItem(
                u"fields"_s, u"id,updated_time,messages.limit(25){"_s + messageFields + u'}');
            query.addQueryItem(u"limit"_s, u"25"_s);
        } else if (isInstagram) {
            path = m_page->instagramId + u"/media"_s;
            query.addQueryItem(u"fields"_s,
                u"id,timestamp,comments.limit(50){"_s + instagramCommentFields + u",replies{"_s
                    + instagramCommentFields + u"}}"_s);
            query.addQueryItem(u"limit"_s, QString::number(recentPosts));
        } else {
            path = m_page->id + u"/feed"_s;
            query.addQueryItem(u"fields"_s,
                u"id,message,created_time,from{id,name},permalink_url,"
                "comments.filter(stream).order(reverse_chronological).limit(50){"_s
                    + facebookCommentFields + u'}');
            query.addQueryItem(u"limit"_s, QString::number(recentPosts));
        }
    } else if (state->pages >= maxPagesPerFetch
        || (state->after.isEmpty() && state->more.isEmpty())) {
        finishFetch(state);
        return;
    } else if (!state->after.isEmpty()) {
        path = m_page->id + u"/conversations"_s;
        query.addQueryItem(
            u"platform"_s, state->stream == messengerStream ? u"messenger"_s : u"instagram"_s);
        query.addQueryItem(
            u"fields"_s, u"id,updated_time,messages.limit(25){"_s + messageFields + u'}');
        query.addQueryItem(u"limit"_s, u"25"_s);
        query.addQueryItem(u"after"_s, std::exchange(state->after, QString()));
    } else {
        more = state->more.takeFirst();
        path = more->objectId + u"/comments"_s;
        if (isInstagram) {
            query.addQueryItem(u"fields"_s,
                instagramCommentFields + u",replies{"_s + instagramCommentFields + u'}');
        } else {
            query.addQueryItem(u"filter"_s, u"stream"_s);
            query.addQueryItem(u"order"_s, u"reverse_chronological"_s);
            query.addQueryItem(u"fields"_s, facebookCommentFields);
        }
        query.addQueryItem(u"limit"_s, u"50"_s);
        query.addQueryItem(u"after"_s, more->after);
    }
    const bool first = !state->firstRead;
    state->firstRead = true;
    if (!first)
        ++state->pages;
    call(request(state->token, "GET", path, query),
        [this, state, conversations, isInstagram, more](const HttpResult &result) {
            if (!result.isSuccess()) {
                state->done(fetchFailure(failureOf(result)));
                return;
            }
            const ParseContext context = parseContext();
            Result<GraphPage> page = Error {};
            if (conversations)
                page = GraphParser::conversations(result.body, context);
            else if (more && isInstagram)
                page = GraphParser::instagramComments(result.body, QString(), context);
            else if (more)
                // Comments under a visitor's post (a stored message) join the post's case.
                page = GraphParser::comments(result.body, more->objectId,
                    m_threads.value(more->objectId) == GraphParser::commentThread(more->objectId),
                    context);
            else if (isInstagram)
                page = GraphParser::media(result.body, context);
            else
                page = GraphParser::feed(result.body, context);
            if (!page.ok()) {
                // Unreadable: asked for again later from the same cursor.
                noteError(page.error().message);
                state->done(
                    failedFetch(page.error(), http().limiter(limiterKey()).noteTransientFailure()));
                return;
            }
            const GraphPage &read = page.value();
            state->result.skipped += read.skipped;
            for (const IncomingMessage &m : read.messages) {
                if (m.createdAt >= state->watermark)
                    state->result.messages.append(m);
            }
            remember(read.messages);
            // Further pages only while they may hold items newer than the cursor; never on the
            // first poll, which takes what the latest pages show instead of the whole history.
            const bool follow = state->watermark > 0;
            if (conversations) {
                if (follow && !read.after.isEmpty() && read.oldest >= state->watermark)
                    state->after = read.after;
            } else {
                for (const MorePage &next : read.more) {
                    if (follow && next.oldest >= state->watermark)
                        state->more.append(next);
                }
                if (more && follow && !read.after.isEmpty() && read.oldest >= state->watermark)
                    state->more.append(MorePage { more->objectId, read.after, read.oldest });
            }
            fetchStep(state);
        });
}

void FacebookConnector::finishFetch(const std::shared_ptr<Fetch> &state)
{
    FetchResult &result = state->result;
    std::stable_sort(result.messages.begin(), result.messages.end(),
        [](const IncomingMessage &a, const IncomingMessage &b) {
            return a.createdAt < b.createdAt;
        });
    Millis newest = state->watermark;
    for (const IncomingMessage &m : std::as_const(result.messages))
        newest = qMax(newest, m.createdAt);
    result.nextCursor = newest > 0 ? QString::number(newest) : QString();
    if (!state->after.isEmpty() || !state->more.isEmpty()) {
        noteError(tr("More than %n page(s) of new items arrived at once on %1; the oldest of them "
                     "were not read.",
            nullptr, maxPagesPerFetch)
                      .arg(account().handle));
    } else {
        noteSuccess();
    }
    m_strikes = 0;
    state->done(result);
}

QFuture<SendResult> FacebookConnector::send(const SendRequest &sendRequest)
{
    auto promise = std::make_shared<QPromise<SendResult>>();
    QFuture<SendResult> future = promise->future();
    promise->start();

    auto state = std::make_shared<Send>();
    state->request = sendRequest;
    state->promise = promise;
    const OutboxItem &item = sendRequest.item;
    const QString conversation = GraphParser::conversationOf(sendRequest.threadKey);
    const QString top = GraphParser::commentOf(sendRequest.threadKey);
    if (!conversation.isEmpty()) {
        // A conversation is private whichever surface the agent picked.
        state->kind = Send::Kind::PrivateConversation;
        state->target = conversation;
    } else if (!top.isEmpty() && item.visibility == Visibility::Private) {
        state->kind = Send::Kind::PrivateComment;
        const QString replyTo = item.replyToPlatformId;
        state->target = !replyTo.isEmpty() && !replyTo.contains(u':') ? replyTo : top;
    } else if (!top.isEmpty()) {
        // Graph threads replies one level deep: a reply goes under the top comment (Instagram
        // accepts replies only there).
        state->kind = Send::Kind::PublicComment;
        state->target = top;
    } else {
        deliver(promise,
            refused(tr("This case is not a %1 comment or conversation CareDesk can answer.")
                        .arg(platformDisplayName(platform()))));
        return future;
    }
    if (item.text.trimmed().isEmpty()) {
        deliver(promise, refused(tr("The reply is empty.")));
        return future;
    }
    withToken([this, state](const Result<QString> &token) {
        if (!token.ok()) {
            SendResult failed;
            failed.outcome = SendOutcome::FailedRetryable;
            failed.reason = token.error().message;
            failed.retryAt = isPaused() ? pausedUntil() : clock().now() + keychainRetry;
            deliver(state->promise, failed);
            return;
        }
        state->token = token.value();
        prepare(state->token, [this, state](const Error &error, Millis at) {
            if (error.isError()) {
                SendResult failed;
                failed.outcome = SendOutcome::FailedRetryable;
                failed.reason = error.message;
                failed.retryAt = at;
                deliver(state->promise, failed);
                return;
            }
            sendStep(state);
        });
    });
    return future;
}

void FacebookConnector::sendStep(const std::shared_ptr<Send> &state)
{
    if (state->kind == Send::Kind::PublicComment || state->checked) {
        post(state);
        return;
    }
    // Private: the window is the platform's rule; read the time it starts from first.
    QUrlQuery query;
    QString path = state->target;
    if (state->kind == Send::Kind::PrivateConversation) {
        query.addQueryItem(u"fields"_s, u"id,messages.limit(25){"_s + messageFields + u'}');
    } else {
        query.addQueryItem(u"fields"_s, instagram() ? u"id,timestamp"_s : u"id,created_time"_s);
    }
    call(request(state->token, "GET", path, query), [this, state](const HttpResult &result) {
        if (!result.isSuccess()) {
            deliver(state->promise, sendFailure(failureOf(result)));
            return;
        }
        Millis last = 0;
        const Millis now = clock().now();
        if (state->kind == Send::Kind::PrivateConversation) {
            const Result<GraphPage> page
                = GraphParser::conversation(result.body, state->target, parseContext());
            if (!page.ok()) {
                deliver(state->promise,
                    sendFailure(
                        withBackoff(HttpFailure { HttpFailure::Kind::Retryable, ErrorCode::Invalid,
                                        0, 0, page.error().message, {} },
                            result)));
                return;
            }
            QString author;
            for (const IncomingMessage &m : page.value().messages) {
                if (m.direction == Direction::In && m.createdAt >= last) {
                    last = m.createdAt;
                    author = m.authorPlatformId;
                }
            }
            state->recipient = state->request.customerPlatformId.isEmpty()
                ? author
                : state->request.customerPlatformId;
            const MessagingWindow window = MessagingWindow::at(last, now);
            switch (window.state) {
            case MessagingWindow::State::NotOpened:
                deliver(state->promise,
                    refused(tr("The customer has not written in this conversation; %1 lets the "
                               "page write only after the customer.")
                                .arg(platformDisplayName(platform()))));
                return;
            case MessagingWindow::State::Closed:
                deliver(state->promise,
                    refused(tr("The customer's last message was %1 ago, more than the 7 days "
                               "%2 allows with the human agent tag; the customer must write "
                               "first.")
                                .arg(daysText(now - last), platformDisplayName(platform()))));
                return;
            case MessagingWindow::State::Standard:
                state->messagingType = u"RESPONSE"_s;
                break;
            case MessagingWindow::State::HumanAgent:
                state->messagingType = u"MESSAGE_TAG"_s;
                state->tag = u"HUMAN_AGENT"_s;
                break;
            }
            if (state->recipient.isEmpty()) {
                deliver(state->promise,
                    refused(tr("This conversation names no customer to write to.")));
                return;
            }
        } else {
            const QJsonObject comment = QJsonDocument::fromJson(result.body).object();
            const std::optional<Millis> created = GraphParser::parseTime(
                comment.value(instagram() ? u"timestamp"_s : u"created_time"_s).toString());
            if (!created) {
                deliver(state->promise,
                    refused(tr("%1 did not tell when the comment was written, so CareDesk cannot "
                               "tell whether a private reply is still allowed.")
                                .arg(platformDisplayName(platform()))));
                return;
            }
            if (now - *created >= MessagingWindow::humanAgentWindow) {
                deliver(state->promise,
                    refused(tr("The comment was written %1 ago; %2 allows a private reply to a "
                               "comment only within 7 days.")
                                .arg(daysText(now - *created), platformDisplayName(platform()))));
                return;
            }
            state->messagingType = u"RESPONSE"_s;
        }
        state->checked = true;
        post(state);
    });
}

void FacebookConnector::post(const std::shared_ptr<Send> &state)
{
    const OutboxItem &item = state->request.item;
    HttpRequest posted;
    if (state->kind == Send::Kind::PublicComment) {
        QUrlQuery form;
        form.addQueryItem(u"message"_s, item.text);
        posted = request(state->token, "POST",
            state->target + (instagram() ? u"/replies"_s : u"/comments"_s), {},
            form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
    } else {
        QJsonObject body;
        // A private reply goes to a comment, or to a visitor's post on the page
        // (`<page>_<post>`); a conversation's message to the customer's page-scoped id.
        const bool toPost = m_page && state->target.startsWith(m_page->id + u'_');
        body.insert(u"recipient"_s,
            state->kind == Send::Kind::PrivateComment
                ? QJsonObject { { toPost ? u"post_id"_s : u"comment_id"_s, state->target } }
                : QJsonObject { { u"id"_s, state->recipient } });
        body.insert(u"messaging_type"_s, state->messagingType);
        if (!state->tag.isEmpty())
            body.insert(u"tag"_s, state->tag);
        body.insert(u"message"_s, QJsonObject { { u"text"_s, item.text } });
        posted = request(state->token, "POST", u"me/messages"_s, {},
            QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
    }
    state->startedAt = clock().now();
    call(posted, [this, state](const HttpResult &result) {
        if (!result.answered()) {
            if (result.mayHaveLeft && result.outcome != HttpResult::Outcome::Blocked)
                lookUp(state, result.errorText);
            else
                deliver(state->promise, sendFailure(transportFailure(result)));
            return;
        }
        if (result.status >= 500) {
            lookUp(state, tr("Facebook answered HTTP %1 to the reply.").arg(result.status));
            return;
        }
        if (!result.isSuccess()) {
            deliver(state->promise, sendFailure(failureOf(result)));
            return;
        }
        const SendResult sent = state->kind == Send::Kind::PublicComment
            ? GraphParser::commentCreated(result.body)
            : GraphParser::messageSent(result.body);
        if (sent.outcome != SendOutcome::Sent) {
            lookUp(state, sent.reason);
            return;
        }
        if (state->kind == Send::Kind::PublicComment)
            m_threads.insert(sent.platformId, state->request.threadKey);
        m_strikes = 0;
        noteSuccess();
        deliver(state->promise, sent);
    });
}

void FacebookConnector::lookUp(const std::shared_ptr<Send> &state, const QString &why)
{
    const QString unknown = tr("%1 The reply may have been posted, and %2 offers no way to send "
                               "it again safely: CareDesk did not find it in the thread. Check "
                               "the thread before sending it again.")
                                .arg(why, platformDisplayName(platform()));
    if (state->kind == Send::Kind::PrivateComment) {
        // The private reply opens a conversation CareDesk cannot name yet.
        deliver(state->promise, unknownSend(unknown));
        return;
    }
    QUrlQuery query;
    QString path;
    if (state->kind == Send::Kind::PrivateConversation) {
        path = state->target;
        query.addQueryItem(u"fields"_s, u"id,messages.limit(25){"_s + messageFields + u'}');
    } else if (instagram()) {
        path = state->target + u"/replies"_s;
        query.addQueryItem(u"fields"_s, instagramCommentFields);
    } else {
        path = state->target + u"/comments"_s;
        query.addQueryItem(u"filter"_s, u"stream"_s);
        query.addQueryItem(u"order"_s, u"reverse_chronological"_s);
        query.addQueryItem(u"fields"_s, facebookCommentFields);
        query.addQueryItem(u"limit"_s, u"50"_s);
    }
    HttpRequest lookup = request(state->token, "GET", path, query);
    // One read, at once: the failure that made the outcome unknown has started the account's
    // backoff, and the agent should learn now whether the reply is there.
    lookup.limiterKey.clear();
    call(lookup, [this, state, unknown](const HttpResult &result) {
        if (!result.isSuccess()) {
            deliver(state->promise, unknownSend(unknown));
            return;
        }
        const ParseContext context = parseContext();
        const Result<GraphPage> page = state->kind == Send::Kind::PrivateConversation
            ? GraphParser::conversation(result.body, state->target, context)
            : instagram() ? GraphParser::instagramComments(result.body, state->target, context)
                          : GraphParser::comments(result.body, state->target, true, context);
        const QString text = state->request.item.text.trimmed();
        if (page.ok()) {
            for (const IncomingMessage &m : page.value().messages) {
                if (m.direction == Direction::Out && m.text.trimmed() == text
                    && m.createdAt >= state->startedAt - lookupSlack) {
                    SendResult sent;
                    sent.outcome = SendOutcome::Sent;
                    sent.platformId = m.platformId;
                    noteSuccess();
                    deliver(state->promise, sent);
                    return;
                }
            }
        }
        deliver(state->promise, unknownSend(unknown));
    });
}

} // namespace CareDesk::Facebook
