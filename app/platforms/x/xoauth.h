// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Connecting an X account (reference/platforms.md, section 3): OAuth 2.0 Authorization Code with
// PKCE S256 (RFC 7636) through a loopback redirect on 127.0.0.1 (RFC 8252), as a public client
// whose id the user enters (X apps are per customer). The access token lives two hours; with
// offline.access a refresh token renews it. Both, with the client id and the expiry, are kept as
// one compact JSON value under the account's keychain key (XTokens), never anywhere else. The
// PKCE pair and the loopback listener are Mastodon's (app/platforms/mastodon/mastodonoauth.h).
#include "app/core/result.h"
#include "app/core/types.h"
#include "app/platforms/httpclient.h"
#include "app/platforms/mastodon/mastodonoauth.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

namespace CareDesk::X {

/// What the keychain holds for an X account.
struct XTokens {
    /// Renewed when less than this is left (and on a 401).
    static constexpr Millis refreshMargin = 10 * 60 * 1000;

    QString accessToken;
    QString refreshToken; ///< empty without offline.access
    QString clientId; ///< needed to refresh
    Millis expiresAt = 0; ///< 0: unknown (a pasted token)

    bool isValid() const { return !accessToken.isEmpty(); }
    bool canRefresh() const { return !refreshToken.isEmpty() && !clientId.isEmpty(); }
    bool needsRefresh(Millis now) const
    {
        return canRefresh() && expiresAt > 0 && expiresAt - now < refreshMargin;
    }
    /// Compact JSON without spaces (the keychain value).
    QString serialize() const;
    /// A stored value: the JSON above, or a bare access token pasted by hand.
    static XTokens parse(const QString &stored);
};

/// X's OAuth 2.0 endpoints.
struct XOAuthEndpoints {
    QUrl authorize; ///< the page for the browser
    QUrl token; ///< POST /2/oauth2/token
    /// https://x.com/i/oauth2/authorize and https://api.x.com/2/oauth2/token; with an API base
    /// URL (a test server), base/i/oauth2/authorize and base/2/oauth2/token.
    static XOAuthEndpoints forBase(const QString &baseUrl);
};

class XOAuth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XOAuth)

public:
    static inline const QString scopes
        = QStringLiteral("tweet.read tweet.write users.read dm.read dm.write offline.access");

    XOAuth(HttpClient &http, const QString &clientId, const XOAuthEndpoints &endpoints,
        QObject *parent = nullptr);
    ~XOAuth() override;

    /// Opens the listener and emits authorizationUrlReady with the page for the system browser.
    void start(int timeoutMs = Mastodon::LoopbackListener::defaultTimeoutMs);
    void cancel();
    const Mastodon::LoopbackListener &listener() const { return m_listener; }
    /// The verifier of the running sign-in (tests).
    QString verifier() const { return m_pkce.verifier; }

    /// The authorization page for a redirect, state and PKCE challenge.
    static QUrl authorizationUrl(const XOAuthEndpoints &endpoints, const QString &clientId,
        const QUrl &redirect, const QString &state, const QString &challenge);
    /// POST /2/oauth2/token with grant_type=refresh_token.
    static HttpRequest refreshRequest(const QUrl &tokenUrl, const XTokens &tokens);
    /// A token endpoint's answer as tokens (a refresh keeps the old refresh token when X sends
    /// none), or why not.
    static Result<XTokens> tokensFrom(const HttpResult &result, const QString &clientId,
        const QString &previousRefreshToken, Millis now);

Q_SIGNALS:
    /// Open this in the system browser (QDesktopServices::openUrl).
    void authorizationUrlReady(const QUrl &url);
    /// XTokens::serialize(): store it in the keychain as the account's token.
    void finished(const QString &storedTokens);
    void failed(const QString &message);

private:
    void exchange(const QString &code);
    void fail(const QString &message);

    HttpClient &m_http;
    QString m_clientId;
    XOAuthEndpoints m_endpoints;
    Mastodon::LoopbackListener m_listener;
    Mastodon::Pkce m_pkce;
    bool m_active = false;
};

} // namespace CareDesk::X
