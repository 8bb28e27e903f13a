// SPDX-FileCopyrightText: 2026 CareDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting an X account: PKCE S256 with RFC 7636's own example (appendix B), the loopback
// redirect refusing a wrong state, the authorization page's parameters, and the code exchange
// and a refresh against the replay server as X's token endpoint.
#include "app/platforms/httpclient.h"
#include "app/platforms/x/xoauth.h"
#include "tests/support/loopbackbrowser.h"
#include "tests/support/replayserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace CareDesk;
using namespace CareDesk::X;
using namespace CareDesk::Test;

namespace {

QUrl callback(const Mastodon::LoopbackListener &listener, const QString &code, const QString &state)
{
    QUrl url = listener.redirectUri();
    QUrlQuery query;
    query.addQueryItem(u"code"_s, code);
    query.addQueryItem(u"state"_s, state);
    url.setQuery(query);
    return url;
}

class FixedClock final : public Clock
{
public:
    Millis now() const override { return 1700000000000LL; }
};

} // namespace

class TestXOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceKnownVector();
    void authorizationUrl();
    void endpoints();
    void needsClientId();
    void fullSignInAndStateMismatch();
    void exchangeRefused();
    void refresh();
};

void TestXOAuth::pkceKnownVector()
{
    // RFC 7636, appendix B: the verifier and its S256 challenge.
    QCOMPARE(Mastodon::Pkce::challengeFor(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
        u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
    const Mastodon::Pkce pkce = Mastodon::Pkce::generate();
    QVERIFY(pkce.verifier.size() >= 43 && pkce.verifier.size() <= 128);
    QCOMPARE(pkce.challenge, Mastodon::Pkce::challengeFor(pkce.verifier));
}

void TestXOAuth::authorizationUrl()
{
    const XOAuthEndpoints e = XOAuthEndpoints::forBase(QString());
    const QUrl url = XOAuth::authorizationUrl(
        e, u"client-1"_s, QUrl(u"http://127.0.0.1:5555/callback"_s), u"st"_s, u"ch"_s);
    QCOMPARE(url.host(), u"x.com"_s);
    QCOMPARE(url.path(), u"/i/oauth2/authorize"_s);
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(q.queryItemValue(u"client_id"_s), u"client-1"_s);
    QCOMPARE(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded),
        u"http://127.0.0.1:5555/callback"_s);
    QCOMPARE(q.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
        u"tweet.read tweet.write users.read dm.read dm.write offline.access"_s);
    QCOMPARE(q.queryItemValue(u"state"_s), u"st"_s);
    QCOMPARE(q.queryItemValue(u"code_challenge"_s), u"ch"_s);
    QCOMPARE(q.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
}

void TestXOAuth::endpoints()
{
    const XOAuthEndpoints x = XOAuthEndpoints::forBase(QString());
    QCOMPARE(x.token, QUrl(u"https://api.x.com/2/oauth2/token"_s));
    const XOAuthEndpoints local = XOAuthEndpoints::forBase(u"http://127.0.0.1:9/"_s);
    QCOMPARE(local.token, QUrl(u"http://127.0.0.1:9/2/oauth2/token"_s));
    QCOMPARE(local.authorize, QUrl(u"http://127.0.0.1:9/i/oauth2/authorize"_s));
}

void TestXOAuth::needsClientId()
{
    QNetworkAccessManager network;
    FixedClock clock;
    HttpClient http(network, clock);
    XOAuth oauth(http, u"  "_s, XOAuthEndpoints::forBase(QString()));
    QSignalSpy failures(&oauth, &XOAuth::failed);
    QSignalSpy urls(&oauth, &XOAuth::authorizationUrlReady);
    oauth.start();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(urls.size(), 0);
    QVERIFY(failures.first().first().toString().contains(u"client id"_s));
}

void TestXOAuth::fullSignInAndStateMismatch()
{
    ReplayServer x;
    QVERIFY(x.listen());
    x.enqueue("POST", u"/2/oauth2/token"_s,
        ReplayResponse::json(R"({"token_type":"bearer","expires_in":7200,"access_token":"acc-1",
            "scope":"tweet.read tweet.write users.read dm.read dm.write offline.access","refresh_token":"ref-1"})"));
    QNetworkAccessManager network;
    FixedClock clock;
    HttpClient http(network, clock);
    XOAuth oauth(http, u"my-client"_s, XOAuthEndpoints::forBase(x.url().toString()));
    QSignalSpy urls(&oauth, &XOAuth::authorizationUrlReady);
    QSignalSpy finished(&oauth, &XOAuth::finished);
    QSignalSpy failures(&oauth, &XOAuth::failed);
    oauth.start();
    QCOMPARE(urls.size(), 1);
    const QUrl authorize = urls.first().first().toUrl();
    const QUrlQuery query(authorize);
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    const QString challenge = query.queryItemValue(u"code_challenge"_s, QUrl::FullyDecoded);
    const QString redirect = oauth.listener().redirectUri().toString();
    QCOMPARE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), redirect);
    QCOMPARE(oauth.listener().redirectUri().host(), u"127.0.0.1"_s);
    QVERIFY(oauth.listener().redirectUri().port() > 0);
    QCOMPARE(challenge, Mastodon::Pkce::challengeFor(oauth.verifier()));
    const quint16 port = quint16(oauth.listener().redirectUri().port());

    // A forged or stale callback with another state is refused and changes nothing.
    const QByteArray forged
        = visit(callback(oauth.listener(), u"attacker"_s, u"forged-state"_s), port);
    QVERIFY2(forged.startsWith("HTTP/1.1 400"), forged.constData());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failures.size(), 0);
    QVERIFY(x.requests("POST", u"/2/oauth2/token"_s).isEmpty());

    // The real browser comes back.
    const QByteArray answer = visit(callback(oauth.listener(), u"auth-code"_s, state), port);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(failures.size(), 0);
    const XTokens tokens = XTokens::parse(finished.first().first().toString());
    QCOMPARE(tokens.accessToken, u"acc-1"_s);
    QCOMPARE(tokens.refreshToken, u"ref-1"_s);
    QCOMPARE(tokens.clientId, u"my-client"_s);
    QCOMPARE(tokens.expiresAt, clock.now() + 7200 * 1000);

    const QList<RecordedRequest> exchanges = x.requests("POST", u"/2/oauth2/token"_s);
    QCOMPARE(exchanges.size(), 1);
    const QHash<QString, QString> form = exchanges.first().form();
    QCOMPARE(form.value(u"grant_type"_s), u"authorization_code"_s);
    QCOMPARE(form.value(u"code"_s), u"auth-code"_s);
    QCOMPARE(form.value(u"redirect_uri"_s), redirect);
    QCOMPARE(form.value(u"client_id"_s), u"my-client"_s);
    QVERIFY(!form.contains(u"client_secret"_s)); // a public client
    QCOMPARE(Mastodon::Pkce::challengeFor(form.value(u"code_verifier"_s)), challenge);
}

void TestXOAuth::exchangeRefused()
{
    ReplayServer x;
    QVERIFY(x.listen());
    x.enqueue("POST", u"/2/oauth2/token"_s,
        ReplayResponse::json(
            R"({"error":"invalid_request","error_description":"Value passed for the authorization code was invalid."})",
            400));
    QNetworkAccessManager network;
    FixedClock clock;
    HttpClient http(network, clock);
    XOAuth oauth(http, u"my-client"_s, XOAuthEndpoints::forBase(x.url().toString()));
    QSignalSpy finished(&oauth, &XOAuth::finished);
    QSignalSpy failures(&oauth, &XOAuth::failed);
    oauth.start();
    const QByteArray answer = visit(callback(oauth.listener(), u"bad"_s, oauth.listener().state()),
        quint16(oauth.listener().redirectUri().port()));
    QVERIFY(answer.startsWith("HTTP/1.1 200"));
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 10000);
    QCOMPARE(finished.size(), 0);
    QVERIFY(failures.first().first().toString().contains(u"authorization code was invalid"_s));
}

void TestXOAuth::refresh()
{
    ReplayServer x;
    QVERIFY(x.listen());
    x.enqueue("POST", u"/2/oauth2/token"_s,
        ReplayResponse::json(
            R"({"token_type":"bearer","expires_in":7200,"access_token":"acc-2","refresh_token":"ref-2"})"));
    x.enqueue("POST", u"/2/oauth2/token"_s,
        ReplayResponse::json(
            R"({"token_type":"bearer","expires_in":7200,"access_token":"acc-3"})"));
    x.enqueue("POST", u"/2/oauth2/token"_s,
        ReplayResponse::json(
            R"({"error":"invalid_request","error_description":"Value passed for the token was invalid."})",
            400));
    QNetworkAccessManager network;
    FixedClock clock;
    HttpClient http(network, clock);
    XTokens old;
    old.accessToken = u"acc-1"_s;
    old.refreshToken = u"ref-1"_s;
    old.clientId = u"my-client"_s;
    const QUrl tokenUrl = XOAuthEndpoints::forBase(x.url().toString()).token;
    auto run = [&](const XTokens &tokens) {
        QFuture<HttpResult> f = http.send(XOAuth::refreshRequest(tokenUrl, tokens));
        QTest::qWaitFor([&f] { return f.isFinished(); }, 10000);
        if (!f.isFinished())
            return Result<XTokens>(Error { ErrorCode::Unavailable, u"no answer"_s });
        return XOAuth::tokensFrom(f.result(), tokens.clientId, tokens.refreshToken, clock.now());
    };
    const Result<XTokens> first = run(old);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first.value().accessToken, u"acc-2"_s);
    QCOMPARE(first.value().refreshToken, u"ref-2"_s); // rotated
    const QHash<QString, QString> form = x.requests("POST", u"/2/oauth2/token"_s).first().form();
    QCOMPARE(form.value(u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(form.value(u"refresh_token"_s), u"ref-1"_s);
    QCOMPARE(form.value(u"client_id"_s), u"my-client"_s);
    // No new refresh token: the old one stays.
    const Result<XTokens> second = run(first.value());
    QVERIFY(second.ok());
    QCOMPARE(second.value().refreshToken, u"ref-2"_s);
    // Refused: an Invalid error (the connector pauses the account on it).
    const Result<XTokens> refused = run(second.value());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QVERIFY(refused.error().message.contains(u"400"_s));
}

QTEST_GUILESS_MAIN(TestXOAuth)
#include "tst_xoauth.moc"
