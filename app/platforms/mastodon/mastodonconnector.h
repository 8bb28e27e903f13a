// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/platforms/liveconnector.h"
#include "app/platforms/mastodon/mastodonparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QNetworkRequest>
#include <QPromise>
#include <QUrl>

namespace CareDesk::Mastodon {

/// A Mastodon account (any instance) through its REST API (reference/platforms.md, section 1):
///
/// - stream "mentions": GET /api/v1/notifications?types[]=mention&min_id=<cursor>, the Link
///   header paging forward from the cursor;
/// - stream "direct": GET /api/v1/conversations&min_id=<cursor> (each conversation's last
///   status);
/// - public replies: POST /api/v1/statuses with in_reply_to_id and visibility=public, so a
///   reply to a public post stays public whatever the account's default visibility;
/// - private replies: visibility=direct, addressed to the customer with their @acct (a direct
///   status reaches exactly the accounts it mentions);
/// - every reply carries Idempotency-Key = the outbox item's key, stable across retries and
///   restarts, so an unknown outcome is safely retried (the server keeps keys for an hour);
/// - the reply limit from GET /api/v2/instance, or /api/v1/instance on older servers and forks.
///
/// The token (Bearer) is read from the keychain; a 401 or 403 pauses the account.
class MastodonConnector final : public LiveConnector
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Mastodon::MastodonConnector)

public:
    static constexpr int pageLimit = 40;
    static inline const QString mentionsStream = QStringLiteral("mentions");
    static inline const QString directStream = QStringLiteral("direct");

    MastodonConnector(const Account &account, const LiveConnectorContext &context);

    ConnectorCapabilities capabilities() const override;
    QStringList streams() const override;
    QFuture<FetchResult> fetch(const QString &stream, const QString &cursor) override;
    QFuture<SendResult> send(const SendRequest &request) override;

    /// The instance's API root: the account's base URL, else https://<domain> of a handle
    /// written user@domain. Invalid when neither tells.
    static QUrl apiRoot(const Account &account);

    /// The request of the user's notification stream (mastodonstreaming.h) with the account's
    /// token, or the error that keeps the account from streaming (paused, no token). The token
    /// stays in the request's Authorization header.
    void streamRequest(std::function<void(const Result<QNetworkRequest> &)> done);
    /// A streamed notification page (a JSON array), read and threaded as a polled one.
    Result<FetchResult> parseStreamed(const QByteArray &page);

private:
    using Ready = std::function<void(const Error &error, Millis retryAt)>;
    /// Once per connector: who the account is (its statuses are ours) and the reply limit.
    void prepare(const QString &token, Ready done);
    void readLimit(const QString &token, const QString &path, Ready done);
    void post(const SendRequest &request, const QString &token, const QString &acct,
        std::shared_ptr<QPromise<SendResult>> promise);
    HttpRequest authorized(HttpRequest request, const QString &token) const;
    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;
    HttpFailure failureOf(const HttpResult &result);
    ParseContext parseContext() const;
    void remember(const QList<IncomingMessage> &messages);

    QUrl m_root;
    bool m_prepared = false;
    QString m_selfId;
    int m_maxCharacters = MastodonParser::defaultMaxCharacters;
    /// Statuses seen or sent in this run, by id: their thread (so a reply to our reply stays in
    /// the case). Bounded; cleared when full.
    QHash<QString, QString> m_threads;
    /// Accounts seen, id to acct, for addressing private replies without a lookup.
    QHash<QString, QString> m_accts;
};

} // namespace CareDesk::Mastodon
