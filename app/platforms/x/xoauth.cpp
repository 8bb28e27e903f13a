// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platforms/x/xoauth.h"

#include "app/core/futures.h"
#include "app/platforms/x/xparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace CareDesk::X {

QString XTokens::serialize() const
{
    QJsonObject o { { u"access_token"_s, accessToken }, { u"client_id"_s, clientId },
        { u"expires_at"_s, double(expiresAt) } };
    if (!refreshToken.isEmpty())
        o.insert(u"refresh_token"_s, refreshToken);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

XTokens XTokens::parse(const QString &stored)
{
    XTokens tokens;
    const QString text = stored.trimmed();
    if (text.startsWith(u'{')) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        tokens.accessToken = o.value(u"access_token"_s).toString();
        tokens.refreshToken = o.value(u"refresh_token"_s).toString();
        tokens.clientId = o.value(u"client_id"_s).toString();
        tokens.expiresAt = Millis(o.value(u"expires_at"_s).toDouble());
        return tokens;
    }
    tokens.accessToken = text;
    return tokens;
}

XOAuthEndpoints XOAuthEndpoints::forBase(const QString &baseUrl)
{
    XOAuthEndpoints endpoints;
    if (baseUrl.trimmed().isEmpty()) {
        endpoints.authorize = QUrl(u"https://x.com/i/oauth2/authorize"_s);
        endpoints.token = QUrl(u"https://api.x.com/2/oauth2/token"_s);
        return endpoints;
    }
    QString base = baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    endpoints.authorize = QUrl(base + u"/i/oauth2/authorize"_s);
    endpoints.token = QUrl(base + u"/2/oauth2/token"_s);
    return endpoints;
}

XOAuth::XOAuth(
    HttpClient &http, const QString &clientId, const XOAuthEndpoints &endpoints, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_clientId(clientId.trimmed())
    , m_endpoints(endpoints)
{
    connect(&m_listener, &Mastodon::LoopbackListener::codeReceived, this, &XOAuth::exchange);
    connect(&m_listener, &Mastodon::LoopbackListener::failed, this, &XOAuth::fail);
}

XOAuth::~XOAuth() = default;

QUrl XOAuth::authorizationUrl(const XOAuthEndpoints &endpoints, const QString &clientId,
    const QUrl &redirect, const QString &state, const QString &challenge)
{
    QUrl url = endpoints.authorize;
    QUrlQuery query;
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"client_id"_s, clientId);
    query.addQueryItem(u"redirect_uri"_s, redirect.toString());
    query.addQueryItem(u"scope"_s, scopes);
    query.addQueryItem(u"state"_s, state);
    query.addQueryItem(u"code_challenge"_s, challenge);
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

HttpRequest XOAuth::refreshRequest(const QUrl &tokenUrl, const XTokens &tokens)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, tokens.refreshToken);
    form.addQueryItem(u"client_id"_s, tokens.clientId);
    HttpRequest request = HttpRequest::postForm(tokenUrl, form);
    return request;
}

Result<XTokens> XOAuth::tokensFrom(const HttpResult &result, const QString &clientId,
    const QString &previousRefreshToken, Millis now)
{
    if (!result.answered())
        return Error { ErrorCode::Unavailable, result.errorText };
    const QJsonObject o = QJsonDocument::fromJson(result.body).object();
    XTokens tokens;
    tokens.accessToken = o.value(u"access_token"_s).toString();
    tokens.refreshToken = o.value(u"refresh_token"_s).toString(previousRefreshToken);
    tokens.clientId = clientId;
    const double expiresIn = o.value(u"expires_in"_s).toDouble(7200);
    tokens.expiresAt = now + Millis(qBound(0.0, expiresIn, 366.0 * 86400) * 1000);
    if (!result.isSuccess() || tokens.accessToken.isEmpty()) {
        QString why = o.value(u"error_description"_s).toString();
        if (why.isEmpty())
            why = o.value(u"error"_s).toString();
        if (why.isEmpty())
            why = XParser::errorText(result.body);
        why = cleanPlatformMessage(why);
        const bool refused = result.status == 400 || result.status == 401 || result.status == 403;
        return Error { refused ? ErrorCode::Invalid : ErrorCode::Unavailable,
            QCoreApplication::translate(
                "CareDesk::X::XOAuth", "X did not give CareDesk a token (HTTP %1%2).")
                .arg(result.status)
                .arg(why.isEmpty() ? QString() : QString(u": "_s + why)) };
    }
    return tokens;
}

void XOAuth::start(int timeoutMs)
{
    m_active = true;
    if (m_clientId.isEmpty()) {
        fail(tr("Enter the OAuth 2.0 client id of your X app (developer portal, Keys and tokens) "
                "first."));
        return;
    }
    if (!m_endpoints.authorize.isValid() || !m_endpoints.token.isValid()) {
        fail(tr("The X address is not valid."));
        return;
    }
    if (!m_listener.start(timeoutMs)) {
        fail(tr("CareDesk cannot open a port on 127.0.0.1 for the sign-in to come back to."));
        return;
    }
    m_pkce = Mastodon::Pkce::generate();
    Q_EMIT authorizationUrlReady(authorizationUrl(
        m_endpoints, m_clientId, m_listener.redirectUri(), m_listener.state(), m_pkce.challenge));
}

void XOAuth::cancel()
{
    m_active = false;
    m_listener.close();
}

void XOAuth::fail(const QString &message)
{
    if (!m_active)
        return;
    m_active = false;
    m_listener.close();
    m_pkce = {};
    Q_EMIT failed(message);
}

void XOAuth::exchange(const QString &code)
{
    if (!m_active)
        return;
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s, code);
    form.addQueryItem(u"redirect_uri"_s, m_listener.redirectUri().toString());
    form.addQueryItem(u"client_id"_s, m_clientId);
    form.addQueryItem(u"code_verifier"_s, m_pkce.verifier);
    m_http.send(HttpRequest::postForm(m_endpoints.token, form))
        .then(QtFuture::Launch::Sync, onContext(this, [this](const HttpResult &result) {
            if (!m_active)
                return;
            const Result<XTokens> tokens
                = tokensFrom(result, m_clientId, QString(), m_http.clock().now());
            if (!tokens.ok()) {
                fail(tokens.error().message);
                return;
            }
            m_active = false;
            m_pkce = {};
            Q_EMIT finished(tokens.value().serialize());
        }));
}

} // namespace CareDesk::X
